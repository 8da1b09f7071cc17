package org.smartland.analytics.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.smartland.analytics.indicators.Formula;
import org.smartland.analytics.indicators.IndicatorResult;
import org.smartland.analytics.indicators.PartialSums;
import org.smartland.analytics.network.NetworkChange;
import org.smartland.analytics.network.RoadGraph;
import org.smartland.analytics.network.WalkField;
import org.smartland.analytics.network.Walkable;
import org.smartland.layers.catalog.IndicatorDefinition;

/**
 * Computes the catalogue's indicators for every Comune and for the territory with Sedona SQL: the features are
 * assigned to Comuni by spatial joins (a point, or a polygon's point on surface, inside the Comune; lines and
 * areas clipped to it), the per-feature rules are the analytics' pure functions registered as SQL functions, and
 * each indicator comes out as per-Comune partial sums that {@link IndicatorResult} turns into values.
 *
 * <p>Walking distances use the road graph built on the driver from the {@code roads} layer (pure
 * {@link RoadGraph}); each destination kind gets one multi-source shortest-path pass, and the resulting
 * {@link WalkField} is broadcast so that every residential building looks up its walks where it lies.
 */
public final class IndicatorJob {
  /** Nodes within this distance of a green area are its entrances. */
  static final double GREEN_ENTRANCE_M = 30;

  private static final java.util.concurrent.atomic.AtomicLong WHAT_IFS = new java.util.concurrent.atomic.AtomicLong();

  private final TerritoryFrames frames;
  private final SparkSession spark;
  private final Map<String, Computation> computations = new LinkedHashMap<>();
  private final Map<String, Double> walkLimits = new LinkedHashMap<>();

  /**
   * How one indicator is computed: the numerator and the denominator are each a sum, per Comune, of an expression
   * over the rows of a source (a view, or SQL with an {@code istat} column).
   */
  record Computation(Formula formula, double scale, Part numerator, Part denominator, List<String> views) {
  }

  /** A sum per Comune: {@code SUM(expression)} over the rows of {@code source}, grouped by {@code istat}. */
  record Part(String source, String expression) {
  }

  public IndicatorJob(TerritoryFrames frames) {
    this.frames = frames;
    this.spark = frames.spark();
    define();
  }

  private void define() {
    walkShare("mob_res_stop_400m", "transit_stops", 400);
    walkShare("mob_res_rail_800m", "rail_stations", 800);
    walkShare("qol_school_10min", "schools", 800);
    walkShare("qol_health_15min", "health_structures", 1200);
    walkShare("qol_pharmacy_10min", "pharmacies", 800);
    walkShare("qol_green_10min", "green_areas", 800);
    ratio("mob_cycle_km_per_1000", 1000, new Part("cycle_c", "len / 1000"), RESIDENTS, "cycle_c");
    ratio("mob_road_density", 1, new Part("roads_c", "len / 1000"), AREA_KM2, "roads_c");
    ratio("acq_res_flood_p3", 100, new Part("pop_hazard", "CASE WHEN worst >= 3 THEN residents ELSE 0 END"),
        new Part("pop_hazard", "residents"), "pop_hazard");
    ratio("acq_res_flood_any", 100, new Part("pop_hazard", "CASE WHEN worst >= 1 THEN residents ELSE 0 END"),
        new Part("pop_hazard", "residents"), "pop_hazard");
    sum("acq_road_km_flood", 0.001, new Part("SELECT r.istat, ST_Length(ST_Intersection(r.geom, z.geom)) AS len"
        + " FROM roads_clip r JOIN flood_union z ON ST_Intersects(r.geom, z.geom)", "len"), "roads_clip", "flood_union");
    sum("acq_services_flood", 1, new Part("SELECT istat FROM services_c s WHERE EXISTS (SELECT 1 FROM flood_union z"
        + " WHERE ST_Intersects(z.geom, s.geom))", "1"), "services_c", "flood_union");
    ratio("acq_landslide_area", 100, new Part("landslide_c", "ST_Area(geom)"), AREA_M2, "landslide_c");
    Part publicFloorWithKwh = new Part("public_c", "CASE WHEN kwh IS NOT NULL THEN floor ELSE 0 END");
    ratio("ene_public_kwh_m2", 1, new Part("public_c", "CASE WHEN kwh IS NOT NULL THEN floor * kwh ELSE 0 END"),
        publicFloorWithKwh, "public_c");
    ratio("ene_public_share_eg", 100, new Part("public_c", "CASE WHEN worst_energy_class(cls) THEN floor ELSE 0 END"),
        new Part("public_c", "CASE WHEN cls IS NOT NULL THEN floor ELSE 0 END"), "public_c");
    sum("ene_public_co2", 1, new Part("public_c", "COALESCE(co2, 0)"), "public_c");
    sum("ene_public_pv", 1, new Part("public_c", "COALESCE(pv, 0)"), "public_c");
    ratio("ter_built_share", 100, new Part("buildings_clip", "area"), AREA_M2, "buildings_clip");
    ratio("ter_sealed_per_resident", 1, new Part("buildings_clip", "area"), RESIDENTS, "buildings_clip");
    ratio("ter_old_building_share", 100, new Part("buildings_c", "CASE WHEN built_before(period, 1976) THEN 1 ELSE 0 END"),
        new Part("buildings_c", "CASE WHEN period_known(period) THEN 1 ELSE 0 END"), "buildings_c");
    ratio("qol_green_per_resident", 1, new Part("green_c", "ST_Area(geom)"), RESIDENTS, "green_c");
    ratio("dig_sensors_per_10000", 10_000, new Part("arpa_c", "1"), RESIDENTS, "arpa_c");
    ratio("dig_public_certified", 100, new Part("public_c", "CASE WHEN estimated THEN 0 ELSE 1 END"),
        new Part("public_c", "1"), "public_c");
  }

