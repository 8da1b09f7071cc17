package org.smartland.analytics.processes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.smartland.analytics.job.AnalyticsEngine;
import org.smartland.analytics.job.TerritoryFrames;
import org.smartland.analytics.runs.Progress;
import org.smartland.analytics.runs.TerritoryAnalytics;
import org.smartland.layers.catalog.IndicatorDefinition;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;

/**
 * What the processes work with: the territory (catalog, indicators, database), reprojection for geometry inputs,
 * the scenario settings, and the analytics engine whose warm Spark session runs them.
 */
public record ScenarioEnvironment(TerritoryAnalytics territory, CrsTransforms crs, ScenarioSettings settings,
                                  AnalyticsEngine engine) {

  /** Runs Spark work for run {@code runId}, under the engine's lock and in the run's cancellable job group. */
  <T> T spark(long runId, Progress progress, Function<TerritoryFrames, T> work) {
    return engine.withFrames(territory, progress, jobGroup(runId), work);
  }

  /** Stops the Spark jobs of run {@code runId} in flight. */
  public void cancel(long runId) {
    engine.cancel(jobGroup(runId));
  }

  static String jobGroup(long runId) {
    return "scenario-" + runId;
  }

  /** The Comuni, ISTAT code → name, in the layer's order. */
  Map<String, String> comuni() {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Feature> s = store("comuni").query(FeatureQuery.all().withProperties(List.of("istat_code", "name"))
        .withoutGeometry())) {
      s.forEach(c -> out.put((String) c.properties().get("istat_code"), (String) c.properties().get("name")));
    }
    return out;
  }

  FeatureStore store(String layer) {
    return territory.database().layer(FeatureSchema.of(territory.catalog().layer(layer).orElseThrow(
        () -> new IllegalArgumentException("territory '" + territory.catalog().territoryId() + "' has no layer '"
            + layer + "'"))));
  }

  boolean has(String layer) {
    return territory.catalog().layer(layer).isPresent();
  }

  /** The territory's applicable indicators among these ids, in the catalogue's order. */
  List<IndicatorDefinition> indicators(List<String> ids) {
    return territory.indicators().indicators().stream().filter(d -> ids.contains(d.id())).toList();
  }

  int nativeSrid() {
    return territory.catalog().nativeSrid();
  }
}
