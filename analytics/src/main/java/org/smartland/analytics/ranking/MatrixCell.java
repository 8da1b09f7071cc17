package org.smartland.analytics.ranking;

/**
 * The projects of one corridor in one Comune.
 *
 * @param corridor        the corridor
 * @param comune          the Comune's ISTAT code
 * @param projects        how many projects of the corridor touch the Comune
 * @param totalCostEur    their cost in euros, each project's known cost shared equally among its Comuni
 * @param meanScore       the plain mean of their scores
 * @param topProjectId    the project with the highest score (ties by project id)
 * @param topProjectTitle that project's title
 */
public record MatrixCell(
    String corridor, String comune, int projects, double totalCostEur, double meanScore, String topProjectId,
    String topProjectTitle) {
}
