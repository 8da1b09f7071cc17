package org.smartland.server.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.smartland.layers.catalog.Corridor;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.catalog.Provenance;
import org.smartland.layers.crs.Crs;

/** The JSON shape of catalog entries: plain maps, in a stable key order. */
final class LayerJson {
  private LayerJson() {
  }

  static Map<String, Object> layer(LayerCatalog catalog, LayerDefinition l, LayerSummary summary, String baseUrl) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", l.id());
    m.put("title", l.title());
    m.put("abstract", l.description());
    m.put("keywords", l.keywords());
    m.put("corridor", l.corridor().flatMap(catalog::corridor).map(LayerJson::corridor).orElse(null));
    m.put("geometryType", l.geometryType().ogcName());
    m.put("nativeCrs", "EPSG:" + l.nativeSrid());
    m.put("crs", catalog.offeredCrs().stream().map(Crs::code).toList());
    m.put("defaultStyle", l.defaultStyle());
    m.put("timeAttribute", l.timeAttribute().orElse(null));
    m.put("attributes", l.attributes().stream().map(a -> {
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("name", a.name());
      am.put("type", a.type().name().toLowerCase());
      am.put("title", a.title());
      am.put("queryable", a.queryable());
      return am;
    }).toList());
    m.put("provenance", provenance(l.provenance()));
    m.put("featureCount", summary.featureCount());
    m.put("extent", summary.nativeExtent().map(e -> extent("EPSG:" + l.nativeSrid(), e)).orElse(null));
    m.put("extentWgs84", summary.wgs84Extent().map(e -> extent("CRS:84", e)).orElse(null));
    m.put("links", List.of(Map.of("rel", "self", "type", "application/json", "href", baseUrl + "/api/layers/" + l.id())));
    return m;
  }

  static Map<String, Object> corridor(Corridor c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("nameIt", c.nameIt());
    m.put("nameEn", c.nameEn());
    m.put("colour", c.colour());
    return m;
  }

  static Map<String, Object> provenance(Provenance p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", p.kind());
    m.put("summary", p.summary());
    if (p instanceof Provenance.Real r) {
      m.put("source", r.source());
      m.put("licence", r.licence());
      m.put("date", r.date());
    } else if (p instanceof Provenance.Derived d) {
      m.put("method", d.method());
      m.put("inputs", d.inputs());
    } else if (p instanceof Provenance.StandIn s) {
      m.put("replaces", s.replaces());
      m.put("source", s.source());
    }
    return m;
  }

  private static Map<String, Object> extent(String crs, Envelope e) {
    return Map.of("crs", crs, "bbox", List.of(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
  }
}
