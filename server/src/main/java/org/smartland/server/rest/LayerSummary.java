package org.smartland.server.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Envelope;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureStore;

/**
 * What the data says about a layer, measured once at startup: its extent (native and WGS 84 lon/lat), its
 * number of features and, for layers with time, the distinct time values in ISO 8601, in order.
 */
public record LayerSummary(Optional<Envelope> nativeExtent, Optional<Envelope> wgs84Extent, long featureCount,
                           List<String> timeValues) {
  public LayerSummary {
    timeValues = List.copyOf(timeValues);
  }

  public static LayerSummary measure(LayerDefinition layer, FeatureStore store, CrsTransforms crs) {
    Optional<Envelope> extent = store.extent();
    Optional<Envelope> wgs84 = extent.map(e -> crs.transform(e, store.schema().srid(), 4326));
    List<String> times = layer.timeAttribute().map(t -> timeValues(store, t)).orElse(List.of());
    return new LayerSummary(extent, wgs84, store.count(FeatureQuery.all()), times);
  }

  private static List<String> timeValues(FeatureStore store, String attribute) {
    TreeSet<String> values = new TreeSet<>();
    try (Stream<Feature> s = store.query(FeatureQuery.all().withProperties(List.of(attribute)).withoutGeometry())) {
      s.map(f -> f.properties().get(attribute)).filter(Objects::nonNull).forEach(v ->
          values.add(v instanceof LocalDate d ? d.toString() : v.toString()));
    }
    return List.copyOf(values);
  }
}