  private static final Part RESIDENTS = new Part("comuni", "residents");
  private static final Part AREA_M2 = new Part("comuni", "area_m2");
  private static final Part AREA_KM2 = new Part("comuni", "area_m2 / 1e6");

  private void walkShare(String id, String destinations, double limit) {
    walkLimits.put(destinations, limit);
    computations.put(id, new Computation(Formula.RATIO, 100, new Part("pop_walk", "CASE WHEN walk_" + destinations
        + " <= " + limit + " THEN residents ELSE 0 END"), new Part("pop_walk", "residents"), List.of("pop_walk")));
  }

  private void ratio(String id, double scale, Part numerator, Part denominator, String... views) {
    computations.put(id, new Computation(Formula.RATIO, scale, numerator, denominator, List.of(views)));
  }

  private void sum(String id, double scale, Part numerator, String... views) {
    computations.put(id, new Computation(Formula.SUM, scale, numerator, null, List.of(views)));
  }

  /**
   * Computes the given indicators (those the territory supports), in order.
   *
   * @param comuni   the territory's Comuni, ISTAT code → name, in the order results are reported
   * @param progress told the id of each indicator as it starts
   * @throws IllegalArgumentException for an indicator this job has no method for
   */
  public Map<String, IndicatorResult> run(List<IndicatorDefinition> indicators, Map<String, String> comuni,
                                          Consumer<String> progress) {
    return run(indicators, comuni, progress, WhatIf.NONE);
  }

  /**
   * As {@link #run(List, Map, Consumer)}, on the territory as a scenario changes it: the walks on the changed
   * network, and the scenario's views in place of the baseline's.
   */
  public Map<String, IndicatorResult> run(List<IndicatorDefinition> indicators, Map<String, String> comuni,
                                          Consumer<String> progress, WhatIf whatIf) {
    SqlFunctions.register(spark);
    frames.registerDerived();
    Views views = new Views(progress, whatIf);
    views.ensure("comuni");
    for (IndicatorDefinition d : indicators) {
      if (!computations.containsKey(d.id())) {
        throw new IllegalArgumentException("indicator '" + d.id() + "' has no method in the analytics job");
      }
      progress.accept("preparing " + d.id());
      computations.get(d.id()).views().forEach(views::ensure);
    }
    progress.accept("aggregating " + indicators.size() + " indicators per Comune");
    Map<Part, Map<String, Double>> partSums = sumParts(indicators.stream().map(d -> computations.get(d.id()))
        .flatMap(c -> java.util.stream.Stream.of(c.numerator(), c.denominator())).filter(java.util.Objects::nonNull)
        .distinct().toList());
    Map<String, IndicatorResult> out = new LinkedHashMap<>();
    for (IndicatorDefinition d : indicators) {
      Computation c = computations.get(d.id());
      Map<String, Double> num = partSums.get(c.numerator());
      Map<String, Double> den = c.denominator() == null ? Map.of() : partSums.get(c.denominator());
      Map<String, PartialSums> perComune = new LinkedHashMap<>();
      for (String istat : comuni.keySet()) {
        perComune.put(istat, new PartialSums(num.getOrDefault(istat, 0.0), den.getOrDefault(istat, 0.0)));
      }
      out.put(d.id(), IndicatorResult.of(d.id(), c.formula(), c.scale(), perComune));
    }
    return out;
  }

