package org.smartland.server.wfs;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartland.layers.query.InvalidQueryException;
import org.smartland.layers.store.FeatureNotFoundException;
import org.smartland.layers.store.InvalidFeatureException;
import org.smartland.layers.store.StoreUnavailableException;
import org.smartland.server.edit.UnknownLayerException;
import org.smartland.server.http.RequestIds;
import org.smartland.server.ogc.OgcException;
import org.smartland.server.ogc.OwsExceptionReport;
import org.smartland.server.security.AccessDeniedException;
import org.smartland.server.security.Security;

/**
 * The one place where a WFS request's failure becomes its {@code ows:ExceptionReport}: OGC exceptions as they are;
 * refused access as 401 (with {@code WWW-Authenticate}, so that QGIS asks for credentials) or 403; rejected
 * Transactions with every problem; missing features 404; store outages 503; anything else a 500 naming only the
 * request id, with the details in the log.
 */
final class WfsErrors {
  private static final Logger LOG = LoggerFactory.getLogger(WfsErrors.class);

  private WfsErrors() {
  }

  /** Answers {@code e} as an exception report of WFS {@code version}, with its status (and WWW-Authenticate on 401). */
  static void respond(Context ctx, RuntimeException e, String version) {
    OgcException report;
    if (e instanceof RejectedTransactionException r) {
      ctx.status(r.status()).contentType("application/xml; charset=UTF-8").result(r.report(version));
      return;
    }
    if (e instanceof OgcException o) {
      report = o;
    } else if (e instanceof AccessDeniedException denied) {
      if (denied.unauthenticated()) {
        org.smartland.server.security.Security.challenge(ctx);
      }
      report = new OgcException(denied.status(), OgcException.NO_APPLICABLE_CODE, null, denied.getMessage());
    } else if (e instanceof FeatureNotFoundException missing) {
      report = new OgcException(404, WfsService.NOT_FOUND, "ResourceId", missing.getMessage());
    } else if (e instanceof UnknownLayerException gone) {
      report = OgcException.invalid("typeName", gone.getMessage() + ": it was withdrawn; see GetCapabilities");
    } else if (e instanceof InvalidFeatureException invalid) {
      report = OgcException.badRequest(WfsService.INVALID_VALUE, null, invalid.getMessage());
    } else if (e instanceof InvalidQueryException q) {
      report = OgcException.invalid(null, q.getMessage());
    } else if (e instanceof StoreUnavailableException) {
      LOG.warn("store unavailable: {}", e.getMessage());
      report = new OgcException(503, OgcException.NO_APPLICABLE_CODE, null,
          "the data store is unavailable right now; try again shortly");
    } else if (e instanceof io.javalin.http.HttpResponseException h) {
      report = new OgcException(h.getStatus(), OgcException.NO_APPLICABLE_CODE, null, h.getMessage());
    } else {
      LOG.error("WFS request failed (request {})", RequestIds.of(ctx), e);
      report = new OgcException(500, OgcException.NO_APPLICABLE_CODE, null,
          "the server met an internal error; request id " + RequestIds.of(ctx));
    }
    OwsExceptionReport.respond(ctx, report, version);
  }
}
