package org.smartland.analytics.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.smartland.analytics.priority.PrioritisationSettings;
import org.smartland.analytics.priority.ProjectMeasures;

/**
 * Measures what every candidate project reaches with Sedona spatial joins: the Comuni its geometry lies in (the
 * nearest Comune for a project drawn just outside every boundary, e.g. on a river at the border), the
 * residents, buildings and hazard-weighted residents inside its influence area (its geometry grown by its
 * corridor's radius; a building is inside when its point on surface is), and the projects of other corridors
 * nearby.
 */
public final class ProjectMeasuresJob {
  private final TerritoryFrames frames;
  private final SparkSession spark;

  public ProjectMeasuresJob(TerritoryFrames frames) {
    this.frames = frames;
    this.spark = frames.spark();
  }

  public List<ProjectMeasures> run(PrioritisationSettings settings, Consumer<String> progress) {
    SqlFunctions.register(spark);
    frames.derived("pm_comuni", () -> frames.layer("comuni").orElseThrow().selectExpr("istat_code AS istat",
        "ST_Area(geom) AS area_m2", "geom"), progress);
    StringBuilder radius = new StringBuilder("CASE corridor");
    settings.influenceM().forEach((corridor, m) -> radius.append(" WHEN '").append(corridor.replace("'", "''"))
        .append("' THEN ").append(m));
    radius.append(" ELSE ").append(settings.defaultInfluenceM()).append(" END");
    frames.registerDerived();
    frames.derived("pm_projects", () -> frames.layer("projects").orElseThrow().selectExpr("project_id", "title",
        "corridor", "cost_eur", "geom", "ST_Buffer(geom, " + radius + ") AS area"), progress);

    Map<String, List<String>> comuni = new HashMap<>();
    progress.accept("projects: Comuni touched");
    for (Row r : spark.sql("SELECT p.project_id, c.istat FROM pm_projects p JOIN pm_comuni c"
        + " ON ST_Intersects(c.geom, p.geom) WHERE CASE WHEN ST_Dimension(p.geom) < 2 THEN TRUE"
        + " WHEN ST_Touches(c.geom, p.geom) THEN FALSE"
        + " WHEN ST_Contains(c.geom, p.geom) OR ST_Contains(p.geom, c.geom) THEN TRUE"
        + " ELSE ST_Area(ST_Intersection(c.geom, p.geom)) >= 0.01 * LEAST(ST_Area(p.geom), c.area_m2) END"
        + " ORDER BY p.project_id, c.istat").collectAsList()) {
      comuni.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getString(1));
    }
    List<String> outside = spark.sql("SELECT project_id FROM pm_projects").collectAsList().stream()
        .map(r -> r.getString(0)).filter(id -> !comuni.containsKey(id)).toList();
    if (!outside.isEmpty()) {
      Map<String, Object[]> nearest = new HashMap<>();
      String ids = String.join(", ", outside.stream().map(id -> "'" + id.replace("'", "''") + "'").toList());
      for (Row r : spark.sql("SELECT p.project_id, c.istat, ST_Distance(c.geom, p.geom) FROM pm_projects p"
          + " CROSS JOIN pm_comuni c WHERE p.project_id IN (" + ids + ")").collectAsList()) {
        nearest.merge(r.getString(0), new Object[] {r.getString(1), r.getDouble(2)},
            (a, b) -> (double) a[1] <= (double) b[1] ? a : b);
      }
      nearest.forEach((id, c) -> comuni.put(id, List.of((String) c[0])));
    }

    progress.accept("projects: residents and hazards reached");
    String hazard = frames.catalog().layer("flood_hazard").isPresent()
        ? "(SELECT p.fid, MAX(hazard_severity(f.hazard_class)) AS sev FROM pm_pop p JOIN pm_flood f"
        + " ON ST_Intersects(p.geom, f.geom) GROUP BY p.fid)" : "(SELECT CAST(NULL AS STRING) AS fid, 0 AS sev)";
    String landslide = frames.catalog().layer("landslides").isPresent()
        ? "(SELECT DISTINCT p.fid FROM pm_pop p JOIN pm_landslides l ON ST_Intersects(p.geom, l.geom))"
        : "(SELECT CAST(NULL AS STRING) AS fid)";
    frames.derived("pm_pop_risk", () -> {
      frames.layer("population").orElseThrow().selectExpr("fid", "CAST(residents AS DOUBLE) AS residents", "geom",
          "ST_PointOnSurface(geom) AS pt").createOrReplaceTempView("pm_pop");
      frames.layer("flood_hazard").ifPresent(f -> f.createOrReplaceTempView("pm_flood"));
      frames.layer("landslides").ifPresent(f -> f.createOrReplaceTempView("pm_landslides"));
      return spark.sql("SELECT p.residents, p.pt, risk_weight(h.sev, l.fid IS NOT NULL) AS risk FROM pm_pop p"
          + " LEFT JOIN " + hazard + " h ON h.fid = p.fid LEFT JOIN " + landslide + " l ON l.fid = p.fid");
    }, progress);
    Map<String, double[]> reached = new HashMap<>();
    for (Row r : spark.sql("SELECT p.project_id, SUM(x.residents), SUM(x.residents * x.risk) FROM pm_projects p"
        + " JOIN pm_pop_risk x ON ST_Contains(p.area, x.pt) GROUP BY p.project_id").collectAsList()) {
      reached.put(r.getString(0), new double[] {r.getDouble(1), r.getDouble(2)});
    }
    progress.accept("projects: buildings reached");
    Map<String, Long> buildings = new HashMap<>();
    frames.derived("pm_buildings", () -> frames.layer("buildings").orElseThrow()
        .selectExpr("ST_PointOnSurface(geom) AS pt"), progress);
    for (Row r : spark.sql("SELECT p.project_id, COUNT(*) FROM pm_projects p JOIN pm_buildings b"
        + " ON ST_Contains(p.area, b.pt) GROUP BY p.project_id").collectAsList()) {
      buildings.put(r.getString(0), r.getLong(1));
    }
    progress.accept("projects: synergies");
    Map<String, Long> nearby = new HashMap<>();
    for (Row r : spark.sql(String.format(Locale.ROOT, "SELECT a.project_id, COUNT(*) FROM pm_projects a"
        + " JOIN pm_projects b ON ST_DWithin(a.geom, b.geom, %f) WHERE a.corridor <> b.corridor"
        + " GROUP BY a.project_id", settings.synergyM())).collectAsList()) {
      nearby.put(r.getString(0), r.getLong(1));
    }

    List<ProjectMeasures> out = new ArrayList<>();
    for (Row r : spark.sql("SELECT project_id, title, corridor, cost_eur FROM pm_projects ORDER BY project_id")
        .collectAsList()) {
      String id = r.getString(0);
      double[] res = reached.getOrDefault(id, new double[2]);
      out.add(new ProjectMeasures(id, r.getString(1), r.getString(2), comuni.getOrDefault(id, List.of()),
          r.isNullAt(3) ? Double.NaN : r.getDouble(3), res[0], buildings.getOrDefault(id, 0L), res[1],
          Math.toIntExact(nearby.getOrDefault(id, 0L))));
    }
    return out;
  }
}
