package org.smartland.analytics.priority;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartland.analytics.ranking.SensitivitySettings;
import org.smartland.analytics.ranking.Weights;

/**
 * How projects are prioritised, from the {@code prioritisation} section of the indicator catalogue: the default
 * weights of the criteria, each corridor's influence radius (the area whose residents and buildings a project
 * reaches), the distance within which projects of other corridors count as synergies, the corridors whose
 * projects reduce risk, and the sensitivity analysis.
 */
public record PrioritisationSettings(Weights weights, Map<String, Double> influenceM, double defaultInfluenceM,
                                     double synergyM, Set<String> riskCorridors, SensitivitySettings sensitivity) {

  public PrioritisationSettings {
    influenceM = Map.copyOf(influenceM);
    riskCorridors = Set.copyOf(riskCorridors);
    for (Map.Entry<String, Double> e : influenceM.entrySet()) {
      if (!(e.getValue() >= 0) || Double.isInfinite(e.getValue())) {
        throw new IllegalArgumentException("influence radius of '" + e.getKey() + "' must be a finite number of metres ≥ 0");
      }
    }
    if (!(synergyM >= 0) || !(defaultInfluenceM >= 0)) {
      throw new IllegalArgumentException("distances must be ≥ 0");
    }
  }

  /** The influence radius of a corridor's projects, in metres. */
  public double influenceOf(String corridor) {
    return influenceM.getOrDefault(corridor, defaultInfluenceM);
  }

  /**
   * Reads the section; every key is optional and falls back to the defaults written in the catalogue's header.
   *
   * @throws IllegalArgumentException naming the key that is wrong
   */
  public static PrioritisationSettings read(JsonNode section) {
    JsonNode p = section == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : section;
    Map<String, Double> w = new LinkedHashMap<>(Map.of("need", 0.30, "beneficiaries", 0.25, "cost_effectiveness", 0.20,
        "risk_reduction", 0.15, "synergy", 0.10));
    p.path("weights").fields().forEachRemaining(e -> w.put(e.getKey(), number(e.getValue(), "weights." + e.getKey())));
    Map<String, Double> influence = new LinkedHashMap<>();
    p.path("influence_m").fields().forEachRemaining(e -> influence.put(e.getKey(),
        number(e.getValue(), "influence_m." + e.getKey())));
    List<String> risk = new java.util.ArrayList<>();
    p.path("risk_corridors").forEach(n -> risk.add(n.asText()));
    if (!p.has("risk_corridors")) {
      risk.add("acqua");
    }
    JsonNode s = p.path("sensitivity");
    SensitivitySettings d = SensitivitySettings.defaults();
    SensitivitySettings sensitivity = new SensitivitySettings(s.path("draws").asInt(d.draws()),
        s.path("spread").asDouble(d.spread()), s.path("seed").asLong(d.seed()), s.path("top").asInt(d.topN()));
    return new PrioritisationSettings(Weights.of(w), influence, p.path("default_influence_m").asDouble(500),
        p.path("synergy_m").asDouble(1000), Set.copyOf(risk), sensitivity);
  }

  private static double number(JsonNode n, String key) {
    if (!n.isNumber()) {
      throw new IllegalArgumentException("prioritisation." + key + " must be a number, not '" + n.asText() + "'");
    }
    return n.asDouble();
  }
}