  /**
   * Sums every part per Comune, with one query per source (all of a source's expressions in one pass), the
   * queries running side by side.
   */
  private Map<Part, Map<String, Double>> sumParts(List<Part> parts) {
    Map<String, List<Part>> bySource = new LinkedHashMap<>();
    parts.forEach(p -> bySource.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(p));
    Map<Part, Map<String, Double>> out = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
      for (Map.Entry<String, List<Part>> e : bySource.entrySet()) {
        pending.add(pool.submit(() -> sumSource(e.getKey(), e.getValue(), out)));
      }
      for (java.util.concurrent.Future<?> f : pending) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while summing the indicators", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  private void sumSource(String source, List<Part> parts, Map<Part, Map<String, Double>> out) {
    StringBuilder sql = new StringBuilder("SELECT istat");
    for (Part p : parts) {
      sql.append(", SUM(CAST((").append(p.expression()).append(") AS DOUBLE))");
    }
    String from = source.startsWith("SELECT ") ? "(" + source + ")" : source;
    sql.append(" FROM ").append(from).append(" GROUP BY istat");
    parts.forEach(p -> out.put(p, new java.util.concurrent.ConcurrentHashMap<>()));
    for (Row r : spark.sql(sql.toString()).collectAsList()) {
      for (int i = 0; i < parts.size(); i++) {
        out.get(parts.get(i)).put(r.getString(0), r.isNullAt(i + 1) ? 0 : r.getDouble(i + 1));
      }
    }
  }

  /**
   * The temporary views the indicators read, built on first need and kept by {@link TerritoryFrames} until a
   * layer they read changes.
   */
  private final class Views {
    private final Consumer<String> progress;
    private final WhatIf whatIf;
    private final Map<String, Dataset<Row>> changed = new java.util.HashMap<>();

    Views(Consumer<String> progress, WhatIf whatIf) {
      this.progress = progress;
      this.whatIf = whatIf;
    }

    void ensure(String name) {
      Dataset<Row> replaced = whatIf.views().get(name);
      if (replaced == null && name.equals("pop_walk") && !whatIf.network().isEmpty()) {
        replaced = changed.computeIfAbsent(name, k -> {
          ensure("pop_c");
          return walks(whatIf.network()).cache();
        });
      }
      if (replaced != null) {
        replaced.createOrReplaceTempView(name);
        return;
      }
      frames.derived(name, () -> build(name), progress);
    }

    private Dataset<Row> build(String name) {
      return switch (name) {
        case "comuni" -> ScenarioViews.comuniView(frame("comuni"));
        case "pop_c" -> {
          ensure("comuni");
          yield sql(ScenarioViews.homesSql(raw("population")));
        }
        case "pop_walk" -> {
          ensure("pop_c");
          yield walks(NetworkChange.NONE);
        }
        case "flood_raw" -> frame("flood_hazard");
        case "pop_hazard" -> {
          ensure("pop_c");
          ensure("flood_raw");
          yield sql("SELECT p.istat, p.residents, COALESCE(h.worst, 0) AS worst FROM pop_c p LEFT JOIN"
              + " (SELECT p.pid, MAX(hazard_severity(f.hazard_class)) AS worst FROM pop_c p JOIN flood_raw f"
              + " ON ST_Intersects(p.geom, f.geom) GROUP BY p.pid) h ON h.pid = p.pid");
        }
        case "flood_union" -> {
          ensure("flood_raw");
          yield pieces("flood_raw");
        }
        case "landslide_c" -> dissolvedPerComune("landslides");
        case "green_c" -> dissolvedPerComune("green_areas");
        case "roads_clip" -> sql(clipSql("roads"));
        case "roads_c" -> {
          ensure("roads_clip");
          yield sql("SELECT istat, ST_Length(geom) AS len FROM roads_clip");
        }
        case "cycle_c" -> sql("SELECT istat, ST_Length(geom) AS len FROM (" + clipSql("cycleways") + ")");
        case "buildings_clip" -> sql("SELECT istat, ST_Area(geom) AS area FROM (" + clipSql("buildings")
            + ")");
        case "buildings_c" -> pointsIn("buildings", "construction_period AS period");
        case "public_c" -> pointsIn("public_buildings_energy", "CAST(floor_area_m2 AS DOUBLE) AS floor,"
            + " ep_gl_nren_kwh_m2 AS kwh, energy_class AS cls, co2_t AS co2, pv_kwh_year AS pv, estimated");
        case "arpa_c" -> pointsIn("arpa_stations", "1 AS one");
        case "services_c" -> sql("SELECT * FROM (" + pointsInSql("schools", "'school' AS kind") + ")"
            + " UNION ALL SELECT * FROM (" + pointsInSql("health_structures", "'health' AS kind") + ")");
        default -> throw new IllegalStateException("no view " + name);
      };
    }

