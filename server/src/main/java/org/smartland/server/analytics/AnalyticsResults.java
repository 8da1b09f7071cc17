package org.smartland.server.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.smartland.analytics.indicators.QuantileClasses;
import org.smartland.analytics.results.AnalyticsLayers;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureStore;
import org.smartland.server.TerritoryLayers;

/** The published results of the latest successful run, read back from the result layers' stores. */
final class AnalyticsResults {
  private final TerritoryLayers territory;

  AnalyticsResults(TerritoryLayers territory) {
    this.territory = territory;
  }

  /** One indicator's values as the API shows them. */
  record IndicatorValues(long runId, String computedAt, Map<String, Object> territory, List<Map<String, Object>> comuni,
                         List<Map<String, Object>> classes) {
  }

  /** Empty until a run has written the layer. */
  Optional<IndicatorValues> indicator(String id) {
    List<Feature> perComune = all(AnalyticsLayers.INDICATORS, List.of("istat_code", "name", id,
        AnalyticsLayers.classAttribute(id), "run_id", "computed_at"));
    List<Feature> whole = all(AnalyticsLayers.INDICATORS_TERRITORY, List.of("name", id, "run_id", "computed_at"));
    if (perComune.isEmpty() || whole.isEmpty()) {
      return Optional.empty();
    }
    List<Map<String, Object>> comuni = new ArrayList<>();
    Map<String, Double> values = new LinkedHashMap<>();
    Map<String, Integer> classes = new LinkedHashMap<>();
    for (Feature f : perComune) {
      Map<String, Object> p = f.properties();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("istat_code", p.get("istat_code"));
      row.put("name", p.get("name"));
      row.put("value", p.get(id));
      row.put("class", p.get(AnalyticsLayers.classAttribute(id)));
      comuni.add(row);
      if (p.get(id) instanceof Double v) {
        values.put((String) p.get("istat_code"), v);
        classes.put((String) p.get("istat_code"), ((Long) p.get(AnalyticsLayers.classAttribute(id))).intValue());
      }
    }
    List<Map<String, Object>> legend = new ArrayList<>();
    QuantileClasses.ranges(values, classes).forEach((c, range) -> legend.add(Map.of("class", c, "min", range[0],
        "max", range[1])));
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("name", whole.get(0).properties().get("name"));
    t.put("value", whole.get(0).properties().get(id));
    Feature first = perComune.get(0);
    return Optional.of(new IndicatorValues((Long) first.properties().get("run_id"),
        String.valueOf((Instant) first.properties().get("computed_at")), t, comuni, legend));
  }

  /** The priority layer's rows, in rank order; empty until a run has written it. */
  List<Map<String, Object>> priorities() {
    return all(AnalyticsLayers.PRIORITIES, null).stream().map(Feature::properties).toList();
  }

  /** The programme's own classification of each project: project id → ISTAT codes (the matrix's columns). */
  Map<String, List<String>> declaredComuni() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (territory.store("projects").isEmpty() || territory.catalog().layer("projects").flatMap(l ->
        l.attribute("comuni_istat")).isEmpty()) {
      return out;
    }
    for (Feature f : all("projects", List.of("project_id", "comuni_istat"))) {
      Object codes = f.properties().get("comuni_istat");
      out.put((String) f.properties().get("project_id"), codes == null ? List.of()
          : Stream.of(((String) codes).split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }
    return out;
  }

  Map<String, String> comuniNames() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Feature f : all("comuni", List.of("istat_code", "name"))) {
      out.put((String) f.properties().get("istat_code"), (String) f.properties().get("name"));
    }
    return out;
  }

  private List<Feature> all(String layer, List<String> properties) {
    Optional<FeatureStore> store = territory.store(layer);
    if (store.isEmpty()) {
      return List.of();
    }
    FeatureQuery q = FeatureQuery.all().withoutGeometry();
    if (properties != null) {
      q = q.withProperties(properties);
    }
    try (Stream<Feature> s = store.get().query(q)) {
      return s.toList();
    }
  }
}
