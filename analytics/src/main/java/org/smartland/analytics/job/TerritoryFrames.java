package org.smartland.analytics.job;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureSchema;

/**
 * A territory's layers as cached DataFrames in a warm Spark session: each layer is read from its store once and
 * kept until a write to that layer (through this process's stores) drops it, so a recompute only rereads what
 * changed.
 */
public final class TerritoryFrames {
  private final SparkSession spark;
  private final LayerCatalog catalog;
  private final FeatureDatabase database;
  private final Map<String, Dataset<Row>> cached = new ConcurrentHashMap<>();

  /** The attributes the analytics read, per layer (besides fid and geom); other layers are read with none. */
  private static final Map<String, List<String>> ATTRIBUTES = Map.of(
      "comuni", List.of("istat_code", "name", "residents"),
      "population", List.of("residents"),
      "flood_hazard", List.of("hazard_class"),
      "buildings", List.of("construction_period"),
      "public_buildings_energy", List.of("floor_area_m2", "ep_gl_nren_kwh_m2", "energy_class", "co2_t", "pv_kwh_year",
          "estimated"),
      "roads", List.of("class", "from_node", "to_node", "length_m"),
      "projects", List.of("project_id", "title", "corridor", "comuni_istat", "cost_eur"));

  public TerritoryFrames(SparkSession spark, LayerCatalog catalog, FeatureDatabase database) {
    this.spark = spark;
    this.catalog = catalog;
    this.database = database;
    database.changes().addListener(this::forget);
  }

  SparkSession spark() {
    return spark;
  }

  LayerCatalog catalog() {
    return catalog;
  }

  /** The layer with fid, geom and the attributes the analytics read; empty when the territory has no such layer. */
  Optional<Dataset<Row>> layer(String id) {
    Optional<LayerDefinition> def = catalog.layer(id);
    if (def.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(cached.computeIfAbsent(id, k -> LayerFrames.read(spark,
        database.layer(FeatureSchema.of(def.get())), ATTRIBUTES.getOrDefault(id, List.of())).cache()));
  }

  /** The layers read so far with their feature counts, for the run's record of its inputs. */
  Map<String, Long> inputCounts() {
    Map<String, Long> out = new java.util.TreeMap<>();
    cached.forEach((k, v) -> out.put(k, v.count()));
    return out;
  }

  private void forget(String layer) {
    Dataset<Row> old = cached.remove(layer);
    if (old != null) {
      old.unpersist();
    }
  }
}
