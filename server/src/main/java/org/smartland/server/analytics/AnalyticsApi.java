package org.smartland.server.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import org.smartland.server.security.Role;
import org.smartland.server.security.Security;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.ServiceUnavailableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartland.analytics.results.AnalyticsLayers;
import org.smartland.analytics.runs.AnalyticsRun;
import org.smartland.analytics.runs.AnalyticsRuns;
import org.smartland.analytics.runs.TerritoryAnalytics;
import org.smartland.layers.catalog.IndicatorDefinition;
import org.smartland.server.TerritoryLayers;

/**
 * The analytics over REST: the indicator catalogue and each indicator's values, the runs that recompute them, and
 * the projects' ranking and matrix, recomputed per request with the weights given as query parameters.
 */
public final class AnalyticsApi {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TerritoryLayers territory;
  private final TerritoryAnalytics analytics;
  private final AnalyticsRuns runs;
  private final AnalyticsResults results;

  public AnalyticsApi(TerritoryLayers territory, TerritoryAnalytics analytics, AnalyticsRuns runs) {
    this.territory = territory;
    this.analytics = analytics;
    this.runs = runs;
    this.results = new AnalyticsResults(territory);
  }

  public void routes(Javalin app) {
    app.get("/api/indicators", this::catalogue);
    app.get("/api/indicators/{id}", this::indicator);
    app.post("/api/analytics/runs", this::submit);
    app.get("/api/analytics/runs", ctx -> ctx.json(runs.list().stream().map(AnalyticsRuns::toJson).toList()));
    app.get("/api/analytics/runs/{id}", this::run);
    RankingHandler ranking = new RankingHandler(analytics, results);
    app.get("/api/projects/ranking", ranking::ranking);
    app.get("/api/projects/matrix", ranking::matrix);
  }

  private void catalogue(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("territory", territory.catalog().territoryId());
    body.put("run", runJson());
    List<Map<String, Object>> list = new ArrayList<>();
    for (IndicatorDefinition d : analytics.indicators().indicators()) {
      list.add(definition(d));
    }
    body.put("indicators", list);
    List<Map<String, Object>> missing = new ArrayList<>();
    analytics.indicators().notApplicable().forEach((id, unmet) -> missing.add(Map.of("id", id, "missing", unmet)));
    body.put("not_applicable", missing);
    body.put("layer", AnalyticsLayers.INDICATORS);
    ctx.json(body);
  }

  private void indicator(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<IndicatorDefinition> d = analytics.indicators().indicator(id);
    if (d.isEmpty()) {
      List<String> unmet = analytics.indicators().notApplicable().get(id);
      throw new NotFoundResponse(unmet != null
          ? "indicator '" + id + "' does not apply to " + territory.catalog().territoryId() + ": it needs " + unmet
          : "no indicator '" + id + "'; GET /api/indicators lists them");
    }
    AnalyticsResults.IndicatorValues values = results.indicator(id).orElseThrow(AnalyticsApi::noResults);
    Map<String, Object> body = definition(d.get());
    body.put("run", Map.of("id", values.runId(), "computed_at", values.computedAt()));
    body.put("territory", values.territory());
    body.put("comuni", values.comuni());
    body.put("classes", values.classes());
    body.put("style", AnalyticsLayers.styleOf(id));
    ctx.json(body);
  }

  static ServiceUnavailableResponse noResults() {
    return new ServiceUnavailableResponse("no analytics run has succeeded yet for this territory; start one with"
        + " POST /api/analytics/runs and follow its progress");
  }

  private void submit(Context ctx) {
    Security.require(ctx, Role.ANALYST, "starting an analytics run");
    String body = ctx.body();
    if (!body.isBlank()) {
      JsonNode n;
      try {
        n = JSON.readTree(body);
      } catch (java.io.IOException e) {
        throw new BadRequestResponse("the body must be JSON such as {\"territory\": \"" + territory.catalog()
            .territoryId() + "\"}, or empty");
      }
      if (n == null || !n.isObject()) {
        throw new BadRequestResponse("the body must be a JSON object, or empty");
      }
      Set<String> known = Set.of("territory");
      n.fieldNames().forEachRemaining(f -> {
        if (!known.contains(f)) {
          throw new BadRequestResponse("unknown field '" + f + "'; a run takes only 'territory'");
        }
      });
      String asked = n.path("territory").asText(territory.catalog().territoryId());
      if (!asked.equals(territory.catalog().territoryId())) {
        throw new NotFoundResponse("territory '" + asked + "' is not served here; this server serves '"
            + territory.catalog().territoryId() + "'");
      }
    }
    AnalyticsRun run;
    try {
      run = runs.submit();
    } catch (AnalyticsRuns.Busy e) {
      throw new ConflictResponse(e.getMessage() + " (GET /api/analytics/runs/" + e.current().id() + ")");
    }
    ctx.status(202).header("Location", "/api/analytics/runs/" + run.id()).json(AnalyticsRuns.toJson(run));
  }

  private void run(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("run id must be a number, not '" + ctx.pathParam("id") + "'");
    }
    ctx.json(AnalyticsRuns.toJson(runs.get(id).orElseThrow(() -> new NotFoundResponse("no analytics run " + id))));
  }

  private Object runJson() {
    return runs.lastSucceeded().map(r -> (Object) AnalyticsRuns.toJson(r)).orElse(null);
  }

  private static Map<String, Object> definition(IndicatorDefinition d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("corridor", d.corridor());
    m.put("name_it", d.nameIt());
    m.put("name_en", d.nameEn());
    m.put("unit", d.unit());
    m.put("direction", d.direction().key());
    m.put("definition", d.definition());
    m.put("method", d.method());
    m.put("requires", d.requires());
    return m;
  }
}
