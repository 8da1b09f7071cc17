package org.smartland.analytics.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.smartland.analytics.scenario.Retrofit;

/**
 * The scenarios' settings, from the {@code scenarios:} section of {@code _indicators.yaml}: the retrofit's unit
 * costs and reference consumptions, and the limits every run keeps to.
 *
 * @param retrofit the retrofit rule's parameters
 * @param limits   how many runs may wait, how long one may take, how large a geometry input may be
 */
public record ScenarioSettings(Retrofit retrofit, Limits limits) {

  /**
   * @param maxQueued           runs that may wait besides the one running; more are refused
   * @param maxRunSeconds       a run still going after this long is cancelled
   * @param maxGeometryVertices vertices of all geometry inputs of one request together
   * @param maxFeatureIds       feature ids listed in one input
   */
  public record Limits(int maxQueued, int maxRunSeconds, int maxGeometryVertices, int maxFeatureIds) {
    public static final Limits DEFAULT = new Limits(4, 900, 10_000, 5_000);

    public Limits {
      if (maxQueued < 0 || maxRunSeconds < 1 || maxGeometryVertices < 1 || maxFeatureIds < 1) {
        throw new IllegalArgumentException("scenario limits must be positive (max_queued may be 0)");
      }
    }
  }

  public static ScenarioSettings load(Path indicatorsFile) {
    try {
      return read(new ObjectMapper(new YAMLFactory()).readTree(indicatorsFile.toFile()).path("scenarios"));
    } catch (IOException e) {
      throw new IllegalArgumentException(indicatorsFile + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * @throws IllegalArgumentException naming the setting that is missing or wrong
   */
  public static ScenarioSettings read(JsonNode section) {
    JsonNode r = section.path("retrofit");
    Map<String, Double> kwh = classTable(r.path("target_kwh_m2"), "scenarios.retrofit.target_kwh_m2");
    Map<String, Double> cost = classTable(r.path("cost_eur_m2"), "scenarios.retrofit.cost_eur_m2");
    Retrofit retrofit = new Retrofit(kwh, cost, number(r, "pv_cost_eur_kwp"), number(r, "pv_yield_kwh_kwp"),
        number(r, "eur_per_kwh"), number(r, "co2_t_per_kwh"));
    JsonNode l = section.path("limits");
    Limits d = Limits.DEFAULT;
    Limits limits = new Limits(l.path("max_queued").asInt(d.maxQueued()), l.path("max_run_seconds")
        .asInt(d.maxRunSeconds()), l.path("max_geometry_vertices").asInt(d.maxGeometryVertices()),
        l.path("max_feature_ids").asInt(d.maxFeatureIds()));
    return new ScenarioSettings(retrofit, limits);
  }

  private static Map<String, Double> classTable(JsonNode n, String where) {
    if (!n.isObject() || n.isEmpty()) {
      throw new IllegalArgumentException(where + " must map energy classes to numbers, e.g. {A4: 15, B: 60}");
    }
    Map<String, Double> out = new LinkedHashMap<>();
    n.fields().forEachRemaining(e -> {
      if (!e.getValue().isNumber() || e.getValue().asDouble() < 0) {
        throw new IllegalArgumentException(where + "." + e.getKey() + " must be a number ≥ 0");
      }
      out.put(e.getKey().toUpperCase(Locale.ROOT), e.getValue().asDouble());
    });
    return out;
  }

  private static double number(JsonNode n, String key) {
    if (!n.path(key).isNumber()) {
      throw new IllegalArgumentException("scenarios.retrofit." + key + " must be a number");
    }
    return n.get(key).asDouble();
  }
}
