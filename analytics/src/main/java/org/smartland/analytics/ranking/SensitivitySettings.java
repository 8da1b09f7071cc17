package org.smartland.analytics.ranking;

/**
 * How a {@link Sensitivity} analysis perturbs the weights.
 *
 * @param draws  how many perturbed rankings, 1–100,000
 * @param spread every weight is multiplied by a factor uniform in [1 − spread, 1 + spread]; 0 ≤ spread &lt; 1
 * @param seed   the seed of the random numbers, so that an analysis can be repeated exactly
 * @param topN   the cut-off of {@link RankStability#probabilityTopN()}, at least 1
 */
public record SensitivitySettings(int draws, double spread, long seed, int topN) {

  public SensitivitySettings {
    if (draws < 1 || draws > 100_000) {
      throw new IllegalArgumentException("draws must be between 1 and 100000, not " + draws);
    }
    if (!(spread >= 0 && spread < 1)) {
      throw new IllegalArgumentException("spread must be ≥ 0 and < 1, not " + spread);
    }
    if (topN < 1) {
      throw new IllegalArgumentException("topN must be at least 1, not " + topN);
    }
  }

  /** 1,000 draws, weights within ±50 %, seed 20261122, top 10. */
  public static SensitivitySettings defaults() {
    return new SensitivitySettings(1000, 0.5, 20261122L, 10);
  }
}
