package org.smartland.analytics.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartland.analytics.ranking.Fixtures.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SensitivityTest {
  private static final Weights EQUAL = Weights.of(Map.of("need", 1.0, "beneficiaries", 1.0, "cost_effectiveness",
      1.0, "risk_reduction", 1.0, "synergy", 1.0));

  /** x and y trade need for beneficiaries almost evenly (0.75 against 0.745); z trails on both. */
  private static final List<ProjectCriteria> CLOSE_PAIR = List.of(
      project("x", 10.2, 5, 0, 0, 0),
      project("y", 5, 10, 0, 0, 0),
      project("z", 0, 0, 0, 0, 0));
  private static final Weights NEED_AND_BENEFICIARIES = Weights.of(Map.of("need", 1.0, "beneficiaries", 1.0));

  private static List<ProjectCriteria> mixed() {
    return List.of(
        project("p1", 3, 10, 2, 1, 0),
        project("p2", 1, 30, 4, 0, 2),
        project("p3", -2, 20, 1, 5, 1),
        project("p4", 2, 15, 3, 2, 2));
  }

  @Test
  void without_spread_every_draw_is_the_base_ranking() {
    Weights w = Weights.of(Map.of("need", 1.0, "beneficiaries", 2.0, "risk_reduction", 1.0));
    for (Method m : Method.values()) {
      Map<String, RankStability> s = Sensitivity.analyse(mixed(), w, m, new SensitivitySettings(50, 0, 7, 2));
      List<RankedProject> base = Ranking.rank(mixed(), w, m);
      assertEquals(base.stream().map(RankedProject::projectId).toList(), List.copyOf(s.keySet()),
          "the map keeps the base ranking's order");
      for (RankedProject p : base) {
        RankStability r = s.get(p.projectId());
        int rank = p.rank();
        assertEquals(List.of(rank, rank, rank, rank, rank, rank),
            List.of(r.baseRank(), r.bestRank(), r.worstRank(), r.p05Rank(), r.medianRank(), r.p95Rank()));
        assertEquals(rank <= 2 ? 1.0 : 0.0, r.probabilityTopN());
      }
    }
  }

  @Test
  void a_project_best_on_every_criterion_is_always_first() {
    List<ProjectCriteria> projects = List.of(
        project("e", 5, 9, 1, 3, 2),
        project("d", 10, 10, 10, 10, 10),
        project("f", 9, 1, 9, 9, 9));
    for (Method m : Method.values()) {
      RankStability d = Sensitivity.analyse(projects, EQUAL, m, new SensitivitySettings(500, 0.9, 3, 1)).get("d");
      assertEquals(1, d.baseRank());
      assertEquals(1, d.bestRank());
      assertEquals(1, d.worstRank());
      assertEquals(1.0, d.probabilityTopN());
    }
  }

  @Test
  void the_same_seed_gives_the_same_numbers() {
    SensitivitySettings settings = new SensitivitySettings(1000, 0.5, 99, 1);
    Map<String, RankStability> first = Sensitivity.analyse(CLOSE_PAIR, NEED_AND_BENEFICIARIES, Method.TOPSIS,
        settings);
    assertEquals(first, Sensitivity.analyse(CLOSE_PAIR, NEED_AND_BENEFICIARIES, Method.TOPSIS, settings));
    assertNotEquals(first, Sensitivity.analyse(CLOSE_PAIR, NEED_AND_BENEFICIARIES, Method.TOPSIS,
        new SensitivitySettings(1000, 0.5, 100, 1)), "another seed draws other weights");
  }

  @Test
  void a_close_pair_swaps_places_under_perturbed_weights() {
    Map<String, RankStability> s = Sensitivity.analyse(CLOSE_PAIR, NEED_AND_BENEFICIARIES, Method.WEIGHTED_SUM,
        new SensitivitySettings(1000, 0.5, 20261122L, 1));
    RankStability x = s.get("x");
    RankStability y = s.get("y");
    assertEquals(1, x.baseRank());
    assertEquals(2, y.baseRank());
    for (RankStability r : List.of(x, y)) {
      assertEquals(1, r.p05Rank(), r.projectId());
      assertEquals(2, r.p95Rank(), r.projectId());
    }
    RankStability z = s.get("z");
    assertEquals(List.of(3, 3, 3), List.of(z.bestRank(), z.worstRank(), z.p05Rank()));
    assertEquals(1.0, x.probabilityTopN() + y.probabilityTopN(), 1e-12, "one of the two is first in every draw");
  }

  @Test
  void percentiles_follow_the_nearest_rank_method_on_the_draws() {
    // With top 1, the draws that put x first are k = probabilityTopN × 1000 and its sorted ranks are k ones then
    // 1000 − k twos: the p-th percentile is the rank at position ⌈p × 1000⌉, so 1 exactly when k reaches it.
    Map<String, RankStability> s = Sensitivity.analyse(CLOSE_PAIR, NEED_AND_BENEFICIARIES, Method.WEIGHTED_SUM,
        new SensitivitySettings(1000, 0.5, 5, 1));
    for (String id : List.of("x", "y")) {
      RankStability r = s.get(id);
      long k = Math.round(r.probabilityTopN() * 1000);
      assertEquals(k >= 50 ? 1 : 2, r.p05Rank(), id);
      assertEquals(k >= 500 ? 1 : 2, r.medianRank(), id);
      assertEquals(k >= 950 ? 1 : 2, r.p95Rank(), id);
    }
  }

  @Test
  void nearest_rank_percentiles_by_hand() {
    // 20 draws: rank 1 once, rank 2 seventeen times, rank 3 once, rank 4 once.
    // p05 → position ⌈0.05 × 20⌉ = 1 → 1; p50 → 10 → 2; p95 → 19 → 3 (not the worst, 4)
    int[] counts = {0, 1, 17, 1, 1};
    assertEquals(1, Sensitivity.nearestRank(counts, 20, 5));
    assertEquals(2, Sensitivity.nearestRank(counts, 20, 50));
    assertEquals(3, Sensitivity.nearestRank(counts, 20, 95));
    // 10 draws: 1,1,1,2,2,2,2,3,3,3 → p05 at ⌈0.5⌉ = 1 → 1; p50 at 5 → 2; p95 at ⌈9.5⌉ = 10 → 3
    int[] ten = {0, 3, 4, 3};
    assertEquals(1, Sensitivity.nearestRank(ten, 10, 5));
    assertEquals(2, Sensitivity.nearestRank(ten, 10, 50));
    assertEquals(3, Sensitivity.nearestRank(ten, 10, 95));
    // Rounding up, not down: 10 draws 1,1,1,1,1,1,1,1,1,2 → p95 at ⌈9.5⌉ = 10 → 2 (the 9th would be 1);
    // 5 draws 1,1,2,2,2 → p50 at ⌈2.5⌉ = 3 → 2
    assertEquals(2, Sensitivity.nearestRank(new int[] {0, 9, 1}, 10, 95));
    assertEquals(2, Sensitivity.nearestRank(new int[] {0, 2, 3}, 5, 50));
    // 1 draw: every position rounds up to 1
    assertEquals(3, Sensitivity.nearestRank(new int[] {0, 0, 0, 1}, 1, 5));
  }

  @Test
  void a_single_draw_gives_its_rank_for_every_percentile() {
    RankStability x = Sensitivity.analyse(CLOSE_PAIR, NEED_AND_BENEFICIARIES, Method.WEIGHTED_SUM,
        new SensitivitySettings(1, 0.5, 1, 1)).get("x");
    assertEquals(x.bestRank(), x.worstRank());
    assertEquals(List.of(x.bestRank(), x.bestRank(), x.bestRank()),
        List.of(x.p05Rank(), x.medianRank(), x.p95Rank()));
  }

  @Test
  void two_hundred_projects_five_thousand_draws() {
    Random random = new Random(42);
    List<ProjectCriteria> projects = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      projects.add(project(String.format("p%03d", i), random.nextGaussian() * 10, random.nextInt(5_000),
          random.nextDouble(), random.nextDouble() * 3, random.nextInt(4)));
    }
    SensitivitySettings settings = new SensitivitySettings(5_000, 0.5, 1, 10);
    for (Method m : Method.values()) {
      Map<String, RankStability> s = Sensitivity.analyse(projects, EQUAL, m, settings);
      assertEquals(200, s.size());
      double inTop = 0;
      for (RankStability r : s.values()) {
        assertTrue(1 <= r.bestRank() && r.bestRank() <= r.p05Rank() && r.p05Rank() <= r.medianRank()
            && r.medianRank() <= r.p95Rank() && r.p95Rank() <= r.worstRank() && r.worstRank() <= 200, r::toString);
        assertTrue(r.bestRank() <= r.baseRank() && r.baseRank() <= r.worstRank(), r::toString);
        inTop += r.probabilityTopN();
      }
      assertEquals(10, inTop, 1e-9, "ten projects are in the top 10 of every draw");
    }
  }

  @Test
  void no_projects_no_stability() {
    assertEquals(Map.of(), Sensitivity.analyse(List.of(), EQUAL, Method.TOPSIS, SensitivitySettings.defaults()));
  }

  @Test
  void settings_are_validated() {
    assertEquals(new SensitivitySettings(1000, 0.5, 20261122L, 10), SensitivitySettings.defaults());
    assertThrows(IllegalArgumentException.class, () -> new SensitivitySettings(0, 0.5, 1, 10));
    assertThrows(IllegalArgumentException.class, () -> new SensitivitySettings(100_001, 0.5, 1, 10));
    assertThrows(IllegalArgumentException.class, () -> new SensitivitySettings(10, 1.0, 1, 10));
    assertThrows(IllegalArgumentException.class, () -> new SensitivitySettings(10, -0.1, 1, 10));
    assertThrows(IllegalArgumentException.class, () -> new SensitivitySettings(10, Double.NaN, 1, 10));
    IllegalArgumentException topN = assertThrows(IllegalArgumentException.class,
        () -> new SensitivitySettings(10, 0.5, 1, 0));
    assertEquals("topN must be at least 1, not 0", topN.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Sensitivity.analyse(
        List.of(project("a", 1, 0, 0, 0, 0), project("a", 2, 0, 0, 0, 0)), EQUAL, Method.TOPSIS,
        SensitivitySettings.defaults()));
  }
}
