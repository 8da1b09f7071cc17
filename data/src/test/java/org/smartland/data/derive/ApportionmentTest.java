package org.smartland.data.derive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ApportionmentTest {
  @Test
  void ten_residents_over_floor_areas_100_200_300() {
    // quotas 1.667, 3.333, 5.000: floors 1, 3, 5 leave 1, which goes to the largest remainder (0.667)
    assertArrayEquals(new long[] {2, 3, 5}, Apportionment.largestRemainder(10, new double[] {100, 200, 300}));
  }

  @Test
  void equal_remainders_go_to_the_earlier_shares() {
    // quotas 2.333 each: floors 2, 2, 2 leave 1 for the first
    assertArrayEquals(new long[] {3, 2, 2}, Apportionment.largestRemainder(7, new double[] {1, 1, 1}));
  }

  @Test
  void a_zero_weight_gets_nothing_and_zero_total_gives_zeros() {
    assertArrayEquals(new long[] {0, 4}, Apportionment.largestRemainder(4, new double[] {0, 5}));
    assertArrayEquals(new long[] {0, 0}, Apportionment.largestRemainder(0, new double[] {1, 2}));
  }

  @Test
  void shares_always_sum_to_the_total_and_stay_within_one_of_the_quota() {
    Random r = new Random(1324);
    for (int run = 0; run < 200; run++) {
      double[] w = new double[1 + r.nextInt(300)];
      for (int i = 0; i < w.length; i++) {
        w[i] = r.nextDouble() * 2000;
      }
      long total = r.nextInt(50_000);
      long[] shares = Apportionment.largestRemainder(total, w);
      assertEquals(total, Arrays.stream(shares).sum());
      double sum = Arrays.stream(w).sum();
      for (int i = 0; i < w.length; i++) {
        assertTrue(Math.abs(shares[i] - total * w[i] / sum) < 1.0);
      }
    }
  }

  @Test
  void degenerate_inputs_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> Apportionment.largestRemainder(3, new double[] {0, 0}));
    assertThrows(IllegalArgumentException.class, () -> Apportionment.largestRemainder(3, new double[] {1, -1}));
    assertThrows(IllegalArgumentException.class, () -> Apportionment.largestRemainder(-1, new double[] {1}));
    assertThrows(IllegalArgumentException.class, () -> Apportionment.largestRemainder(3, new double[] {Double.NaN}));
  }
}
