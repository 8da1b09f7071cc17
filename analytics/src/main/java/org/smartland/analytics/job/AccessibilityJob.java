package org.smartland.analytics.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.WKBWriter;
import org.smartland.analytics.indicators.IndicatorResult;
import org.smartland.analytics.network.NetworkChange;
import org.smartland.analytics.network.RoadGraph;
import org.smartland.layers.catalog.IndicatorDefinition;

/**
 * The walking reach of the Comuni's residents after changes to the network and the stops: new stops, stops
 * removed, new cycle paths (walkable links, and more cycle km) and roads closed. The roads to close are found with
 * Sedona from the areas or lines given: every road segment touching an area, or lying along a line (at least 80 %
 * of it within 5 m). The walking indicators are computed before and after on the same graph and formulas.
 */
public final class AccessibilityJob {
  /** A road lies along a line when this share of its length is within {@link #ALONG_M} of it. */
  static final double ALONG_SHARE = 0.8;
  static final double ALONG_M = 5;
  private static final StructType GEOMETRIES = DataTypes.createStructType(List.of(
      DataTypes.createStructField("n", DataTypes.IntegerType, false),
      DataTypes.createStructField("wkb", DataTypes.BinaryType, false)));

  private final TerritoryFrames frames;

  public AccessibilityJob(TerritoryFrames frames) {
    this.frames = frames;
  }

  /**
   * The changes, in the territory's CRS.
   *
   * @param addedStops   new transit stops
   * @param removedStops ids of {@code transit_stops} features taken away
   * @param cyclePaths   new cycle paths
   * @param closures     areas (roads touching them close) or lines (roads along them close)
   */
  public record Changes(List<Coordinate> addedStops, Set<String> removedStops, List<LineString> cyclePaths,
                        List<Geometry> closures) {
  }

  /**
   * @param closedRoads the road feature ids closed
   * @param before      the indicators as they are
   * @param after       the indicators with the changes
   */
  public record Result(Set<String> closedRoads, Map<String, IndicatorResult> before, Map<String, IndicatorResult> after) {
  }

  /**
   * @param indicators the walking indicators, and the cycle-km one when paths are added
   * @param comuni     ISTAT code → name, in order
   */
  public Result run(Changes changes, List<IndicatorDefinition> indicators, Map<String, String> comuni,
                    Consumer<String> progress) {
    ScenarioViews views = new ScenarioViews(frames, progress);
    Set<String> closed = changes.closures().isEmpty() ? Set.of() : closedRoads(views, changes.closures(), progress);
    List<RoadGraph.Link> links = new ArrayList<>();
    for (LineString path : changes.cyclePaths()) {
      links.add(new RoadGraph.Link(path.getCoordinateN(0), path.getCoordinateN(path.getNumPoints() - 1),
          path.getLength()));
    }
    NetworkChange network = new NetworkChange(closed, links, Map.of("transit_stops", changes.addedStops()),
        Map.of("transit_stops", changes.removedStops()));
    progress.accept("indicators before the changes");
    IndicatorJob job = new IndicatorJob(frames);
    Map<String, IndicatorResult> before = job.run(indicators, comuni, progress);
    Map<String, Dataset<Row>> replaced = new java.util.HashMap<>();
    boolean cycleIndicator = indicators.stream().anyMatch(d -> d.id().equals("mob_cycle_km_per_1000"));
    if (cycleIndicator && !changes.cyclePaths().isEmpty()) {
      register(views, "new_cycle_paths", new ArrayList<>(changes.cyclePaths()));
      views.comuni();
      Dataset<Row> baseline = frames.spark().table("cycle_c");
      replaced.put("cycle_c", baseline.union(views.sql("SELECT c.istat, ST_Length(ST_Intersection(p.geom, c.geom))"
          + " AS len FROM comuni c JOIN new_cycle_paths p ON ST_Intersects(c.geom, p.geom)")).cache());
    }
    progress.accept("indicators after the changes");
    Map<String, IndicatorResult> after = job.run(indicators, comuni, progress, new WhatIf(network, replaced));
    replaced.values().forEach(Dataset::unpersist);
    return new Result(closed, before, after);
  }

  private Set<String> closedRoads(ScenarioViews views, List<Geometry> closures, Consumer<String> progress) {
    progress.accept("roads to close");
    register(views, "closures", closures);
    Set<String> out = new HashSet<>();
    views.sql("SELECT DISTINCT r.fid FROM " + views.raw("roads") + " r JOIN (SELECT ST_Dimension(geom) = 2 AS area, CASE WHEN"
        + " ST_Dimension(geom) = 2 THEN geom ELSE ST_Buffer(geom, " + ALONG_M + ") END AS zone FROM closures) z"
        + " ON ST_Intersects(r.geom, z.zone) WHERE z.area OR ST_Length(ST_Intersection(r.geom, z.zone)) >= "
        + ALONG_SHARE + " * ST_Length(r.geom)").collectAsList().forEach(r -> out.add(r.getString(0)));
    return out;
  }

  /** Geometries as a temporary view {@code (n, geom)}. */
  private void register(ScenarioViews views, String name, List<Geometry> geometries) {
    List<Row> rows = new ArrayList<>();
    WKBWriter wkb = new WKBWriter(2);
    for (int i = 0; i < geometries.size(); i++) {
      rows.add(RowFactory.create(i, wkb.write(geometries.get(i))));
    }
    frames.spark().createDataFrame(rows, GEOMETRIES).selectExpr("n", "ST_GeomFromWKB(wkb) AS geom")
        .createOrReplaceTempView(name);
  }
}
