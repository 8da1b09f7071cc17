package org.smartland.analytics.indicators;

/**
 * What a Comune contributes to an indicator before the division: e.g. residents within 400 m of a stop
 * (numerator) and all residents (denominator). Sums add up to the territory's value, which an average of the
 * Comuni's ratios would not.
 */
public record PartialSums(double numerator, double denominator) {
  public static final PartialSums ZERO = new PartialSums(0, 0);

  public PartialSums {
    if (!Double.isFinite(numerator) || !Double.isFinite(denominator)) {
      throw new IllegalArgumentException("partial sums must be finite, not " + numerator + " / " + denominator);
    }
  }

  public PartialSums plus(PartialSums other) {
    return new PartialSums(numerator + other.numerator, denominator + other.denominator);
  }
}
