package org.smartland.analytics.indicators;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One indicator's values: per Comune (by ISTAT code, in the territory's order) and for the whole territory,
 * each with the sums it comes from.
 *
 * @param indicatorId the catalogue id
 * @param byComune    each Comune's sums and value
 * @param territory   the territory's: the sums of the Comuni's sums, then the formula
 */
public record IndicatorResult(String indicatorId, Map<String, Value> byComune, Value territory) {

  /** The sums of one place and the value they give (empty when undefined). */
  public record Value(PartialSums sums, OptionalDouble value) {
  }

  public IndicatorResult {
    byComune = Collections.unmodifiableMap(new LinkedHashMap<>(byComune));
  }

  /**
   * Applies the formula to each Comune's sums and to their total.
   *
   * @param perComune every Comune of the territory, in order; a Comune with nothing to count has {@link PartialSums#ZERO}
   */
  public static IndicatorResult of(String indicatorId, Formula formula, double scale, Map<String, PartialSums> perComune) {
    Map<String, Value> values = new LinkedHashMap<>();
    PartialSums total = PartialSums.ZERO;
    for (Map.Entry<String, PartialSums> e : perComune.entrySet()) {
      values.put(e.getKey(), new Value(e.getValue(), formula.value(e.getValue(), scale)));
      total = total.plus(e.getValue());
    }
    return new IndicatorResult(indicatorId, values, new Value(total, formula.value(total, scale)));
  }

  /** The values of the Comuni that have one. */
  public Map<String, Double> comuneValues() {
    Map<String, Double> out = new LinkedHashMap<>();
    byComune.forEach((k, v) -> v.value().ifPresent(d -> out.put(k, d)));
    return out;
  }
}
