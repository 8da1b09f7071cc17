package org.smartland.analytics.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CriterionAndMethodTest {
  @Test
  void criteria_parse_by_key_and_list_the_valid_keys_otherwise() {
    assertEquals(Criterion.RISK_REDUCTION, Criterion.parse(" Risk_Reduction "));
    assertEquals("cost_effectiveness", Criterion.COST_EFFECTIVENESS.key());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Criterion.parse("cost"));
    assertEquals("unknown criterion 'cost'; valid: need, beneficiaries, cost_effectiveness, risk_reduction, synergy",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Criterion.parse(null));
  }

  @Test
  void methods_parse_case_insensitively_with_the_wsum_alias() {
    assertEquals(Method.WEIGHTED_SUM, Method.parse("weighted_sum"));
    assertEquals(Method.WEIGHTED_SUM, Method.parse("WSUM"));
    assertEquals(Method.TOPSIS, Method.parse(" TopSis "));
    assertEquals("weighted_sum", Method.WEIGHTED_SUM.key());
    assertEquals("topsis", Method.TOPSIS.key());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Method.parse("ahp"));
    assertEquals("unknown ranking method 'ahp'; valid: weighted_sum (or wsum), topsis", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Method.parse(null));
  }
}
