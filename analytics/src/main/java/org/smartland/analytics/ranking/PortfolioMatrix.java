package org.smartland.analytics.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The portfolio as a corridor × Comune matrix. A project counts once in every Comune it touches and its cost is
 * shared equally among them, so the cells' costs add up to the portfolio's known cost (unknown costs add
 * nothing). Each cell gives the plain mean score of its projects and its top project: the highest score, ties by
 * project id.
 */
public final class PortfolioMatrix {
  private static final Comparator<PortfolioProject> BEST_FIRST =
      Comparator.comparingDouble(PortfolioProject::score).reversed().thenComparing(PortfolioProject::projectId);

  private PortfolioMatrix() {
  }

  /** One cell per (corridor, Comune) with at least one project, sorted by corridor, then Comune. */
  public static List<MatrixCell> of(List<PortfolioProject> projects) {
    if (projects == null) {
      throw new IllegalArgumentException("projects must be given");
    }
    Set<String> ids = new HashSet<>();
    Map<String, Map<String, List<PortfolioProject>>> byCorridorAndComune = new TreeMap<>();
    for (PortfolioProject p : projects) {
      if (p == null) {
        throw new IllegalArgumentException("a project of the portfolio is missing");
      }
      if (!ids.add(p.projectId())) {
        throw new IllegalArgumentException("duplicate project id '" + p.projectId() + "'");
      }
      for (String comune : p.comuni()) {
        byCorridorAndComune.computeIfAbsent(p.corridor(), k -> new TreeMap<>())
            .computeIfAbsent(comune, k -> new ArrayList<>()).add(p);
      }
    }
    List<MatrixCell> cells = new ArrayList<>();
    byCorridorAndComune.forEach((corridor, byComune) -> byComune.forEach(
        (comune, inCell) -> cells.add(cell(corridor, comune, inCell))));
    return List.copyOf(cells);
  }

  private static MatrixCell cell(String corridor, String comune, List<PortfolioProject> inCell) {
    double cost = 0;
    double scores = 0;
    for (PortfolioProject p : inCell) {
      if (!Double.isNaN(p.costEur())) {
        cost += p.costEur() / p.comuni().size();
      }
      scores += p.score();
    }
    PortfolioProject top = inCell.stream().min(BEST_FIRST).orElseThrow();
    return new MatrixCell(corridor, comune, inCell.size(), cost, scores / inCell.size(), top.projectId(),
        top.title());
  }
}
