package org.smartland.server.wms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.smartland.layers.query.BoundingBox;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.render.SymbolReach;
import org.smartland.layers.store.Feature;
import org.smartland.layers.style.Style;
import org.smartland.server.ogc.KvpParams;
import org.smartland.server.ogc.OgcException;

/**
 * GetFeatureInfo: the features of the queried layers under pixel (I, J), within a few pixels of tolerance,
 * nearest first, at most FEATURE_COUNT per layer, in exactly the INFO_FORMAT asked for.
 */
final class GetFeatureInfo {
  /** Pixels around the clicked one that still count as a hit, at least; larger symbols widen it. */
  static final int TOLERANCE_PX = 4;
  private static final int CANDIDATES = 500;
  private static final GeometryFactory GF = new GeometryFactory();

  private final GetMapRequestParser mapParser;
  private final FeatureInfoWriter writer;
  private final WmsLimits limits;

  GetFeatureInfo(GetMapRequestParser mapParser, FeatureInfoWriter writer, WmsLimits limits) {
    this.mapParser = mapParser;
    this.writer = writer;
    this.limits = limits;
  }

  WmsAnswer handle(KvpParams params, WmsLayers served) {
    KvpParams p = params.withDefault("FORMAT", "image/png");
    GetMapRequest map = mapParser.parse(p, served);
    String requested = p.require("INFO_FORMAT");
    FeatureInfoFormat format = FeatureInfoFormat.of(requested).orElseThrow(() -> OgcException.badRequest(
        OgcException.INVALID_FORMAT, "INFO_FORMAT", "INFO_FORMAT '" + requested + "' is not supported; use one of "
            + FeatureInfoFormat.MIME_TYPES));
    boolean legacy = p.get("VERSION").map(v -> v.startsWith("1.1")).orElse(false);
    int i = p.integer(legacy ? "X" : "I", Integer.MIN_VALUE, Integer.MAX_VALUE);
    int j = p.integer(legacy ? "Y" : "J", Integer.MIN_VALUE, Integer.MAX_VALUE);
    if (i < 0 || i >= map.width() || j < 0 || j >= map.height()) {
      throw OgcException.badRequest(OgcException.INVALID_POINT, legacy ? "X" : "I",
          "pixel (" + i + ", " + j + ") is outside the " + map.width() + "x" + map.height() + " map");
    }
    int count = p.get("FEATURE_COUNT").isPresent() ? p.integer("FEATURE_COUNT", 1, limits.maxFeatureCount()) : 1;
    Set<WmsLayer> queried = queryLayers(p, map);

    Envelope b = map.bbox();
    double resX = b.getWidth() / map.width();
    double resY = b.getHeight() / map.height();
    double x = b.getMinX() + (i + 0.5) * resX;
    double y = b.getMaxY() - (j + 0.5) * resY;
    Point click = GF.createPoint(new Coordinate(x, y));

    List<LayerHits> hits = new ArrayList<>();
    for (WmsLayer layer : queried) {
      double px = Math.max(TOLERANCE_PX, Math.ceil(reach(map, layer)) + 1);
      BoundingBox around = new BoundingBox(x - px * resX, y - px * resY, x + px * resX, y + px * resY, map.crs().srid());
      FeatureQuery q = FeatureQuery.all().withBbox(around).withFilter(TimeDimension.filter(layer, map.time()))
          .withOutputSrid(map.crs().srid()).withPage(0, CANDIDATES);
      List<Feature> found;
      try (Stream<Feature> s = layer.store().query(q)) {
        found = s.sorted(Comparator.comparingDouble(f -> f.geometry().map(click::distance).orElse(Double.MAX_VALUE)))
            .limit(count).toList();
      }
      hits.add(new LayerHits(layer, found));
    }
    String contentType = format.mimeType + (format == FeatureInfoFormat.TEXT || format == FeatureInfoFormat.HTML
        ? "; charset=UTF-8" : "");
    return new WmsAnswer(writer.write(format, hits, map.crs()), contentType);
  }

  /** How far, in pixels, the layer's symbols as drawn in this map reach beyond their geometry. */
  private static double reach(GetMapRequest map, WmsLayer layer) {
    Style style = map.layers().stream().filter(l -> l.layer() == layer).findFirst()
        .map(GetMapRequest.StyledLayer::style).orElse(layer.defaultStyle());
    return Math.min(SymbolReach.of(style), 64);
  }

  private static Set<WmsLayer> queryLayers(KvpParams p, GetMapRequest map) {
    List<String> names = p.list("QUERY_LAYERS");
    if (names.isEmpty() || names.stream().allMatch(String::isEmpty)) {
      throw OgcException.missing("QUERY_LAYERS");
    }
    Set<WmsLayer> inMap = new LinkedHashSet<>();
    map.layers().forEach(l -> inMap.add(l.layer()));
    Set<WmsLayer> out = new LinkedHashSet<>();
    for (String name : names) {
      List<WmsLayer> matching = inMap.stream().filter(l -> l.name().equals(name)
          || l.definition().corridor().filter(name::equals).isPresent()
          || (name.equals(WmsCatalog.BASE_GROUP) && l.definition().corridor().isEmpty())).toList();
      if (matching.isEmpty()) {
        throw OgcException.badRequest(OgcException.LAYER_NOT_DEFINED, "QUERY_LAYERS",
            "query layer '" + name + "' is not among LAYERS");
      }
      for (WmsLayer l : matching) {
        if (!l.queryable()) {
          throw OgcException.badRequest(OgcException.LAYER_NOT_QUERYABLE, "QUERY_LAYERS",
              "layer '" + l.name() + "' is not queryable");
        }
        out.add(l);
      }
    }
    return out;
  }

}
