package org.smartland.server.wms;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.smartland.layers.crs.AxisOrder;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.crs.UnknownCrsException;
import org.smartland.layers.style.Style;
import org.smartland.server.ogc.KvpParams;
import org.smartland.server.ogc.OgcException;

/**
 * Turns GetMap parameters into a {@link GetMapRequest}, or an {@link OgcException} naming the parameter.
 * WMS 1.3.0 takes {@code CRS} and the CRS's own axis order in {@code BBOX} (lat/lon for EPSG:4326);
 * requests that say {@code VERSION=1.1.1} take {@code SRS} and lon/lat, as those clients expect.
 */
final class GetMapRequestParser {
  static final Set<String> FORMATS = Set.of("image/png", "image/jpeg");
  static final Set<String> EXCEPTION_MODES = Set.of("XML", "INIMAGE", "BLANK");

  private final WmsCatalog catalog;
  private final CrsTransforms crs;
  private final WmsLimits limits;

  GetMapRequestParser(WmsCatalog catalog, CrsTransforms crs, WmsLimits limits) {
    this.catalog = catalog;
    this.crs = crs;
    this.limits = limits;
  }

  /** @param served the layers the request's principal may read */
  GetMapRequest parse(KvpParams p, WmsLayers served) {
    String exceptions = exceptions(p);
    List<GetMapRequest.StyledLayer> layers = layers(p, served);
    boolean legacy = p.get("VERSION").map(v -> v.startsWith("1.1")).orElse(false);
    String crsParam = legacy ? "SRS" : "CRS";
    String crsName = p.get(crsParam).or(() -> p.get(legacy ? "CRS" : "SRS")).orElseThrow(() -> OgcException.missing(crsParam));
    Crs mapCrs = crs(crsName, crsParam, legacy);
    double[] b = p.numbers("BBOX", 4);
    boolean northFirst = crs.axisOrder(mapCrs) == AxisOrder.NORTH_EAST;
    Envelope bbox = northFirst ? new Envelope(b[1], b[3], b[0], b[2]) : new Envelope(b[0], b[2], b[1], b[3]);
    if (b[0] >= b[2] || b[1] >= b[3]) {
      throw OgcException.invalid("BBOX", "BBOX minimum must be less than its maximum on both axes");
    }
    int width = p.integer("WIDTH", 1, limits.maxWidth());
    int height = p.integer("HEIGHT", 1, limits.maxHeight());
    String format = p.require("FORMAT").toLowerCase(Locale.ROOT);
    int semicolon = format.indexOf(';');
    String baseFormat = (semicolon < 0 ? format : format.substring(0, semicolon)).trim();
    if (baseFormat.equals("image/png8") || baseFormat.equals("png")) {
      baseFormat = "image/png";
    }
    if (!FORMATS.contains(baseFormat)) {
      throw OgcException.badRequest(OgcException.INVALID_FORMAT, "FORMAT", "format '" + p.require("FORMAT")
          + "' is not supported; use one of " + FORMATS);
    }
    boolean transparent = bool(p, "TRANSPARENT") && baseFormat.equals("image/png");
    return new GetMapRequest(layers, mapCrs, bbox, width, height, baseFormat, transparent, background(p),
        p.get("TIME"), exceptions);
  }

  static String exceptions(KvpParams p) {
    String mode = p.get("EXCEPTIONS").orElse("XML").toUpperCase(Locale.ROOT);
    if (mode.startsWith("APPLICATION/VND.OGC.SE_")) {
      mode = mode.substring("APPLICATION/VND.OGC.SE_".length());
    }
    if (mode.equals("TEXT/XML")) {
      mode = "XML";
    }
    if (!EXCEPTION_MODES.contains(mode)) {
      throw OgcException.invalid("EXCEPTIONS", "EXCEPTIONS must be XML, INIMAGE or BLANK");
    }
    return mode;
  }

  private List<GetMapRequest.StyledLayer> layers(KvpParams p, WmsLayers served) {
    List<String> names = p.list("LAYERS");
    if (names.isEmpty() || names.stream().allMatch(String::isEmpty)) {
      throw OgcException.missing("LAYERS");
    }
    if (names.size() > limits.layerLimit()) {
      throw OgcException.invalid("LAYERS", "at most " + limits.layerLimit() + " layers per request");
    }
    List<String> styles = p.list("STYLES");
    if (!styles.isEmpty() && styles.size() != names.size() && !(styles.size() == 1 && styles.get(0).isEmpty())) {
      throw OgcException.badRequest(OgcException.STYLE_NOT_DEFINED, "STYLES",
          "STYLES must be empty or name one style per layer (" + names.size() + ")");
    }
    List<GetMapRequest.StyledLayer> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String styleName = i < styles.size() ? styles.get(i) : "";
      for (WmsLayer layer : served.resolve(names.get(i), "LAYERS")) {
        out.add(new GetMapRequest.StyledLayer(layer, style(layer, styleName)));
      }
    }
    if (out.size() > limits.layerLimit()) {
      throw OgcException.invalid("LAYERS", "the requested groups hold more than " + limits.layerLimit() + " layers");
    }
    return out;
  }

  private static Style style(WmsLayer layer, String name) {
    if (name.isEmpty() || name.equalsIgnoreCase("default")) {
      return layer.defaultStyle();
    }
    return layer.styles().stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> OgcException.badRequest(OgcException.STYLE_NOT_DEFINED, "STYLES",
            "style '" + name + "' is not defined for layer '" + layer.name() + "'"));
  }

  Crs crs(String name, String parameter, boolean legacy) {
    Crs parsed;
    try {
      parsed = Crs.parse(name);
    } catch (UnknownCrsException e) {
      throw OgcException.badRequest(OgcException.INVALID_CRS, parameter, "CRS '" + name + "' is not supported");
    }
    boolean offered = catalog.territory().catalog().offeredCrs().stream()
        .anyMatch(c -> c.srid() == parsed.srid() && c.crs84() == parsed.crs84());
    if (!offered) {
      throw OgcException.badRequest(OgcException.INVALID_CRS, parameter, "CRS '" + name + "' is not offered; use one of "
          + catalog.territory().catalog().offeredCrs().stream().map(Crs::code).toList());
    }
    return legacy ? parsed : parsed.withEpsgAxisOrder();
  }

  private static boolean bool(KvpParams p, String name) {
    String v = p.get(name).orElse("FALSE").toUpperCase(Locale.ROOT);
    if (!v.equals("TRUE") && !v.equals("FALSE")) {
      throw OgcException.invalid(name, name + " must be TRUE or FALSE");
    }
    return v.equals("TRUE");
  }

  private static Color background(KvpParams p) {
    String v = p.get("BGCOLOR").orElse("0xFFFFFF");
    if (!v.matches("(?i)(0x|#)[0-9a-f]{6}")) {
      throw OgcException.invalid("BGCOLOR", "BGCOLOR must be 0xRRGGBB");
    }
    return new Color(Integer.parseInt(v.substring(v.startsWith("#") ? 1 : 2), 16));
  }
}
