package org.smartland.server.edit;

import java.util.List;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureStore;
import org.smartland.server.TerritoryLayers;

/** The territory's outline in its native CRS: the {@code territory} layer, or else the union of the {@code comuni}. */
public final class TerritoryOutline {
  private TerritoryOutline() {
  }

  /** The outline; null when the territory has neither layer (or both are empty). */
  public static Geometry of(TerritoryLayers territory) {
    for (String layer : List.of("territory", "comuni")) {
      var store = territory.store(layer);
      if (store.isPresent()) {
        Geometry g = union(store.get());
        if (g != null) {
          return g;
        }
      }
    }
    return null;
  }

  private static Geometry union(FeatureStore store) {
    try (Stream<Feature> s = store.query(FeatureQuery.all())) {
      List<Geometry> parts = s.flatMap(f -> f.geometry().stream()).toList();
      return parts.isEmpty() ? null : UnaryUnionOp.union(parts);
    }
  }
}
