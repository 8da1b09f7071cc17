package org.smartland.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request an id: the client's {@code X-Request-Id} when it is a sane token, a new one otherwise.
 * The id is echoed in the response header, put in the logging context as {@code requestId} while the
 * request runs, and written in the access log line.
 */
public final class RequestIds {
  public static final String HEADER = "X-Request-Id";
  private static final String ATTRIBUTE = "smartland.requestId";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Logger ACCESS = LoggerFactory.getLogger("org.smartland.server.access");

  private RequestIds() {
  }

  public static void install(Javalin app) {
    app.before(ctx -> {
      String given = ctx.header(HEADER);
      String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString().substring(0, 13);
      ctx.attribute(ATTRIBUTE, id);
      ctx.header(HEADER, id);
      MDC.put("requestId", id);
    });
    app.after(ctx -> MDC.remove("requestId"));
  }

  /** Logs one line per request; called by Javalin's request logger once the response is written. */
  public static void log(Context ctx, float millis) {
    ACCESS.info("{} {} {} {} {}ms", of(ctx), ctx.method(), ctx.path(), ctx.status().getCode(), Math.round(millis));
  }

  /** The id of the request being handled. */
  public static String of(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    return id == null ? "-" : id;
  }
}
