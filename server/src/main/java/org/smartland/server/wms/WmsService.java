package org.smartland.server.wms;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.awt.Color;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.InvalidQueryException;
import org.smartland.layers.render.MapRenderer;
import org.smartland.layers.store.StoreUnavailableException;
import org.smartland.server.http.RequestIds;
import org.smartland.server.ogc.KvpParams;
import org.smartland.server.ogc.OgcException;
import org.smartland.server.ogc.ServiceUrls;
import org.smartland.server.security.AccessDeniedException;
import org.smartland.server.security.LayerAccess;
import org.smartland.server.security.Security;

/**
 * WMS 1.3.0 over KVP GET at {@code /wms} (and {@code /ows?SERVICE=WMS}): dispatches on REQUEST and turns
 * every failure into a ServiceExceptionReport — or, for GetMap with {@code EXCEPTIONS=INIMAGE|BLANK}, an
 * image of the requested size — never a stack trace.
 */
public final class WmsService {
  private static final Logger LOG = LoggerFactory.getLogger(WmsService.class);

  private final WmsCatalog catalog;
  private final LayerAccess access;
  private final WmsCapabilities capabilities;
  private final GetMap getMap;
  private final GetFeatureInfo getFeatureInfo;
  private final GetLegendGraphic getLegendGraphic;

  public WmsService(WmsCatalog catalog, CrsTransforms crs, MapRenderer renderer, WmsLimits limits) {
    this(catalog, crs, renderer, limits, LayerAccess.readOnly());
  }

  /** @param access who may read which layer: private layers are served only to those who may read them */
  public WmsService(WmsCatalog catalog, CrsTransforms crs, MapRenderer renderer, WmsLimits limits, LayerAccess access) {
    this.catalog = catalog;
    this.access = access;
    GetMapRequestParser parser = new GetMapRequestParser(catalog, crs, limits);
    this.getLegendGraphic = new GetLegendGraphic(catalog);
    this.capabilities = new WmsCapabilities(catalog, crs, limits, getLegendGraphic);
    this.getMap = new GetMap(parser, renderer);
    this.getFeatureInfo = new GetFeatureInfo(parser, new FeatureInfoWriter(crs), limits);
  }

  public void routes(Javalin app) {
    app.get("/wms", this::handle);
  }

  public void handle(Context ctx) {
    KvpParams p = KvpParams.of(ctx);
    String request = p.get("REQUEST").orElse("");
    try {
      WmsLayers served = catalog.current().readableBy(Security.principal(ctx), access);
      switch (request.toLowerCase(Locale.ROOT)) {
        case "getcapabilities" -> {
          String service = p.get("SERVICE").orElseThrow(() -> OgcException.missing("SERVICE"));
          if (!service.equalsIgnoreCase("WMS")) {
            throw OgcException.invalid("SERVICE", "this endpoint serves SERVICE=WMS, not '" + service + "'");
          }
          ctx.contentType("text/xml; charset=UTF-8").result(capabilities.write(ServiceUrls.of(ctx), served));
        }
        case "getmap" -> answer(ctx, getMap.handle(p, served));
        case "getfeatureinfo" -> answer(ctx, getFeatureInfo.handle(p, served));
        case "getlegendgraphic" -> answer(ctx, getLegendGraphic.handle(p, served));
        case "" -> throw OgcException.missing("REQUEST");
        default -> throw OgcException.badRequest(OgcException.OPERATION_NOT_SUPPORTED, "REQUEST",
            "operation '" + request + "' is not supported; use GetCapabilities, GetMap, GetFeatureInfo or GetLegendGraphic");
      }
    } catch (AccessDeniedException e) {
      if (e.unauthenticated()) {
        org.smartland.server.security.Security.challenge(ctx);
      }
      OgcException refused = new OgcException(e.status(), OgcException.NO_APPLICABLE_CODE, "LAYERS", e.getMessage());
      ctx.status(refused.status()).contentType(WmsExceptionReport.CONTENT_TYPE).result(WmsExceptionReport.xml(refused));
    } catch (OgcException e) {
      fail(ctx, p, request, e);
    } catch (InvalidQueryException e) {
      fail(ctx, p, request, OgcException.invalid(null, e.getMessage()));
    } catch (StoreUnavailableException e) {
      LOG.warn("store unavailable: {}", e.getMessage());
      fail(ctx, p, request, new OgcException(503, OgcException.NO_APPLICABLE_CODE, null,
          "the data store is unavailable right now; try again shortly"));
    } catch (RuntimeException e) {
      LOG.error("WMS {} failed", request, e);
      fail(ctx, p, request, new OgcException(500, OgcException.NO_APPLICABLE_CODE, null,
          "the server met an internal error; request id " + RequestIds.of(ctx)));
    }
  }

  private static void answer(Context ctx, WmsAnswer a) {
    ctx.contentType(a.contentType()).result(a.body());
  }

  private static void fail(Context ctx, KvpParams p, String request, OgcException e) {
    if (request.equalsIgnoreCase("getmap")) {
      String mode;
      try {
        mode = GetMapRequestParser.exceptions(p);
      } catch (OgcException bad) {
        mode = "XML";
      }
      if (!mode.equals("XML")) {
        try {
          int width = p.integer("WIDTH", 1, WmsLimits.DEFAULT.maxWidth());
          int height = p.integer("HEIGHT", 1, WmsLimits.DEFAULT.maxHeight());
          String format = p.get("FORMAT").orElse("image/png").toLowerCase(Locale.ROOT).startsWith("image/jpeg")
              ? "image/jpeg" : "image/png";
          boolean transparent = p.get("TRANSPARENT").orElse("FALSE").equalsIgnoreCase("TRUE") && format.equals("image/png");
          Color bg = p.get("BGCOLOR").filter(v -> v.matches("(?i)0x[0-9a-f]{6}"))
              .map(v -> new Color(Integer.parseInt(v.substring(2), 16))).orElse(Color.WHITE);
          var image = mode.equals("BLANK") ? ExceptionImage.blank(width, height, transparent, bg)
              : ExceptionImage.withMessage(width, height, transparent, bg, e.code() + ": " + e.getMessage());
          ctx.status(200).contentType(format).result(ImageEncoder.encode(image, format, bg));
          return;
        } catch (OgcException unusable) {
          // no usable size or format for an image: fall back to the XML report
        }
      }
    }
    ctx.status(e.status()).contentType(WmsExceptionReport.CONTENT_TYPE).result(WmsExceptionReport.xml(e));
  }
}
