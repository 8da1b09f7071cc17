package org.smartland.analytics.ranking;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How much a ranking depends on its weights. Each draw multiplies every weight by its own factor, uniform in
 * [1 − spread, 1 + spread] (a zero weight stays zero), and ranks the projects again with the same method; the
 * ranks a project gets over the draws give its best, worst, percentiles and chance of the top N. The random
 * numbers come from one {@link SplittableRandom} seeded with the settings' seed and are drawn in a fixed order,
 * one per criterion in enum order, draw after draw, so the same inputs always give the same numbers.
 */
public final class Sensitivity {
  private Sensitivity() {
  }

  /** The rank stability of every project, keyed by project id in the order of the unperturbed ranking. */
  public static Map<String, RankStability> analyse(
      List<ProjectCriteria> projects, Weights weights, Method method, SensitivitySettings settings) {
    if (weights == null || method == null || settings == null) {
      throw new IllegalArgumentException("weights, method and settings must be given");
    }
    CriteriaMatrix matrix = CriteriaMatrix.of(projects);
    int n = matrix.size();
    double[] raw = weights.vector();
    double[] scores = new double[n];
    matrix.scores(Weights.normalise(raw.clone()), method, scores);
    int[] baseOrder = matrix.order(scores);

    int[][] countsByRank = new int[n][n + 1];
    SplittableRandom random = new SplittableRandom(settings.seed());
    double spread = settings.spread();
    double[] w = new double[raw.length];
    for (int d = 0; d < settings.draws(); d++) {
      for (int c = 0; c < raw.length; c++) {
        w[c] = raw[c] * (1 - spread + 2 * spread * random.nextDouble());
      }
      matrix.scores(Weights.normalise(w), method, scores);
      int[] order = matrix.order(scores);
      for (int pos = 0; pos < n; pos++) {
        countsByRank[order[pos]][pos + 1]++;
      }
    }

    Map<String, RankStability> byProject = new LinkedHashMap<>();
    for (int pos = 0; pos < n; pos++) {
      int p = baseOrder[pos];
      byProject.put(matrix.id(p), stability(matrix.id(p), pos + 1, countsByRank[p], settings));
    }
    return Collections.unmodifiableMap(byProject);
  }

  private static RankStability stability(String id, int baseRank, int[] countsByRank, SensitivitySettings s) {
    int best = 0;
    int worst = 0;
    int inTop = 0;
    for (int rank = 1; rank < countsByRank.length; rank++) {
      if (countsByRank[rank] > 0) {
        best = best == 0 ? rank : best;
        worst = rank;
      }
      if (rank <= s.topN()) {
        inTop += countsByRank[rank];
      }
    }
    return new RankStability(id, baseRank, best, worst, nearestRank(countsByRank, s.draws(), 5),
        nearestRank(countsByRank, s.draws(), 95), nearestRank(countsByRank, s.draws(), 50),
        (double) inTop / s.draws());
  }

  /**
   * The {@code percent}-th percentile by the nearest-rank method: the rank at position ⌈percent × draws / 100⌉
   * (1-based, at least 1) of the sorted ranks, read from how many draws gave each rank.
   */
  static int nearestRank(int[] countsByRank, int draws, int percent) {
    int position = Math.max(1, (percent * draws + 99) / 100);
    int seen = 0;
    for (int rank = 1; rank < countsByRank.length; rank++) {
      seen += countsByRank[rank];
      if (seen >= position) {
        return rank;
      }
    }
    throw new IllegalStateException("fewer than " + position + " draws counted");
  }
}
