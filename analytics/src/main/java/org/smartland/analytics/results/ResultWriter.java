package org.smartland.analytics.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.smartland.analytics.indicators.IndicatorResult;
import org.smartland.analytics.indicators.QuantileClasses;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.StoreException;

/**
 * Writes a run's results through the {@code layers} stores: each result layer's content is replaced in one
 * transaction (the old features deleted and the new inserted together), so readers see the previous run or this
 * one, never a mix; the tables are created on first use. Geometries come from the territory's own layers (the
 * Comuni, the territory outline, the projects).
 */
public final class ResultWriter {
  private final FeatureDatabase database;
  private final Map<String, LayerDefinition> layers = new HashMap<>();

  public ResultWriter(FeatureDatabase database, List<LayerDefinition> analyticsLayers) {
    this.database = database;
    analyticsLayers.forEach(l -> layers.put(l.id(), l));
  }

  /** The store of a result layer, its table created (empty) when missing. */
  public FeatureStore ensure(String layerId) {
    LayerDefinition def = layers.get(layerId);
    FeatureSchema schema = FeatureSchema.of(def);
    FeatureStore store;
    try {
      store = database.layer(schema);
    } catch (StoreException missingOrDifferent) {
      store = database.createLayer(schema);
      database.describeLayer(def.id(), def.abstractWithProvenance());
    }
    return store;
  }

  /**
   * Replaces the indicator layers' content.
   *
   * @param comuni    the Comuni's features (istat_code, name, geometry)
   * @param territory the territory's name and outline
   */
  public void writeIndicators(long runId, Instant at, Map<String, IndicatorResult> results, List<Feature> comuni,
                              String territoryName, Geometry territory) {
    Map<String, Map<String, Integer>> classes = new HashMap<>();
    results.forEach((id, r) -> classes.put(id, QuantileClasses.of(r.comuneValues(), AnalyticsLayers.CLASSES)));
    List<Feature> perComune = new ArrayList<>();
    for (Feature c : comuni) {
      String istat = (String) c.properties().get("istat_code");
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("istat_code", istat);
      p.put("name", c.properties().get("name"));
      results.forEach((id, r) -> {
        IndicatorResult.Value v = r.byComune().get(istat);
        p.put(id, v == null || v.value().isEmpty() ? null : v.value().getAsDouble());
        Integer cls = classes.get(id).get(istat);
        p.put(AnalyticsLayers.classAttribute(id), cls == null ? null : cls.longValue());
      });
      p.put("run_id", runId);
      p.put("computed_at", at);
      perComune.add(Feature.of(c.geometry().orElseThrow(), p));
    }
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("istat_code", "territory");
    t.put("name", territoryName);
    results.forEach((id, r) -> {
      t.put(id, r.territory().value().isPresent() ? r.territory().value().getAsDouble() : null);
      t.put(AnalyticsLayers.classAttribute(id), null);
    });
    t.put("run_id", runId);
    t.put("computed_at", at);
    replace(AnalyticsLayers.INDICATORS, perComune);
    replace(AnalyticsLayers.INDICATORS_TERRITORY, List.of(Feature.of(territory, t)));
  }

  /** Replaces the priorities layer's content: one feature per project, its geometry taken from {@code projects}. */
  public void writePriorities(List<Map<String, Object>> rows, Map<String, Geometry> projectGeometries) {
    List<Feature> features = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Geometry g = projectGeometries.get((String) row.get("project_id"));
      if (g != null) {
        features.add(Feature.of(g, row));
      }
    }
    replace(AnalyticsLayers.PRIORITIES, features);
  }

  /** The outline of the Comuni, for territories without a {@code territory} layer. */
  public static Geometry outline(List<Feature> comuni) {
    return UnaryUnionOp.union(comuni.stream().map(f -> f.geometry().orElseThrow()).toList());
  }

  private void replace(String layerId, List<Feature> features) {
    FeatureStore store = ensure(layerId);
    List<FeatureChange> changes = new ArrayList<>();
    try (Stream<Feature> old = store.query(FeatureQuery.all().withProperties(List.of()).withoutGeometry())) {
      old.forEach(f -> changes.add(new FeatureChange.Delete(f.id().orElseThrow())));
    }
    features.forEach(f -> changes.add(new FeatureChange.Insert(f)));
    store.write(changes);
  }
}
