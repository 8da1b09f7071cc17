package org.smartland.server.analytics;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.smartland.analytics.ranking.Criterion;
import org.smartland.analytics.ranking.MatrixCell;
import org.smartland.analytics.ranking.Method;
import org.smartland.analytics.ranking.PortfolioMatrix;
import org.smartland.analytics.ranking.PortfolioProject;
import org.smartland.analytics.ranking.ProjectCriteria;
import org.smartland.analytics.ranking.RankStability;
import org.smartland.analytics.ranking.RankedProject;
import org.smartland.analytics.ranking.Ranking;
import org.smartland.analytics.ranking.Sensitivity;
import org.smartland.analytics.ranking.SensitivitySettings;
import org.smartland.analytics.ranking.Weights;
import org.smartland.analytics.runs.TerritoryAnalytics;
import org.smartland.layers.catalog.Corridor;

/**
 * {@code GET /api/projects/ranking} and {@code GET /api/projects/matrix}: the projects' stored criteria (from the
 * latest run) scored with the configured weights, each overridable by a query parameter of the criterion's name
 * ({@code need}, {@code beneficiaries}, {@code cost_effectiveness}, {@code risk_reduction}, {@code synergy}), by
 * {@code method} ({@code weighted_sum} or {@code topsis}), with a sensitivity analysis ({@code draws},
 * {@code spread}, {@code seed}, {@code top}); {@code corridor} and {@code comune} filter the list after ranking.
 */
final class RankingHandler {
  private static final Set<String> PARAMETERS = Set.of("method", "draws", "spread", "seed", "top", "corridor",
      "comune");

  private final TerritoryAnalytics analytics;
  private final AnalyticsResults results;

  RankingHandler(TerritoryAnalytics analytics, AnalyticsResults results) {
    this.analytics = analytics;
    this.results = results;
  }

  /** A request's scoring: weights, method, sensitivity. */
  private record Scoring(Weights weights, Method method, SensitivitySettings sensitivity) {
  }

  void ranking(Context ctx) {
    Scoring s = scoring(ctx);
    List<Map<String, Object>> rows = rows();
    List<ProjectCriteria> criteria = rows.stream().map(RankingHandler::criteria).toList();
    List<RankedProject> ranked = Ranking.rank(criteria, s.weights(), s.method());
    Map<String, RankStability> stability = Sensitivity.analyse(criteria, s.weights(), s.method(), s.sensitivity());
    Map<String, Map<String, Object>> byId = new HashMap<>();
    rows.forEach(r -> byId.put((String) r.get("project_id"), r));
    String corridor = ctx.queryParam("corridor");
    String comune = ctx.queryParam("comune");
    List<Map<String, Object>> projects = new ArrayList<>();
    for (RankedProject p : ranked) {
      Map<String, Object> row = byId.get(p.projectId());
      List<String> comuni = split((String) row.get("comuni_reached"));
      if ((corridor != null && !corridor.equals(row.get("corridor"))) || (comune != null && !comuni.contains(comune))) {
        continue;
      }
      RankStability st = stability.get(p.projectId());
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("rank", p.rank());
      out.put("project_id", p.projectId());
      out.put("title", row.get("title"));
      out.put("corridor", row.get("corridor"));
      out.put("comuni", comuni);
      out.put("cost_eur", row.get("cost_eur"));
      out.put("residents_reached", row.get("residents_reached"));
      out.put("buildings_reached", row.get("buildings_reached"));
      out.put("score", p.score());
      out.put("criteria", byKey(criteria(row).values()));
      out.put("normalised", byKey(p.normalised()));
      out.put("contributions", byKey(p.contributions()));
      Map<String, Object> interval = new LinkedHashMap<>();
      interval.put("p05", st.p05Rank());
      interval.put("median", st.medianRank());
      interval.put("p95", st.p95Rank());
      interval.put("best", st.bestRank());
      interval.put("worst", st.worstRank());
      out.put("rank_interval", interval);
      out.put("p_top", st.probabilityTopN());
      projects.add(out);
    }
    Map<String, Object> body = header(s, rows);
    body.put("projects", projects);
    ctx.json(body);
  }