    private Dataset<Row> frame(String layer) {
      return frames.layer(layer).orElseThrow(() -> new IllegalArgumentException(
          "territory '" + frames.catalog().territoryId() + "' has no layer '" + layer + "'"));
    }

    /** A layer as a view of its own, named {@code raw_<layer>}; returns that name. */
    private String raw(String layer) {
      String name = "raw_" + layer;
      frame(layer).createOrReplaceTempView(name);
      return name;
    }

    /**
     * The union of a layer's areas (overlaps counted once), cut into small pieces with disjoint interiors so that
     * spatial joins can index them and lengths or areas summed over the pieces equal those of the union.
     */
    private Dataset<Row> pieces(String view) {
      return sql("SELECT EXPLODE(ST_SubDivide(ST_Union_Aggr(geom), 64)) AS geom FROM " + view);
    }

    /**
     * A layer's areas clipped to each Comune and dissolved there (overlaps counted once), cut into small pieces:
     * one union per Comune rather than one for the whole territory, so that the work grows with the data.
     */
    private Dataset<Row> dissolvedPerComune(String layer) {
      return sql("SELECT istat, EXPLODE(ST_SubDivide(area, 64)) AS geom FROM (SELECT istat, ST_Union_Aggr(geom) AS area"
          + " FROM (" + clipSql(layer) + ") GROUP BY istat)");
    }

    private String clipSql(String layer) {
      ensure("comuni");
      return "SELECT c.istat, CASE WHEN ST_Within(x.geom, c.geom) THEN x.geom ELSE ST_Intersection(x.geom, c.geom) END"
          + " AS geom FROM comuni c JOIN " + raw(layer) + " x ON ST_Intersects(c.geom, x.geom)";
    }

    private String pointsInSql(String layer, String columns) {
      ensure("comuni");
      return "SELECT c.istat, x.geom, " + columns + " FROM comuni c JOIN (SELECT *, ST_PointOnSurface(geom) AS pt FROM "
          + raw(layer) + ") x ON ST_Contains(c.geom, x.pt)";
    }

    private Dataset<Row> pointsIn(String layer, String columns) {
      return sql(pointsInSql(layer, columns));
    }

    private Dataset<Row> walks(NetworkChange change) {
      WalkField field = walkField(change);
      Broadcast<WalkField> shared = new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext())
          .broadcast(field);
      String udf = change.isEmpty() ? "walks" : "walks_changed_" + WHAT_IFS.incrementAndGet();
      spark.udf().register(udf, (UDF2<Double, Double, double[]>) (x, y) -> shared.value().walksFrom(x, y),
          DataTypes.createArrayType(DataTypes.DoubleType, false));
      StringBuilder columns = new StringBuilder("istat, residents");
      for (int k = 0; k < field.kinds().size(); k++) {
        columns.append(", w[").append(k).append("] AS walk_").append(field.kinds().get(k));
      }
      return sql("SELECT " + columns + " FROM (SELECT istat, residents, " + udf + "(x, y) AS w FROM pop_c)");
    }

    private WalkField walkField(NetworkChange change) {
      RoadNetwork network = RoadNetwork.walking(frame("roads"), change);
      RoadGraph graph = network.graph();
      Map<String, double[]> distances = new LinkedHashMap<>();
      for (Map.Entry<String, Double> kind : walkLimits.entrySet()) {
        if (frames.catalog().layer(kind.getKey()).isEmpty()) {
          continue;
        }
        Set<String> removed = change.removedDestinations().getOrDefault(kind.getKey(), Set.of());
        List<RoadGraph.Access> accesses = new ArrayList<>();
        for (Row r : frame(kind.getKey()).select("fid", "geom").collectAsList()) {
          Geometry g = (Geometry) r.get(1);
          if (g == null || g.isEmpty() || removed.contains(r.getString(0))) {
            continue;
          }
          if (g.getDimension() == 2) {
            accesses.addAll(graph.accessesNear(g, GREEN_ENTRANCE_M));
          } else {
            accesses.add(graph.access(g.getInteriorPoint().getCoordinate()));
          }
        }
        change.addedDestinations().getOrDefault(kind.getKey(), List.of()).forEach(c -> accesses.add(graph.access(c)));
        distances.put(kind.getKey(), graph.distancesToNearest(accesses, kind.getValue(), network.closedEdges()));
      }
      return graph.walkField(distances);
    }

    private Dataset<Row> sql(String sql) {
      return spark.sql(sql);
    }
  }
}
