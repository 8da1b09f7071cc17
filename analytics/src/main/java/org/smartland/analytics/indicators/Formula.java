package org.smartland.analytics.indicators;

/** How an indicator's partial sums become its value. */
public enum Formula {
  /** {@code scale × numerator / denominator}; no value where the denominator is 0 (e.g. a Comune without residents). */
  RATIO,
  /** {@code scale × numerator}: a total such as tonnes of CO₂ or kilometres of road; the denominator is unused. */
  SUM;

  /** The value of these sums, or empty when it is undefined. */
  public java.util.OptionalDouble value(PartialSums sums, double scale) {
    if (this == SUM) {
      return java.util.OptionalDouble.of(scale * sums.numerator());
    }
    return sums.denominator() == 0 ? java.util.OptionalDouble.empty()
        : java.util.OptionalDouble.of(scale * sums.numerator() / sums.denominator());
  }
}
