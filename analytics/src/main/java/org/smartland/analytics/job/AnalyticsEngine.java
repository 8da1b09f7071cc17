package org.smartland.analytics.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.locationtech.jts.geom.Geometry;
import org.smartland.analytics.indicators.IndicatorResult;
import org.smartland.analytics.priority.CriteriaRules;
import org.smartland.analytics.priority.NeedGap;
import org.smartland.analytics.priority.ProjectMeasures;
import org.smartland.analytics.ranking.Criterion;
import org.smartland.analytics.ranking.Method;
import org.smartland.analytics.ranking.ProjectCriteria;
import org.smartland.analytics.ranking.RankStability;
import org.smartland.analytics.ranking.RankedProject;
import org.smartland.analytics.ranking.Ranking;
import org.smartland.analytics.ranking.Sensitivity;
import org.smartland.analytics.results.ResultWriter;
import org.smartland.analytics.runs.Progress;
import org.smartland.analytics.runs.RunSummary;
import org.smartland.analytics.runs.TerritoryAnalytics;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;

/**
 * Runs a territory's analytics end to end on a Spark session started on first use and then kept warm: reads the
 * layers (cached between runs, reread when a layer changes), computes the indicators and the projects' measures
 * with Sedona, scores the projects, and writes everything back as layers. The results are written only after
 * everything was computed, so a run that fails leaves the previous results in place.
 */
public final class AnalyticsEngine implements AutoCloseable {
  private final String master;
  private SparkSession spark;
  private final Map<Object, TerritoryFrames> frames = new HashMap<>();

  /** @param master {@code local[*]} (in-process) or a cluster URL from {@code spark.master} */
  public AnalyticsEngine(String master) {
    this.master = master;
  }

