package org.smartland.analytics.ranking;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * A ranked project as the portfolio matrix sees it: its corridor, the Comuni it touches and its cost and score.
 *
 * @param projectId the project's identifier, not blank
 * @param title     the project's title
 * @param corridor  the corridor it belongs to, not blank
 * @param comuni    the ISTAT codes of the Comuni it touches, at least one (a code listed twice counts once)
 * @param costEur   the cost in euros, ≥ 0, or NaN when unknown
 * @param score     the project's ranking score, finite
 */
public record PortfolioProject(
    String projectId, String title, String corridor, List<String> comuni, double costEur, double score) {

  public PortfolioProject {
    if (projectId == null || projectId.isBlank()) {
      throw new IllegalArgumentException("project id must not be blank");
    }
    if (corridor == null || corridor.isBlank()) {
      throw new IllegalArgumentException("project '" + projectId + "': corridor must not be blank");
    }
    if (comuni == null || comuni.isEmpty()) {
      throw new IllegalArgumentException("project '" + projectId + "': it must touch at least one Comune");
    }
    if (comuni.stream().anyMatch(c -> c == null || c.isBlank())) {
      throw new IllegalArgumentException("project '" + projectId + "': Comune codes must not be blank");
    }
    if (!Double.isNaN(costEur) && !(costEur >= 0 && Double.isFinite(costEur))) {
      throw new IllegalArgumentException(
          "project '" + projectId + "': cost must be a finite number ≥ 0 or NaN when unknown, not " + costEur);
    }
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("project '" + projectId + "': score must be finite, not " + score);
    }
    comuni = List.copyOf(new LinkedHashSet<>(comuni));
  }
}
