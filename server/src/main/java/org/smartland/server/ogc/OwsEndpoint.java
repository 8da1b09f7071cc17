package org.smartland.server.ogc;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /ows}: one URL for every OGC service, dispatched on {@code SERVICE}. Without {@code SERVICE}, the
 * WMS map operations (which may omit it) go to WMS; anything else, GetCapabilities included, gets an
 * exception report, since the service cannot be known. XML requests POSTed here go to the one service
 * that takes them.
 */
public final class OwsEndpoint {
  private final Map<String, Handler> services = new LinkedHashMap<>();
  private Handler post;
  private final Handler fallback;

  /**
   * @param fallback answers requests whose service cannot be told (writes a MissingParameterValue report)
   */
  public OwsEndpoint(Handler fallback) {
    this.fallback = fallback;
  }

  public OwsEndpoint service(String name, Handler handler) {
    services.put(name.toUpperCase(Locale.ROOT), handler);
    return this;
  }

  /** The service that takes XML requests POSTed to {@code /ows} (WFS: WMS here is GET only). */
  public OwsEndpoint post(Handler handler) {
    this.post = handler;
    return this;
  }

  public void routes(Javalin app) {
    app.get("/ows", this::handle);
    if (post != null) {
      app.post("/ows", post);
    }
  }

  private void handle(Context ctx) throws Exception {
    KvpParams p = KvpParams.of(ctx);
    String service = p.get("SERVICE").map(s -> s.toUpperCase(Locale.ROOT)).orElse(null);
    if (service == null) {
      String request = p.get("REQUEST").orElse("").toLowerCase(Locale.ROOT);
      if (request.equals("getmap") || request.equals("getfeatureinfo") || request.equals("getlegendgraphic")) {
        service = "WMS";
      }
    }
    Handler h = service == null ? null : services.get(service);
    (h == null ? fallback : h).handle(ctx);
  }
}
