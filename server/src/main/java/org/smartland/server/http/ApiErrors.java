package org.smartland.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartland.layers.catalog.CatalogException;
import org.smartland.layers.crs.UnknownCrsException;
import org.smartland.layers.query.InvalidQueryException;
import org.smartland.layers.store.FeatureNotFoundException;
import org.smartland.layers.store.InvalidFeatureException;
import org.smartland.layers.store.StoreException;
import org.smartland.layers.store.StoreUnavailableException;

/**
 * The one place where exceptions become responses. Client mistakes get a 4xx with what was wrong; store
 * outages a 503; anything else a 500 whose body names only the request id, while the log line carries the
 * details.
 */
public final class ApiErrors {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  private ApiErrors() {
  }

  public static void install(Javalin app) {
    app.exception(InvalidQueryException.class, (e, ctx) -> respond(ctx, 400, "InvalidParameterValue", e.getMessage()));
    app.exception(UnknownCrsException.class, (e, ctx) -> respond(ctx, 400, "InvalidParameterValue", e.getMessage()));
    app.exception(InvalidFeatureException.class, (e, ctx) -> respond(ctx, 400, "InvalidParameterValue", e.getMessage()));
    app.exception(FeatureNotFoundException.class, (e, ctx) -> respond(ctx, 404, "NotFound", e.getMessage()));
    app.exception(org.smartland.server.security.AccessDeniedException.class, (e, ctx) -> {
      if (e.unauthenticated()) {
        org.smartland.server.security.Security.challenge(ctx);
      }
      respond(ctx, e.status(), e.unauthenticated() ? "Unauthorized" : "Forbidden", e.getMessage());
    });
    app.exception(org.smartland.server.edit.EditConflictException.class, (e, ctx) ->
        respond(ctx, 412, "PreconditionFailed", e.getMessage()));
    app.exception(org.smartland.server.edit.UnknownLayerException.class, (e, ctx) ->
        respond(ctx, 404, "NotFound", e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) ->
        respond(ctx, e.getStatus(), codeFor(e.getStatus()), e.getMessage()));
    app.exception(StoreUnavailableException.class, (e, ctx) -> {
      LOG.warn("store unavailable: {}", e.getMessage());
      respond(ctx, 503, "ServiceUnavailable", "the data store is unavailable right now; try again shortly");
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
      String what = e instanceof StoreException || e instanceof CatalogException ? "a data store error" : "an internal error";
      respond(ctx, 500, "NoApplicableCode", "the server met " + what + "; request id " + RequestIds.of(ctx));
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        respond(ctx, 404, "NotFound", "no resource at " + ctx.path());
      }
    });
    app.error(405, ctx -> respond(ctx, 405, "MethodNotAllowed", ctx.method() + " is not allowed on " + ctx.path()));
  }

  /** Writes {@code {code, description}} with the status. */
  public static void respond(Context ctx, int status, String code, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("description", description);
    ctx.status(status).json(body);
  }

  private static String codeFor(int status) {
    HttpStatus s = HttpStatus.forStatus(status);
    return switch (status) {
      case 400 -> "InvalidParameterValue";
      case 404 -> "NotFound";
      default -> s.getMessage().replace(" ", "");
    };
  }
}
