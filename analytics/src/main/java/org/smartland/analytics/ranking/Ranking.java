package org.smartland.analytics.ranking;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks candidate projects transparently. Every criterion is min–max normalised over the projects to 0–1 (a
 * criterion on which all projects are equal gives 0 to all: it does not discriminate), the weights are scaled to
 * sum 1, and the {@link Method} turns weight × normalised value into a score. Ranks run from 1 by score
 * descending; tied scores (closer than 1e-12) are ordered by project id, so the same input always gives the same
 * ranking.
 */
public final class Ranking {
  private Ranking() {
  }

  /**
   * The projects sorted by rank, with their normalised values and contributions (weight × normalised value).
   * For TOPSIS the contributions explain the position, while the score is the closeness to the ideal. An empty
   * list gives an empty ranking; duplicate project ids are rejected.
   */
  public static List<RankedProject> rank(List<ProjectCriteria> projects, Weights weights, Method method) {
    if (weights == null || method == null) {
      throw new IllegalArgumentException("weights and method must be given");
    }
    CriteriaMatrix matrix = CriteriaMatrix.of(projects);
    double[] w = Weights.normalise(weights.vector());
    double[] scores = new double[matrix.size()];
    matrix.scores(w, method, scores);
    int[] order = matrix.order(scores);
    List<RankedProject> ranked = new ArrayList<>(order.length);
    for (int pos = 0; pos < order.length; pos++) {
      int p = order[pos];
      Map<Criterion, Double> normalised = new EnumMap<>(Criterion.class);
      Map<Criterion, Double> contributions = new EnumMap<>(Criterion.class);
      for (Criterion c : Criterion.values()) {
        double n = matrix.normalised(p, c);
        normalised.put(c, n);
        contributions.put(c, w[c.ordinal()] * n);
      }
      ranked.add(new RankedProject(matrix.id(p), pos + 1, scores[p], normalised, contributions));
    }
    return List.copyOf(ranked);
  }
}
