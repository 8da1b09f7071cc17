package org.smartland.analytics.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.smartland.analytics.exposure.HazardClass;
import org.smartland.analytics.scenario.DepthDamage;
import org.smartland.analytics.scenario.Retrofit;

/**
 * The scenarios' settings, from the {@code scenarios:} section of {@code _indicators.yaml}: the retrofit's unit
 * costs and reference consumptions, and the limits every run keeps to.
 *
 * @param retrofit the retrofit rule's parameters
 * @param limits   how many runs may wait, how long one may take, how large a geometry input may be
 * @param floodDamage the depth–damage rule of the flood's damage in euro, when configured
 */
public record ScenarioSettings(Retrofit retrofit, Limits limits, java.util.Optional<DepthDamage> floodDamage) {

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
    return new ScenarioSettings(retrofit, limits, floodDamage(section.path("flood_damage")));
  }

  private static java.util.Optional<DepthDamage> floodDamage(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return java.util.Optional.empty();
    }
    Map<HazardClass, Double> depth = new java.util.EnumMap<>(HazardClass.class);
    n.path("depth_m").fields().forEachRemaining(e -> depth.put(HazardClass.parse(e.getKey()), e.getValue().asDouble()));
    double[] depths = numbers(n.path("curve").path("depth_m"), "scenarios.flood_damage.curve.depth_m");
    double[] shares = numbers(n.path("curve").path("share"), "scenarios.flood_damage.curve.share");
    if (!n.path("eur_per_m2").isNumber()) {
      throw new IllegalArgumentException("scenarios.flood_damage.eur_per_m2 must be a number");
    }
    try {
      return java.util.Optional.of(new DepthDamage(depth, depths, shares, n.get("eur_per_m2").asDouble()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("scenarios.flood_damage: " + e.getMessage(), e);
    }
  }

  private static double[] numbers(JsonNode n, String where) {
    if (!n.isArray() || n.isEmpty()) {
      throw new IllegalArgumentException(where + " must be a list of numbers");
    }
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      if (!n.get(i).isNumber()) {
        throw new IllegalArgumentException(where + " must be a list of numbers");
      }
      out[i] = n.get(i).asDouble();
    }
    return out;
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
