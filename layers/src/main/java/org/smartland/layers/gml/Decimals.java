package org.smartland.layers.gml;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes a coordinate as plain decimal text with at most a given number of decimals, fast: it is the inner
 * loop of every GML and GeoJSON response.
 *
 * <p>Method: the value is scaled by 10<sup>decimals</sup> and rounded to a {@code long} with one
 * floating-point multiplication, then written with integer arithmetic (no {@code String.format}, no
 * {@code Double.toString}). The result is the exact binary value rounded to nearest, ties to even, the same
 * as {@code new BigDecimal(v).setScale(decimals, HALF_EVEN)}: so {@code 0.125} with 2 decimals is
 * {@code 0.12}, and {@code 1.005} (really 1.00499999999999989…) is {@code 1}. Trailing zeros and a trailing
 * point are dropped, there is never an exponent, and {@code -0} is written {@code 0}.
 *
 * <p>Degenerate cases: values within about one unit in the last place of a tie, and values whose scaled
 * form exceeds 2<sup>53</sup> (|v| from 10<sup>15</sup>, or many decimals on large values), take an exact
 * {@link BigDecimal} path, which is slower but rare. NaN and infinities are refused.
 */
public final class Decimals {
  /** Most decimals supported: 10<sup>15</sup> is still an exact double. */
  public static final int MAX_DECIMALS = 15;

  private static final double[] SCALE = new double[MAX_DECIMALS + 1];
  private static final long[] POWERS = new long[19];
  /** 2<sup>53</sup>: below it every integer is a double, so the scaled value's integer part is exact. */
  private static final double EXACT_INTEGERS = 9007199254740992.0;

  static {
    long p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      if (i < SCALE.length) {
        SCALE[i] = p;
      }
      p *= 10;
    }
  }

  private Decimals() {
  }

  /**
   * Appends {@code v} with at most {@code maxDecimals} decimals.
   *
   * @throws IllegalArgumentException if {@code v} is NaN or infinite, or {@code maxDecimals} is outside
   *     0..{@link #MAX_DECIMALS}
   */
  public static StringBuilder append(StringBuilder sb, double v, int maxDecimals) {
    checkDecimals(maxDecimals);
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("not a finite number: " + v);
    }
    double scaled = Math.abs(v) * SCALE[maxDecimals];
    if (scaled < EXACT_INTEGERS) {
      double floor = Math.floor(scaled);
      double fraction = scaled - floor;
      if (Math.abs(fraction - 0.5) > Math.ulp(scaled)) {
        long units = (long) floor + (fraction > 0.5 ? 1 : 0);
        return appendUnits(sb, v < 0, units, maxDecimals);
      }
    }
    return appendExact(sb, v, maxDecimals);
  }

  /**
   * Checks a number of decimals.
   *
   * @throws IllegalArgumentException if it is outside 0..{@link #MAX_DECIMALS}
   */
  public static int checkDecimals(int maxDecimals) {
    if (maxDecimals < 0 || maxDecimals > MAX_DECIMALS) {
      throw new IllegalArgumentException("decimals must be between 0 and " + MAX_DECIMALS + ", not " + maxDecimals);
    }
    return maxDecimals;
  }

  /** Writes {@code units / 10^decimals} without trailing zeros. */
  private static StringBuilder appendUnits(StringBuilder sb, boolean negative, long units, int decimals) {
    if (units == 0) {
      return sb.append('0');
    }
    if (negative) {
      sb.append('-');
    }
    long scale = POWERS[decimals];
    sb.append(units / scale);
    long fraction = units % scale;
    if (fraction != 0) {
      int digits = decimals;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      sb.append('.');
      for (int zeros = digits - digitCount(fraction); zeros > 0; zeros--) {
        sb.append('0');
      }
      sb.append(fraction);
    }
    return sb;
  }

  private static int digitCount(long n) {
    int d = 1;
    while (d < POWERS.length && n >= POWERS[d]) {
      d++;
    }
    return d;
  }

  private static StringBuilder appendExact(StringBuilder sb, double v, int decimals) {
    BigDecimal rounded = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN);
    return rounded.signum() == 0 ? sb.append('0') : sb.append(rounded.stripTrailingZeros().toPlainString());
  }
}
