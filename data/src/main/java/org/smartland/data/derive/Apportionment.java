package org.smartland.data.derive;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits a whole number into whole shares proportional to weights, by the largest-remainder (Hamilton)
 * method: each share gets the floor of its exact quota {@code total × w / Σw}, and the units left over go,
 * one each, to the shares with the largest fractional remainders (ties: the earlier share first). The shares
 * always sum to {@code total} and each differs from its exact quota by less than one.
 *
 * <p>Degenerate cases: {@code total = 0} gives all zeros; a negative total or weight, or weights summing to
 * zero (with a positive total), is an {@link IllegalArgumentException}; no weights with {@code total = 0}
 * gives an empty array.
 */
public final class Apportionment {
  private Apportionment() {
  }

  public static long[] largestRemainder(long total, double[] weights) {
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative: " + total);
    }
    double sum = 0;
    for (double w : weights) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weights must be finite and not negative: " + w);
      }
      sum += w;
    }
    long[] shares = new long[weights.length];
    if (total == 0) {
      return shares;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("cannot share " + total + " among weights that sum to zero");
    }
    double[] remainders = new double[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      double quota = total * (weights[i] / sum);
      shares[i] = (long) Math.floor(quota);
      remainders[i] = quota - shares[i];
      given += shares[i];
    }
    Integer[] order = IntStream.range(0, weights.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -remainders[i]).thenComparingInt(i -> i));
    for (int k = 0; given < total; k = (k + 1) % order.length) {
      shares[order[k]]++;
      given++;
    }
    return shares;
  }
}
