package org.smartland.analytics.priority;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartland.analytics.indicators.IndicatorResult;
import org.smartland.layers.catalog.IndicatorDefinition;

/**
 * How far each Comune lags behind the territory in a corridor: for every indicator of the corridor, the gap
 * between the Comune's value and the territory's, in standard deviations of the Comuni's values, signed so that
 * a positive gap means worse than the territory (higher for a higher-is-worse indicator, lower for a
 * higher-is-better one); the corridor's need is the mean gap over its indicators that have a value there.
 */
public final class NeedGap {
  private NeedGap() {
  }

  /**
   * @param indicators the corridor's indicators
   * @param results    their results
   * @return each Comune's need in the corridor (0 where no indicator has a value), in the results' Comune order
   */
  public static Map<String, Double> byComune(List<IndicatorDefinition> indicators, Map<String, IndicatorResult> results) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (IndicatorDefinition d : indicators) {
      IndicatorResult r = results.get(d.id());
      if (r == null) {
        continue;
      }
      r.byComune().keySet().forEach(k -> sums.putIfAbsent(k, new double[2]));
      Map<String, Double> values = r.comuneValues();
      if (values.isEmpty() || r.territory().value().isEmpty()) {
        continue;
      }
      double mean = values.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
      double variance = values.values().stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0);
      double sd = Math.sqrt(variance);
      double territory = r.territory().value().getAsDouble();
      double sign = d.direction() == IndicatorDefinition.Direction.HIGHER_IS_WORSE ? 1 : -1;
      values.forEach((comune, v) -> {
        double[] s = sums.get(comune);
        s[0] += sd == 0 ? 0 : sign * (v - territory) / sd;
        s[1] += 1;
      });
    }
    Map<String, Double> out = new LinkedHashMap<>();
    sums.forEach((k, s) -> out.put(k, s[1] == 0 ? 0 : s[0] / s[1]));
    return out;
  }

  /** A project's need: the mean need of the Comuni it touches; 0 when it touches none. */
  public static double ofProject(List<String> comuni, Map<String, Double> needByComune) {
    return comuni.stream().mapToDouble(c -> needByComune.getOrDefault(c, 0.0)).average().orElse(0);
  }
}