  void matrix(Context ctx) {
    Scoring s = scoring(ctx);
    List<Map<String, Object>> rows = rows();
    List<ProjectCriteria> criteria = rows.stream().map(RankingHandler::criteria).toList();
    Map<String, Double> scores = new HashMap<>();
    Ranking.rank(criteria, s.weights(), s.method()).forEach(p -> scores.put(p.projectId(), p.score()));
    Map<String, List<String>> declared = results.declaredComuni();
    List<PortfolioProject> portfolio = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      String id = (String) r.get("project_id");
      List<String> comuni = declared.getOrDefault(id, List.of());
      if (comuni.isEmpty()) {
        comuni = split((String) r.get("comuni_reached"));
      }
      if (comuni.isEmpty()) {
        continue;
      }
      Object cost = r.get("cost_eur");
      portfolio.add(new PortfolioProject(id, (String) r.get("title"), (String) r.get("corridor"), comuni,
          cost instanceof Double d ? d : Double.NaN, scores.get(id)));
    }
    List<Map<String, Object>> cells = new ArrayList<>();
    for (MatrixCell c : PortfolioMatrix.of(portfolio)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("corridor", c.corridor());
      m.put("comune", c.comune());
      m.put("projects", c.projects());
      m.put("total_cost_eur", c.totalCostEur());
      m.put("mean_score", c.meanScore());
      m.put("top_project", Map.of("project_id", c.topProjectId(), "title", c.topProjectTitle()));
      cells.add(m);
    }
    Map<String, Object> body = header(s, rows);
    List<Map<String, Object>> corridors = new ArrayList<>();
    for (Corridor c : analytics.catalog().corridors()) {
      corridors.add(Map.of("id", c.id(), "name_it", c.nameIt(), "name_en", c.nameEn(), "colour", c.colour()));
    }
    body.put("corridors", corridors);
    List<Map<String, Object>> comuni = new ArrayList<>();
    results.comuniNames().forEach((k, v) -> comuni.add(Map.of("istat_code", k, "name", v)));
    body.put("comuni", comuni);
    body.put("projects", portfolio.size());
    body.put("cells", cells);
    body.put("note", "A project counts in every Comune of the programme's classification; its cost is shared equally"
        + " among them, so the cells add up to the portfolio's cost.");
    ctx.json(body);
  }

  private Map<String, Object> header(Scoring s, List<Map<String, Object>> rows) {
    Map<String, Object> body = new LinkedHashMap<>();
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("id", rows.get(0).get("run_id"));
    run.put("computed_at", String.valueOf(rows.get(0).get("computed_at")));
    body.put("run", run);
    body.put("method", s.method().key());
    body.put("weights", s.weights().byKey());
    body.put("normalised_weights", s.weights().normalised().byKey());
    body.put("sensitivity", Map.of("draws", s.sensitivity().draws(), "spread", s.sensitivity().spread(), "seed",
        s.sensitivity().seed(), "top", s.sensitivity().topN(), "rule", "each draw multiplies every weight by a"
            + " factor uniform in [1 - spread, 1 + spread] and ranks again; rank_interval gives the 5th and 95th"
            + " percentiles, p_top the share of draws in the top " + s.sensitivity().topN()));
    return body;
  }

  private List<Map<String, Object>> rows() {
    List<Map<String, Object>> rows = results.priorities();
    if (rows.isEmpty()) {
      throw AnalyticsApi.noResults();
    }
    return rows;
  }

  private Scoring scoring(Context ctx) {
    Map<String, Double> overrides = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
      String key = p.getKey();
      if (PARAMETERS.contains(key)) {
        continue;
      }
      if (Stream.of(Criterion.values()).noneMatch(c -> c.key().equals(key))) {
        throw new BadRequestResponse("unknown parameter '" + key + "'; the weights are " + Stream.of(
            Criterion.values()).map(Criterion::key).toList() + ", the options " + PARAMETERS);
      }
      overrides.put(key, number(key, p.getValue().get(0)));
    }
    try {
      Weights weights = analytics.settings().weights().with(overrides);
      Method method = ctx.queryParam("method") == null ? Method.WEIGHTED_SUM : Method.parse(ctx.queryParam("method"));
      SensitivitySettings d = analytics.settings().sensitivity();
      SensitivitySettings sensitivity = new SensitivitySettings(
          (int) integer("draws", ctx.queryParam("draws"), d.draws()),
          ctx.queryParam("spread") == null ? d.spread() : number("spread", ctx.queryParam("spread")),
          integer("seed", ctx.queryParam("seed"), d.seed()), (int) integer("top", ctx.queryParam("top"), d.topN()));
      return new Scoring(weights, method, sensitivity);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  private static double number(String key, String value) {
    try {
      double v = Double.parseDouble(value.trim());
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("parameter '" + key + "' must be a number, not '" + value + "'");
    }
  }

  private static long integer(String key, String value, long fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      long v = Long.parseLong(value.trim());
      if (v > Integer.MAX_VALUE && !key.equals("seed")) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("parameter '" + key + "' must be a whole number, not '" + value + "'");
    }
  }

  private static ProjectCriteria criteria(Map<String, Object> row) {
    Map<Criterion, Double> v = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      Object x = row.get(c.key());
      v.put(c, x instanceof Number n ? n.doubleValue() : 0.0);
    }
    return new ProjectCriteria((String) row.get("project_id"), v);
  }

  private static Map<String, Double> byKey(Map<Criterion, Double> values) {
    Map<String, Double> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k.key(), v));
    return out;
  }

  private static List<String> split(String codes) {
    return codes == null || codes.isBlank() ? List.of() : List.of(codes.split(";"));
  }
}
