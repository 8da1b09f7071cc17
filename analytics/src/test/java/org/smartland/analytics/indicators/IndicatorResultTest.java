package org.smartland.analytics.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** From partial sums to values, per Comune and for the territory. */
class IndicatorResultTest {
  @Test
  void a_ratio_is_scale_times_numerator_over_denominator() {
    assertEquals(75.0, Formula.RATIO.value(new PartialSums(3, 4), 100).getAsDouble(), 1e-12, "3 of 4 residents: 75 %");
    assertEquals(2.5, Formula.RATIO.value(new PartialSums(5, 20_000), 10_000).getAsDouble(), 1e-12,
        "5 stations for 20,000 residents: 2.5 per 10,000");
  }

  @Test
  void a_ratio_over_nothing_has_no_value() {
    assertEquals(OptionalDouble.empty(), Formula.RATIO.value(new PartialSums(0, 0), 100));
    assertEquals(OptionalDouble.empty(), Formula.RATIO.value(new PartialSums(7, 0), 100), "not infinity");
  }

  @Test
  void a_sum_ignores_the_denominator() {
    assertEquals(2.5, Formula.SUM.value(new PartialSums(2_500, 0), 0.001).getAsDouble(), 1e-12, "2,500 m = 2.5 km");
    assertEquals(2.5, Formula.SUM.value(new PartialSums(2_500, 99), 0.001).getAsDouble(), 1e-12);
    assertEquals(0.0, Formula.SUM.value(PartialSums.ZERO, 1).getAsDouble(), "nothing to count is 0, not undefined");
  }

  @Test
  void the_territory_applies_the_formula_to_the_summed_sums_not_the_mean_of_the_ratios() {
    Map<String, PartialSums> perComune = new LinkedHashMap<>();
    perComune.put("A", new PartialSums(9, 10));   // 90 %
    perComune.put("B", new PartialSums(10, 90));  // 11.1 %
    perComune.put("C", PartialSums.ZERO);         // no residents: no value
    IndicatorResult r = IndicatorResult.of("share", Formula.RATIO, 100, perComune);

    assertEquals(90.0, r.byComune().get("A").value().getAsDouble(), 1e-12);
    assertEquals(100.0 / 9, r.byComune().get("B").value().getAsDouble(), 1e-12);
    assertEquals(OptionalDouble.empty(), r.byComune().get("C").value());
    // 19 of 100 residents: 19 %, while the mean of the two ratios would be (90 + 11.1) / 2 = 50.6 %.
    assertEquals(new PartialSums(19, 100), r.territory().sums());
    assertEquals(19.0, r.territory().value().getAsDouble(), 1e-12);
    assertNotEquals((90.0 + 100.0 / 9) / 2, r.territory().value().getAsDouble(), 1);
  }

  @Test
  void comuni_keep_their_order_and_only_those_with_a_value_have_one() {
    Map<String, PartialSums> perComune = new LinkedHashMap<>();
    perComune.put("015247", new PartialSums(1, 2));
    perComune.put("015011", PartialSums.ZERO);
    perComune.put("015093", new PartialSums(3, 4));
    IndicatorResult r = IndicatorResult.of("share", Formula.RATIO, 1, perComune);
    assertEquals(List.of("015247", "015011", "015093"), List.copyOf(r.byComune().keySet()));
    assertEquals(Map.of("015247", 0.5, "015093", 0.75), r.comuneValues());
    assertEquals(List.of("015247", "015093"), List.copyOf(r.comuneValues().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> r.byComune().clear());
  }

  @Test
  void a_sum_of_the_territory_adds_the_comuni() {
    Map<String, PartialSums> perComune = new LinkedHashMap<>();
    perComune.put("A", new PartialSums(1_200, 0));
    perComune.put("B", new PartialSums(300, 0));
    IndicatorResult r = IndicatorResult.of("km", Formula.SUM, 0.001, perComune);
    assertEquals(1.2, r.byComune().get("A").value().getAsDouble(), 1e-12);
    assertEquals(1.5, r.territory().value().getAsDouble(), 1e-12);
  }

  @Test
  void partial_sums_are_finite() {
    assertThrows(IllegalArgumentException.class, () -> new PartialSums(Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> new PartialSums(1, Double.POSITIVE_INFINITY));
    assertEquals(new PartialSums(4, 6), new PartialSums(1, 2).plus(new PartialSums(3, 4)));
  }
}
