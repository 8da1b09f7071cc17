package org.smartland.analytics.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightsTest {
  @Test
  void criteria_not_given_weigh_zero_and_keys_come_in_enum_order() {
    Weights w = Weights.of(Map.of("synergy", 1.0, "need", 2.0));
    assertEquals(2.0, w.of(Criterion.NEED));
    assertEquals(0.0, w.of(Criterion.BENEFICIARIES));
    assertEquals(5, w.values().size());
    assertEquals(List.of("need", "beneficiaries", "cost_effectiveness", "risk_reduction", "synergy"),
        List.copyOf(w.byKey().keySet()));
    assertEquals(1.0, w.byKey().get("synergy"));
    assertThrows(UnsupportedOperationException.class, () -> w.values().put(Criterion.NEED, 9.0));
  }

  @Test
  void an_unknown_key_is_named_with_the_valid_ones() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Weights.of(Map.of("need", 1.0, "equity", 1.0)));
    assertEquals("unknown criterion 'equity'; valid: need, beneficiaries, cost_effectiveness, risk_reduction, synergy",
        e.getMessage());
  }

  @Test
  void negative_or_non_finite_weights_are_rejected_naming_criterion_and_value() {
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> Weights.of(Map.of("need", -1.0, "synergy", 1.0)));
    assertEquals("weight of 'need' must be a finite number ≥ 0, not -1.0", negative.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> Weights.of(Map.of("need", 1.0, "synergy", Double.NaN)));
    assertEquals("weight of 'synergy' must be a finite number ≥ 0, not NaN", nan.getMessage());
    IllegalArgumentException infinite = assertThrows(IllegalArgumentException.class,
        () -> Weights.of(Map.of("beneficiaries", Double.POSITIVE_INFINITY)));
    assertEquals("weight of 'beneficiaries' must be a finite number ≥ 0, not Infinity", infinite.getMessage());
    Map<String, Double> withNull = new HashMap<>();
    withNull.put("need", null);
    assertThrows(IllegalArgumentException.class, () -> Weights.of(withNull));
  }

  @Test
  void all_zero_weights_are_rejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Weights.of(Map.of("need", 0.0, "synergy", 0.0)));
    assertEquals("weights must not all be zero", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Weights.of(Map.of()));
  }

  @Test
  void the_same_criterion_twice_is_rejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Weights.of(Map.of("need", 1.0, "NEED", 2.0)));
    assertEquals("criterion 'need' is given twice", e.getMessage());
  }

  @Test
  void with_replaces_only_the_given_criteria_and_validates_the_result() {
    Weights base = Weights.of(Map.of("need", 1.0, "beneficiaries", 1.0));
    Weights changed = base.with(Map.of("need", 3.0, "synergy", 0.5));
    assertEquals(3.0, changed.of(Criterion.NEED));
    assertEquals(1.0, changed.of(Criterion.BENEFICIARIES));
    assertEquals(0.5, changed.of(Criterion.SYNERGY));
    assertEquals(1.0, base.of(Criterion.NEED), "the original is unchanged");
    IllegalArgumentException allZero = assertThrows(IllegalArgumentException.class,
        () -> base.with(Map.of("need", 0.0, "beneficiaries", 0.0)));
    assertEquals("weights must not all be zero", allZero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> base.with(Map.of("risk", 1.0)));
    assertThrows(IllegalArgumentException.class, () -> base.with(Map.of("need", -0.5)));
  }

  @Test
  void normalised_weights_keep_the_proportions_and_sum_one() {
    // need 3, beneficiaries 1: sum 4 → 3/4 and 1/4
    Weights n = Weights.of(Map.of("need", 3.0, "beneficiaries", 1.0)).normalised();
    assertEquals(0.75, n.of(Criterion.NEED), 1e-15);
    assertEquals(0.25, n.of(Criterion.BENEFICIARIES), 1e-15);
    assertEquals(0.0, n.of(Criterion.SYNERGY));
    double sum = n.values().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(1.0, sum, 1e-15);
    assertTrue(n.normalised().equals(n), "normalising twice changes nothing");
  }

  @Test
  void huge_weights_normalise_without_overflow() {
    Weights n = Weights.of(Map.of("need", Double.MAX_VALUE, "synergy", Double.MAX_VALUE)).normalised();
    assertEquals(0.5, n.of(Criterion.NEED), 1e-15);
    assertEquals(0.5, n.of(Criterion.SYNERGY), 1e-15);
  }
}
