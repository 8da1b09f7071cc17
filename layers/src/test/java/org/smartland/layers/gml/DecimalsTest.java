package org.smartland.layers.gml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {
  private static String fmt(double v, int decimals) {
    return Decimals.append(new StringBuilder(), v, decimals).toString();
  }

  /** The definition: the exact binary value rounded half-even, plain, no trailing zeros, no "-0". */
  private static String reference(double v, int decimals) {
    BigDecimal r = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN);
    return r.signum() == 0 ? "0" : r.stripTrailingZeros().toPlainString();
  }

  @Test
  void exact_ties_round_to_even() {
    assertEquals("0.12", fmt(0.125, 2));
    assertEquals("0.38", fmt(0.375, 2));
    assertEquals("-0.12", fmt(-0.125, 2));
    assertEquals("2", fmt(2.5, 0));
    assertEquals("4", fmt(3.5, 0));
    assertEquals("-2", fmt(-2.5, 0));
    assertEquals("0", fmt(0.5, 0));
  }

  @Test
  void values_that_only_look_like_ties_round_by_their_binary_value() {
    assertEquals("1", fmt(1.005, 2), "1.005 is 1.00499999999999989…");
    assertEquals("0.14", fmt(0.145, 2), "0.145 is 0.14499999999999999…");
    assertEquals("2.67", fmt(2.675, 2), "2.675 is 2.67499999999999982…");
    assertEquals("1.01", fmt(1.0050000000000001, 2));
  }

  @Test
  void trailing_zeros_points_exponents_and_negative_zero_are_never_written() {
    assertEquals("10", fmt(10.0, 3));
    assertEquals("0.1", fmt(0.1, 6));
    assertEquals("0", fmt(-0.0, 3));
    assertEquals("0", fmt(-0.0004, 3));
    assertEquals("-0.001", fmt(-0.0005001, 3));
    assertEquals("0", fmt(1e-9, 6));
    assertEquals("0.000000001", fmt(1e-9, 9));
    assertEquals("0.000000001", fmt(1e-9, 10));
    assertEquals("0.00000001", fmt(1.23e-8, 8));
    assertEquals("123456789.123", fmt(123456789.123456, 3));
    assertEquals("123456789.123456", fmt(123456789.123456, 6));
    assertEquals("123456789", fmt(123456789.123456, 0));
    assertEquals("-506000.5", fmt(-506000.5, 1));
    assertEquals("5033000", fmt(5033000.0000001, 6));
  }

  @Test
  void every_decimals_count_from_0_to_10_agrees_with_the_exact_rounding() {
    double v = 123456789.123456;
    String[] expected = {"123456789", "123456789.1", "123456789.12", "123456789.123", "123456789.1235",
        "123456789.12346", "123456789.123456", "123456789.123456", "123456789.12345600",
        "123456789.123456001", "123456789.1234560013"};
    for (int d = 0; d <= 10; d++) {
      assertEquals(reference(v, d), fmt(v, d), "decimals " + d);
      assertEquals(new BigDecimal(expected[d]).stripTrailingZeros().toPlainString(), fmt(v, d), "decimals " + d);
    }
  }

  @Test
  void huge_magnitudes_take_the_exact_path() {
    assertEquals("1000000000000000", fmt(1e15, 2));
    assertEquals(reference(-1.2345678901234568e20, 5), fmt(-1.2345678901234568e20, 5));
    assertEquals(-1.2345678901234568e20, Double.parseDouble(fmt(-1.2345678901234568e20, 5)));
    assertEquals(reference(9.007199254740993e15, 3), fmt(9.007199254740993e15, 3));
    assertEquals(reference(Double.MAX_VALUE, 2), fmt(Double.MAX_VALUE, 2));
    assertEquals("0", fmt(Double.MIN_VALUE, 15));
  }

  @Test
  void random_values_near_and_far_from_ties_match_the_definition() {
    Random random = new Random(1324);
    for (int i = 0; i < 200_000; i++) {
      int d = random.nextInt(11);
      double scale = Math.pow(10, random.nextInt(16) - 6);
      double v = (random.nextDouble() - 0.5) * scale;
      if (i % 3 == 0) {
        long units = (long) (v * Math.pow(10, d));
        v = (units + 0.5) / Math.pow(10, d);
        v = i % 2 == 0 ? v : Math.nextUp(v);
      }
      double value = v;
      int decimals = d;
      assertEquals(reference(value, decimals), fmt(value, decimals), () -> value + " with " + decimals + " decimals");
    }
  }

  @Test
  void nan_infinity_and_bad_decimals_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> fmt(Double.NaN, 2));
    assertThrows(IllegalArgumentException.class, () -> fmt(Double.POSITIVE_INFINITY, 2));
    assertThrows(IllegalArgumentException.class, () -> fmt(Double.NEGATIVE_INFINITY, 2));
    assertThrows(IllegalArgumentException.class, () -> fmt(1, -1));
    assertThrows(IllegalArgumentException.class, () -> fmt(1, Decimals.MAX_DECIMALS + 1));
  }
}
