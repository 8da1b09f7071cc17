package org.smartland.analytics.processes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureStore;

/** Small helpers to build result layers: attribute definitions, and attributes of named features of a layer. */
final class LayerRows {
  private LayerRows() {
  }

  static AttributeDefinition attr(String name, AttributeType type, String title) {
    return new AttributeDefinition(name, type, title, true);
  }

  /** The given attributes (those the layer has) of the features with these ids, by id. */
  static Map<String, Map<String, Object>> attributes(FeatureStore store, Set<String> ids, List<String> names) {
    List<String> present = names.stream().filter(n -> store.schema().attribute(n).isPresent()).toList();
    Map<String, Map<String, Object>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    try (Stream<Feature> s = store.query(FeatureQuery.all().withProperties(present).withoutGeometry())) {
      s.forEach(f -> {
        String id = f.id().orElseThrow();
        if (ids.contains(id)) {
          out.put(id, f.properties());
        }
      });
    }
    return out;
  }

  /** A polygonal geometry as a MultiPolygon (a result layer declared so holds only those). */
  static MultiPolygon multiPolygon(Geometry g) {
    if (g instanceof MultiPolygon m) {
      return m;
    }
    List<Polygon> parts = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof Polygon p) {
        parts.add(p);
      }
    }
    GeometryFactory f = g.getFactory();
    MultiPolygon m = f.createMultiPolygon(parts.toArray(new Polygon[0]));
    m.setSRID(g.getSRID());
    return m;
  }

  /** A count or a sum, as JSON-friendly numbers: rounded to 1e-6. */
  static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
