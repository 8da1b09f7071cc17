package org.smartland.analytics.job;

import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Views the scenario jobs share, cached by {@link TerritoryFrames} like the indicators' (dropped when a layer
 * they read changes): a layer's features with their id and Comune ({@code fid, istat, geom}, the Comune holding
 * the feature's point on surface), and the area a flood of a hazard class covers.
 */
final class ScenarioViews {
  private final TerritoryFrames frames;
  private final Consumer<String> progress;

  ScenarioViews(TerritoryFrames frames, Consumer<String> progress) {
    this.frames = frames;
    this.progress = progress;
    SqlFunctions.register(frames.spark());
    frames.registerDerived();
  }

  /** The Comuni ({@code istat, name, residents, area_m2, geom}), as the indicators see them. */
  void comuni() {
    frames.derived("comuni", () -> comuniView(frame("comuni")), progress);
  }

  /** The {@code comuni} view of the Comuni layer. */
  static Dataset<Row> comuniView(Dataset<Row> comuniLayer) {
    return comuniLayer.selectExpr("istat_code AS istat", "name", "CAST(residents AS DOUBLE) AS residents",
        "ST_Area(geom) AS area_m2", "geom");
  }

  /** The {@code pop_c} view: every home in a Comune, with its residents and point on surface. */
  static String homesSql(String rawPopulation) {
    return "SELECT p.fid AS pid, c.istat, p.residents, p.geom, ST_X(p.pt) AS x, ST_Y(p.pt) AS y FROM (SELECT fid,"
        + " CAST(residents AS DOUBLE) AS residents, geom, ST_PointOnSurface(geom) AS pt FROM " + rawPopulation
        + ") p JOIN comuni c ON ST_Contains(c.geom, p.pt)";
  }

  /** {@code fid, istat, geom} of a layer's features that lie in a Comune; returns the view's name. */
  String inComuni(String layer) {
    comuni();
    String name = "fid_c_" + layer;
    frames.derived(name, () -> {
      String raw = raw(layer);
      return sql("SELECT x.fid, c.istat, x.geom FROM comuni c JOIN (SELECT fid, geom, ST_PointOnSurface(geom) AS pt"
          + " FROM " + raw + ") x ON ST_Contains(c.geom, x.pt)");
    }, progress);
    return name;
  }

  /** The homes ({@code pid, istat, residents, geom, x, y}) as the indicators see them. */
  String homes() {
    comuni();
    frames.derived("pop_c", () -> {
      return sql(homesSql(raw("population")));
    }, progress);
    return "pop_c";
  }

  /**
   * The area flooded in a scenario of this severity (3 = P3 … 1 = P1): the union of the zones at least that
   * frequent, cut into pieces with disjoint interiors; returns the view's name.
   */
  String flooded(int severity) {
    String name = "flooded_s" + severity;
    frames.derived(name, () -> {
      return sql("SELECT EXPLODE(ST_SubDivide(ST_Union_Aggr(geom), 64)) AS geom FROM " + raw("flood_hazard")
          + " WHERE hazard_severity(hazard_class) >= " + severity);
    }, progress);
    return name;
  }

  /** A layer as a temporary view of its own, named {@code raw_<layer>}; returns that name. */
  String raw(String layer) {
    String name = "raw_" + layer;
    frame(layer).createOrReplaceTempView(name);
    return name;
  }

  Dataset<Row> frame(String layer) {
    return frames.layer(layer).orElseThrow(() -> new IllegalArgumentException(
        "territory '" + frames.catalog().territoryId() + "' has no layer '" + layer + "'"));
  }

  boolean has(String layer) {
    return frames.catalog().layer(layer).isPresent();
  }

  Dataset<Row> sql(String sql) {
    return frames.spark().sql(sql);
  }
}
