package org.smartland.analytics.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartland.analytics.ranking.Fixtures.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {
  private static final Weights NEED_3_BENEFICIARIES_1 = Weights.of(Map.of("need", 3.0, "beneficiaries", 1.0));

  private static List<String> ids(List<RankedProject> ranking) {
    return ranking.stream().map(RankedProject::projectId).toList();
  }

  @Test
  void weighted_sum_by_hand() {
    // Weights need 3, beneficiaries 1 → 0.75, 0.25; cost effectiveness varies but weighs 0.
    // need 10, 20, 30 → 0, 0.5, 1; beneficiaries 100, 400, 200 (range 300) → 0, 1, 1/3
    // A = 0.75·0   + 0.25·0   = 0
    // B = 0.75·0.5 + 0.25·1   = 0.375 + 0.25 = 0.625
    // C = 0.75·1   + 0.25·1/3 = 0.75 + 0.0833… = 0.8333…
    List<RankedProject> r = Ranking.rank(List.of(
        project("A", 10, 100, 7, 0, 1),
        project("B", 20, 400, 3, 0, 1),
        project("C", 30, 200, 5, 0, 1)), NEED_3_BENEFICIARIES_1, Method.WEIGHTED_SUM);
    assertEquals(List.of("C", "B", "A"), ids(r));
    assertEquals(List.of(1, 2, 3), r.stream().map(RankedProject::rank).toList());
    assertEquals(0.75 + 0.25 / 3, r.get(0).score(), 1e-12);
    assertEquals(0.625, r.get(1).score(), 1e-12);
    assertEquals(0.0, r.get(2).score(), 1e-12);

    RankedProject c = r.get(0);
    assertEquals(1.0 / 3, c.normalised().get(Criterion.BENEFICIARIES), 1e-12);
    assertEquals(0.5, c.normalised().get(Criterion.COST_EFFECTIVENESS), 1e-12, "costs 3, 5, 7 → 0.5");
    assertEquals(0.0, c.contributions().get(Criterion.COST_EFFECTIVENESS), "a zero weight contributes nothing");
    assertEquals(0.75, c.contributions().get(Criterion.NEED), 1e-12);
    for (RankedProject p : r) {
      double sum = p.contributions().values().stream().mapToDouble(Double::doubleValue).sum();
      assertEquals(p.score(), sum, 1e-12, "contributions add up to the score of " + p.projectId());
    }
  }

  @Test
  void a_constant_criterion_does_not_discriminate() {
    // Weights need 1, synergy 1 → 0.5 each; synergy is 5 everywhere → normalised 0 for all.
    // need −10, 0, 30 (signed gap, range 40) → 0, 0.25, 1 → scores 0, 0.125, 0.5
    List<RankedProject> r = Ranking.rank(List.of(
        project("p1", -10, 0, 0, 0, 5),
        project("p2", 0, 0, 0, 0, 5),
        project("p3", 30, 0, 0, 0, 5)), Weights.of(Map.of("need", 1.0, "synergy", 1.0)), Method.WEIGHTED_SUM);
    assertEquals(List.of("p3", "p2", "p1"), ids(r));
    assertEquals(List.of(0.5, 0.125, 0.0), r.stream().map(RankedProject::score).toList());
    for (RankedProject p : r) {
      assertEquals(0.0, p.normalised().get(Criterion.SYNERGY));
      assertEquals(0.0, p.contributions().get(Criterion.SYNERGY));
    }
  }

  @Test
  void topsis_by_hand() {
    // Weights need 2, beneficiaries 1, risk reduction 1 → 0.5, 0.25, 0.25.
    //      raw (need, ben, risk)   normalised        weighted v
    // A    (0, 10,  5)             (0,   0,   0.5)   (0,    0,     0.125)
    // B    (4, 30,  0)             (1,   1,   0)     (0.5,  0.25,  0)
    // C    (2, 20, 10)             (0.5, 0.5, 1)     (0.25, 0.125, 0.25)
    // ideal (0.5, 0.25, 0.25), anti-ideal (0, 0, 0)
    // A: d+ = √(0.25 + 0.0625 + 0.015625) = √0.328125 = 0.5728219619, d− = 0.125
    //    closeness 0.125 / 0.6978219619 = 0.1791287847
    // B: d+ = √0.0625 = 0.25, d− = √(0.25 + 0.0625) = 0.5590169944
    //    closeness 0.5590169944 / 0.8090169944 = 0.6909830056
    // C: d+ = √(0.0625 + 0.015625) = 0.2795084972, d− = √(0.0625 + 0.015625 + 0.0625) = 0.375
    //    closeness 0.375 / 0.6545084972 = 0.5729490169
    Weights w = Weights.of(Map.of("need", 2.0, "beneficiaries", 1.0, "risk_reduction", 1.0));
    List<RankedProject> r = Ranking.rank(List.of(
        project("A", 0, 10, 1, 5, 0),
        project("B", 4, 30, 1, 0, 0),
        project("C", 2, 20, 1, 10, 0)), w, Method.TOPSIS);
    assertEquals(List.of("B", "C", "A"), ids(r));
    assertEquals(0.6909830056, r.get(0).score(), 1e-9);
    assertEquals(0.5729490169, r.get(1).score(), 1e-9);
    assertEquals(0.1791287847, r.get(2).score(), 1e-9);
    assertEquals(0.5, r.get(0).contributions().get(Criterion.NEED), 1e-12, "contributions are still w × n");
    assertEquals(0.25, r.get(1).contributions().get(Criterion.RISK_REDUCTION), 1e-12);
  }

  @Test
  void topsis_with_nothing_to_tell_apart_scores_zero() {
    List<RankedProject> r = Ranking.rank(List.of(
        project("b", 1, 2, 3, 4, 5),
        project("a", 1, 2, 3, 4, 5)), Weights.of(Map.of("need", 1.0)), Method.TOPSIS);
    assertEquals(List.of("a", "b"), ids(r));
    assertEquals(0.0, r.get(0).score());
    assertEquals(0.0, r.get(1).score());
  }

  @Test
  void ties_are_broken_by_project_id() {
    Weights equal = Weights.of(Map.of("need", 1.0, "beneficiaries", 1.0));
    List<RankedProject> r = Ranking.rank(List.of(
        project("c", 0, 0, 0, 0, 0),
        project("b", 5, 5, 0, 0, 0),
        project("a", 5, 5, 0, 0, 0)), equal, Method.WEIGHTED_SUM);
    assertEquals(List.of("a", "b", "c"), ids(r));
    assertEquals(List.of(1, 2, 3), r.stream().map(RankedProject::rank).toList());
  }

  @Test
  void scores_within_rounding_error_are_tied() {
    // need 0, 1, 3, 10 → 0.1 and 0.3 for b and a; beneficiaries 0, 2, 0, 10 → 0.2 and 0 for b and a
    // b = 0.5·0.1 + 0.5·0.2 = 0.15000000000000002, a = 0.5·0.3 + 0.5·0 = 0.15: the same score but for rounding
    List<RankedProject> r = Ranking.rank(List.of(
        project("min", 0, 0, 0, 0, 0),
        project("b", 1, 2, 0, 0, 0),
        project("a", 3, 0, 0, 0, 0),
        project("max", 10, 10, 0, 0, 0)), Weights.of(Map.of("need", 1.0, "beneficiaries", 1.0)),
        Method.WEIGHTED_SUM);
    assertEquals(List.of("max", "a", "b", "min"), ids(r));
    assertTrue(r.get(2).score() > r.get(1).score(), "b is ahead by rounding only");
  }

  @Test
  void the_same_input_gives_the_same_ranking_in_any_order() {
    List<ProjectCriteria> projects = new ArrayList<>(List.of(
        project("p1", 3, 10, 2, 1, 0),
        project("p2", 3, 10, 2, 1, 0),
        project("p3", 1, 30, 4, 0, 2),
        project("p4", -2, 20, 1, 5, 1)));
    Weights w = Weights.of(Map.of("need", 1.0, "beneficiaries", 2.0, "risk_reduction", 1.0, "synergy", 0.5));
    for (Method m : Method.values()) {
      List<RankedProject> first = Ranking.rank(projects, w, m);
      assertEquals(first, Ranking.rank(projects, w, m));
      Collections.reverse(projects);
      assertEquals(first, Ranking.rank(projects, w, m));
    }
  }

  @Test
  void the_method_changes_the_scores_not_the_normalised_values() {
    List<ProjectCriteria> projects = List.of(project("x", 1, 9, 0, 0, 0), project("y", 2, 3, 0, 0, 0),
        project("z", 3, 1, 0, 0, 0));
    List<RankedProject> wsum = Ranking.rank(projects, NEED_3_BENEFICIARIES_1, Method.WEIGHTED_SUM);
    List<RankedProject> topsis = Ranking.rank(projects, NEED_3_BENEFICIARIES_1, Method.TOPSIS);
    assertNotEquals(wsum.get(1).score(), topsis.get(1).score());
    assertEquals(wsum.get(1).normalised(), topsis.stream()
        .filter(p -> p.projectId().equals(wsum.get(1).projectId())).findFirst().orElseThrow().normalised());
  }

  @Test
  void invalid_inputs_are_rejected_and_no_projects_rank_nothing() {
    IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class, () -> Ranking.rank(
        List.of(project("p1", 1, 0, 0, 0, 0), project("p1", 2, 0, 0, 0, 0)), NEED_3_BENEFICIARIES_1,
        Method.TOPSIS));
    assertEquals("duplicate project id 'p1'", duplicate.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Ranking.rank(List.of(project("p1", 1, 0, 0, 0, 0)), NEED_3_BENEFICIARIES_1, null));
    assertEquals(List.of(), Ranking.rank(List.of(), NEED_3_BENEFICIARIES_1, Method.WEIGHTED_SUM));
  }

  @Test
  void a_single_project_ranks_first() {
    List<RankedProject> r = Ranking.rank(List.of(project("only", 1, 2, 3, 4, 5)), NEED_3_BENEFICIARIES_1,
        Method.TOPSIS);
    assertEquals(1, r.size());
    assertEquals(1, r.get(0).rank());
  }
}
