package org.smartland.analytics.ranking;

/**
 * How stable one project's rank is when the weights are perturbed. Percentiles use the nearest-rank method: the
 * p-th percentile is the rank at position ⌈p × draws⌉ (1-based) of the project's sorted ranks.
 *
 * @param projectId       the project's identifier
 * @param baseRank        the rank with the unperturbed weights
 * @param bestRank        the best (lowest) rank over the draws
 * @param worstRank       the worst (highest) rank over the draws
 * @param p05Rank         the 5th percentile of the ranks
 * @param p95Rank         the 95th percentile of the ranks
 * @param medianRank      the 50th percentile of the ranks
 * @param probabilityTopN the share of draws in which the project ranks within the top N, 0–1
 */
public record RankStability(
    String projectId, int baseRank, int bestRank, int worstRank, int p05Rank, int p95Rank, int medianRank,
    double probabilityTopN) {
}