  /** Computes and writes run {@code runId}; one run at a time. */
  public synchronized RunSummary run(TerritoryAnalytics t, long runId, Progress progress) {
    Map<String, Double> stages = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    if (spark == null) {
      progress.report(1, "starting Spark (" + master + ")");
      spark = SedonaSessions.start(master, "smartland-analytics");
      stages.put("spark_start", seconds(t0));
    }
    TerritoryFrames f = frames.computeIfAbsent(t.database(), k -> new TerritoryFrames(spark, t.catalog(), t.database()));

    long t1 = System.nanoTime();
    Map<String, String> comuni = new LinkedHashMap<>();
    List<Feature> comuniFeatures = new ArrayList<>();
    FeatureStore comuniStore = t.database().layer(FeatureSchema.of(t.catalog().layer("comuni").orElseThrow(
        () -> new IllegalArgumentException("territory '" + t.catalog().territoryId() + "' has no comuni layer"))));
    try (Stream<Feature> s = comuniStore.query(FeatureQuery.all().withProperties(List.of("istat_code", "name")))) {
      s.forEach(c -> {
        comuni.put((String) c.properties().get("istat_code"), (String) c.properties().get("name"));
        comuniFeatures.add(c);
      });
    }
    int total = t.indicators().indicators().size();
    int[] done = {0};
    Map<String, IndicatorResult> indicators = new IndicatorJob(f).run(t.indicators().indicators(), comuni, msg -> {
      if (msg.startsWith("preparing ")) {
        done[0]++;
      }
      progress.report(5 + 55.0 * done[0] / Math.max(1, total), msg);
    });
    stages.put("indicators", seconds(t1));

    long t2 = System.nanoTime();
    List<ProjectMeasures> measures = t.catalog().layer("projects").isPresent()
        ? new ProjectMeasuresJob(f).run(t.settings(), msg -> progress.report(70, msg)) : List.of();
    stages.put("project_measures", seconds(t2));

    long t3 = System.nanoTime();
    progress.report(85, "ranking " + measures.size() + " projects, " + t.settings().sensitivity().draws()
        + " sensitivity draws");
    List<Map<String, Object>> rows = priorityRows(t, indicators, measures, runId);
    stages.put("ranking", seconds(t3));

    long t4 = System.nanoTime();
    progress.report(92, "writing the result layers");
    Instant at = Instant.now();
    rows.forEach(r -> r.put("computed_at", at));
    ResultWriter writer = new ResultWriter(t.database(), t.resultLayers());
    Geometry outline = territoryOutline(t, comuniFeatures);
    writer.writeIndicators(runId, at, indicators, comuniFeatures, t.catalog().title(), outline);
    Map<String, Feature> projects = projectFeatures(t);
    rows.forEach(r -> Optional.ofNullable(projects.get((String) r.get("project_id"))).ifPresent(p ->
        p.properties().forEach(r::putIfAbsent)));
    writer.writePriorities(rows, projects.entrySet().stream().filter(e -> e.getValue().geometry().isPresent())
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().geometry().get())));
    stages.put("write", seconds(t4));
    stages.put("total", seconds(t0));
    return new RunSummary(indicators.size(), comuni.size(), measures.size(), f.inputCounts(), stages);
  }

  /**
   * Runs {@code work} on the territory's frames in the warm session, one piece of work at a time (runs and
   * scenarios wait for each other); its Spark jobs belong to {@code jobGroup}, which {@link #cancel} stops.
   */
  public synchronized <T> T withFrames(TerritoryAnalytics t, Progress progress, String jobGroup,
                                       java.util.function.Function<TerritoryFrames, T> work) {
    if (spark == null) {
      progress.report(1, "starting Spark (" + master + ")");
      spark = SedonaSessions.start(master, "smartland-analytics");
    }
    TerritoryFrames f = frames.computeIfAbsent(t.database(), k -> new TerritoryFrames(spark, t.catalog(), t.database()));
    spark.sparkContext().setJobGroup(jobGroup, jobGroup, true);
    try {
      return work.apply(f);
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  /** Cancels the Spark jobs of a group (those running and those it starts later fail at once). */
  public void cancel(String jobGroup) {
    SparkSession s = spark;
    if (s != null) {
      s.sparkContext().cancelJobGroup(jobGroup);
    }
  }

  private List<Map<String, Object>> priorityRows(TerritoryAnalytics t, Map<String, IndicatorResult> indicators,
                                                 List<ProjectMeasures> measures, long runId) {
    Map<String, Map<String, Double>> needByCorridor = new HashMap<>();
    List<ProjectCriteria> criteria = new ArrayList<>();
    for (ProjectMeasures m : measures) {
      Map<String, Double> need = needByCorridor.computeIfAbsent(m.corridor(),
          c -> NeedGap.byComune(t.indicators().ofCorridor(c), indicators));
      criteria.add(CriteriaRules.of(m, NeedGap.ofProject(m.comuni(), need), t.settings().riskCorridors()));
    }
    if (criteria.isEmpty()) {
      return List.of();
    }
    Map<String, RankedProject> ws = byId(Ranking.rank(criteria, t.settings().weights(), Method.WEIGHTED_SUM));
    Map<String, RankedProject> topsis = byId(Ranking.rank(criteria, t.settings().weights(), Method.TOPSIS));
    Map<String, RankStability> stability = Sensitivity.analyse(criteria, t.settings().weights(), Method.WEIGHTED_SUM,
        t.settings().sensitivity());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < measures.size(); i++) {
      ProjectMeasures m = measures.get(i);
      ProjectCriteria c = criteria.get(i);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("project_id", m.projectId());
      r.put("title", m.title());
      r.put("corridor", m.corridor());
      r.put("comuni_reached", String.join(";", m.comuni()));
      r.put("cost_eur", Double.isNaN(m.costEur()) ? null : m.costEur());
      r.put("residents_reached", m.residentsReached());
      r.put("buildings_reached", m.buildingsReached());
      for (Criterion k : Criterion.values()) {
        r.put(k.key(), c.of(k));
      }
      r.put("score", ws.get(m.projectId()).score());
      r.put("rank", (long) ws.get(m.projectId()).rank());
      r.put("topsis_score", topsis.get(m.projectId()).score());
      r.put("topsis_rank", (long) topsis.get(m.projectId()).rank());
      RankStability s = stability.get(m.projectId());
      r.put("rank_p05", (long) s.p05Rank());
      r.put("rank_p95", (long) s.p95Rank());
      r.put("p_top10", s.probabilityTopN());
      r.put("run_id", runId);
      rows.add(r);
    }
    return rows;
  }

  private static Map<String, RankedProject> byId(List<RankedProject> ranked) {
    Map<String, RankedProject> out = new HashMap<>();
    ranked.forEach(r -> out.put(r.projectId(), r));
    return out;
  }

  private static Geometry territoryOutline(TerritoryAnalytics t, List<Feature> comuni) {
    return t.catalog().layer("territory").flatMap(def -> {
      try (Stream<Feature> s = t.database().layer(FeatureSchema.of(def)).query(FeatureQuery.all().withProperties(
          List.of()))) {
        return s.findFirst().flatMap(Feature::geometry);
      }
    }).orElseGet(() -> ResultWriter.outline(comuni));
  }

  /** The projects with all their attributes, by project id. */
  private static Map<String, Feature> projectFeatures(TerritoryAnalytics t) {
    Map<String, Feature> out = new HashMap<>();
    LayerDefinition def = t.catalog().layer("projects").orElse(null);
    if (def == null) {
      return out;
    }
    try (Stream<Feature> s = t.database().layer(FeatureSchema.of(def)).query(FeatureQuery.all())) {
      s.forEach(p -> out.put((String) p.properties().get("project_id"), p));
    }
    return out;
  }

  private static double seconds(long since) {
    return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
  }

  @Override
  public synchronized void close() {
    if (spark != null) {
      spark.stop();
      spark = null;
      frames.clear();
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "AnalyticsEngine[%s, %s]", master, spark == null ? "cold" : "warm");
  }
}
