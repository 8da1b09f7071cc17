package org.smartland.analytics.ranking;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One project's place in a ranking, with what put it there.
 *
 * @param projectId     the project's identifier
 * @param rank          1 for the best project; ties in score are broken by project id
 * @param score         the weighted sum, or the TOPSIS closeness to the ideal; between 0 and 1
 * @param normalised    every criterion min–max normalised over the ranked projects, 0–1
 * @param contributions every criterion's weight (scaled to sum 1) × normalised value; for the weighted sum they
 *                      add up to the score, for TOPSIS they explain the position while the score is the closeness
 */
public record RankedProject(
    String projectId, int rank, double score, Map<Criterion, Double> normalised,
    Map<Criterion, Double> contributions) {

  public RankedProject {
    normalised = copy(normalised);
    contributions = copy(contributions);
  }

  private static Map<Criterion, Double> copy(Map<Criterion, Double> byCriterion) {
    EnumMap<Criterion, Double> copy = new EnumMap<>(Criterion.class);
    copy.putAll(byCriterion);
    return Collections.unmodifiableMap(copy);
  }
}
