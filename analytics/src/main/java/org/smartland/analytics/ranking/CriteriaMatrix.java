package org.smartland.analytics.ranking;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The min–max normalised criteria of a set of projects, computed once so that a ranking, or thousands of
 * sensitivity draws, only have to apply weights to it. Weights are arrays indexed by {@link Criterion#ordinal()}
 * and already scaled to sum 1.
 */
final class CriteriaMatrix {
  private static final double TIE = 1e-12;
  private static final Criterion[] CRITERIA = Criterion.values();

  private final String[] ids;
  private final double[][] normalised;
  private final double[] columnMin;
  private final double[] columnMax;
  private final int[] idOrder;

  private CriteriaMatrix(String[] ids, double[][] normalised) {
    this.ids = ids;
    this.normalised = normalised;
    this.columnMin = new double[CRITERIA.length];
    this.columnMax = new double[CRITERIA.length];
    for (int c = 0; c < CRITERIA.length; c++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double[] row : normalised) {
        min = Math.min(min, row[c]);
        max = Math.max(max, row[c]);
      }
      columnMin[c] = min;
      columnMax[c] = max;
    }
    Integer[] byId = boxedIndices(ids.length);
    Arrays.sort(byId, Comparator.comparing(i -> ids[i]));
    this.idOrder = new int[ids.length];
    for (int pos = 0; pos < byId.length; pos++) {
      idOrder[byId[pos]] = pos;
    }
  }

  /** Normalises every criterion to (x − min)/(max − min) over the projects; 0 for all when max = min. */
  static CriteriaMatrix of(List<ProjectCriteria> projects) {
    if (projects == null) {
      throw new IllegalArgumentException("projects must be given");
    }
    int n = projects.size();
    String[] ids = new String[n];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      ProjectCriteria p = projects.get(i);
      if (p == null) {
        throw new IllegalArgumentException("project " + (i + 1) + " of the list is missing");
      }
      if (!seen.add(p.projectId())) {
        throw new IllegalArgumentException("duplicate project id '" + p.projectId() + "'");
      }
      ids[i] = p.projectId();
    }
    double[][] normalised = new double[n][CRITERIA.length];
    for (Criterion c : CRITERIA) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (ProjectCriteria p : projects) {
        min = Math.min(min, p.of(c));
        max = Math.max(max, p.of(c));
      }
      double range = max - min;
      boolean halve = Double.isInfinite(range);
      for (int i = 0; i < n; i++) {
        double x = projects.get(i).of(c);
        normalised[i][c.ordinal()] = max == min ? 0
            : halve ? (x / 2 - min / 2) / (max / 2 - min / 2)
            : (x - min) / range;
      }
    }
    return new CriteriaMatrix(ids, normalised);
  }

  int size() {
    return ids.length;
  }

  String id(int project) {
    return ids[project];
  }

  double normalised(int project, Criterion c) {
    return normalised[project][c.ordinal()];
  }

  /** The score of every project under {@code weights} (summing 1), written into {@code out}. */
  void scores(double[] weights, Method method, double[] out) {
    if (method == Method.WEIGHTED_SUM) {
      for (int i = 0; i < ids.length; i++) {
        double s = 0;
        for (int c = 0; c < weights.length; c++) {
          s += weights[c] * normalised[i][c];
        }
        out[i] = s;
      }
      return;
    }
    for (int i = 0; i < ids.length; i++) {
      double toIdeal = 0;
      double toAntiIdeal = 0;
      for (int c = 0; c < weights.length; c++) {
        double v = weights[c] * normalised[i][c];
        double fromIdeal = weights[c] * columnMax[c] - v;
        double fromAntiIdeal = v - weights[c] * columnMin[c];
        toIdeal += fromIdeal * fromIdeal;
        toAntiIdeal += fromAntiIdeal * fromAntiIdeal;
      }
      double dPlus = Math.sqrt(toIdeal);
      double dMinus = Math.sqrt(toAntiIdeal);
      out[i] = dPlus + dMinus == 0 ? 0 : dMinus / (dPlus + dMinus);
    }
  }

  /**
   * The project indices from best to worst: by score descending, then by id ascending among scores that are tied,
   * i.e. that differ from their neighbour in that order by less than {@link #TIE}.
   */
  int[] order(double[] scores) {
    int[] order = new int[ids.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    sortByScoreDescending(order, new int[order.length], 0, order.length, scores);
    int runStart = 0;
    for (int pos = 1; pos <= order.length; pos++) {
      if (pos == order.length || scores[order[pos - 1]] - scores[order[pos]] >= TIE) {
        sortRunById(order, runStart, pos);
        runStart = pos;
      }
    }
    return order;
  }

  /** A merge sort (insertion sort for short stretches) on primitive indices: the sensitivity draws call it often. */
  private static void sortByScoreDescending(int[] order, int[] buffer, int from, int to, double[] scores) {
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int project = order[i];
        int j = i - 1;
        while (j >= from && scores[order[j]] < scores[project]) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = project;
      }
      return;
    }
    int middle = (from + to) >>> 1;
    sortByScoreDescending(order, buffer, from, middle, scores);
    sortByScoreDescending(order, buffer, middle, to, scores);
    if (scores[order[middle - 1]] >= scores[order[middle]]) {
      return;
    }
    System.arraycopy(order, from, buffer, from, to - from);
    int left = from;
    int right = middle;
    for (int pos = from; pos < to; pos++) {
      if (right >= to || (left < middle && scores[buffer[left]] >= scores[buffer[right]])) {
        order[pos] = buffer[left++];
      } else {
        order[pos] = buffer[right++];
      }
    }
  }

  private void sortRunById(int[] order, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      int project = order[i];
      int j = i - 1;
      while (j >= from && idOrder[order[j]] > idOrder[project]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = project;
    }
  }

  private static Integer[] boxedIndices(int n) {
    Integer[] indices = new Integer[n];
    for (int i = 0; i < n; i++) {
      indices[i] = i;
    }
    return indices;
  }
}
