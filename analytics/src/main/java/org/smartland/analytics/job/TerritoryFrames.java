package org.smartland.analytics.job;

import java.util.List;
import java.util.function.Consumer;
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
 * changed. The views derived from the layers (joins to the Comuni, clipped geometries, unions, walking distances)
 * are cached the same way, each with the layers it was built from, and dropped when one of them changes.
 */
public final class TerritoryFrames {
  private final SparkSession spark;
  private final LayerCatalog catalog;
  private final FeatureDatabase database;
  private final Map<String, Dataset<Row>> cached = new ConcurrentHashMap<>();
  private final Map<String, Derived> derived = new java.util.LinkedHashMap<>();
  private final java.util.Deque<java.util.Set<String>> building = new java.util.ArrayDeque<>();

  /** A derived view's data and the layers it was built from. */
  private record Derived(Dataset<Row> data, java.util.Set<String> layers) {
  }

  /** The attributes the analytics read, per layer (besides fid and geom); other layers are read with none. */
  private static final Map<String, List<String>> ATTRIBUTES = Map.of(
      "comuni", List.of("istat_code", "name", "residents"),
      "population", List.of("residents"),
      "flood_hazard", List.of("hazard_class"),
      "buildings", List.of("construction_period"),
      "public_buildings_energy", List.of("floor_area_m2", "ep_gl_nren_kwh_m2", "energy_class", "co2_t", "pv_kwh_year",
          "estimated"),
      "roads", List.of("class", "from_node", "to_node", "length_m"),
      "projects", List.of("project_id", "title", "corridor", "cost_eur"));

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
    synchronized (derived) {
      if (!building.isEmpty()) {
        building.peek().add(id);
      }
    }
    return Optional.of(cached.computeIfAbsent(id, k -> LayerFrames.read(spark,
        database.layer(FeatureSchema.of(def.get())), ATTRIBUTES.getOrDefault(id, List.of())).cache()));
  }

  /**
   * A fingerprint of a layer's content as the analytics read it: its feature count and an order-independent
   * 64-bit sum of a hash of every feature (id, geometry, attributes), so that two runs can tell whether they read
   * the same data; e.g. {@code 18582:9f86d081884c7d65}.
   */
  public String fingerprint(String id) {
    Dataset<Row> d = layer(id).orElseThrow(() -> new IllegalArgumentException("no layer '" + id + "'"));
    List<String> columns = new java.util.ArrayList<>();
    for (String c : d.columns()) {
      columns.add(c.equals("geom") ? "ST_AsBinary(geom)" : "`" + c + "`");
    }
    Row r = d.selectExpr("xxhash64(" + String.join(", ", columns) + ") AS h").selectExpr("COUNT(*)",
        "CAST(SUM(CAST(h AS DECIMAL(38, 0))) % 18446744073709551616 AS DECIMAL(38, 0))").first();
    java.math.BigDecimal sum = r.isNullAt(1) ? java.math.BigDecimal.ZERO : r.getDecimal(1);
    return r.getLong(0) + ":" + String.format("%016x", sum.toBigInteger().longValue());
  }

  /** The layers read so far with their feature counts, for the run's record of its inputs. */
  Map<String, Long> inputCounts() {
    Map<String, Long> out = new java.util.TreeMap<>();
    cached.forEach((k, v) -> out.put(k, v.count()));
    return out;
  }

  /**
   * The derived view {@code name}, registered as a temporary view of that name: the cached one when none of the
   * layers it was built from changed since, else {@code make}'s result, cached with the layers it read (also
   * through other derived views).
   *
   * @param built told the name, row count and seconds of a view built afresh
   */
  Dataset<Row> derived(String name, java.util.function.Supplier<Dataset<Row>> make, Consumer<String> built) {
    synchronized (derived) {
      Derived d = derived.get(name);
      if (d == null) {
        long t0 = System.nanoTime();
        building.push(new java.util.HashSet<>());
        Dataset<Row> data;
        long rows;
        java.util.Set<String> layers;
        try {
          data = make.get().cache();
          rows = data.count();
        } finally {
          layers = building.pop();
        }
        d = new Derived(data, layers);
        derived.put(name, d);
        built.accept(String.format(java.util.Locale.ROOT, "%s: %,d rows in %.1f s", name, rows,
            (System.nanoTime() - t0) / 1e9));
      }
      if (!building.isEmpty()) {
        building.peek().addAll(d.layers());
      }
      d.data().createOrReplaceTempView(name);
      return d.data();
    }
  }

  /** Registers every cached derived view again under its name (another territory may have used the names). */
  void registerDerived() {
    synchronized (derived) {
      derived.forEach((name, d) -> d.data().createOrReplaceTempView(name));
    }
  }

  private void forget(String layer) {
    Dataset<Row> old = cached.remove(layer);
    if (old != null) {
      old.unpersist();
    }
    synchronized (derived) {
      derived.entrySet().removeIf(e -> {
        boolean stale = e.getValue().layers().contains(layer);
        if (stale) {
          e.getValue().data().unpersist();
        }
        return stale;
      });
    }
  }
}
