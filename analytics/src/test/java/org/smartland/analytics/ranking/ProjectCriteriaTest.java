package org.smartland.analytics.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.smartland.analytics.ranking.Fixtures.project;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectCriteriaTest {
  @Test
  void need_may_be_negative() {
    assertEquals(-12.5, project("p1", -12.5, 0, 0, 0, 0).of(Criterion.NEED));
  }

  @Test
  void every_criterion_is_required() {
    Map<Criterion, Double> values = new EnumMap<>(Criterion.class);
    values.put(Criterion.NEED, 1.0);
    values.put(Criterion.BENEFICIARIES, 1.0);
    values.put(Criterion.COST_EFFECTIVENESS, 1.0);
    values.put(Criterion.RISK_REDUCTION, 1.0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ProjectCriteria("p1", values));
    assertEquals("project 'p1': missing criterion 'synergy'", e.getMessage());
  }

  @Test
  void values_must_be_finite_and_the_id_not_blank() {
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> project("p1", 1, Double.NaN, 0, 0, 0));
    assertEquals("project 'p1': criterion 'beneficiaries' must be finite, not NaN", nan.getMessage());
    IllegalArgumentException infinite = assertThrows(IllegalArgumentException.class,
        () -> project("p2", 1, 0, 0, Double.NEGATIVE_INFINITY, 0));
    assertEquals("project 'p2': criterion 'risk_reduction' must be finite, not -Infinity", infinite.getMessage());
    assertThrows(IllegalArgumentException.class, () -> project(" ", 1, 0, 0, 0, 0));
  }
}
