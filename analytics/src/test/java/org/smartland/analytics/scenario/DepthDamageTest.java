package org.smartland.analytics.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartland.analytics.exposure.HazardClass;

class DepthDamageTest {
  static final DepthDamage RULE = new DepthDamage(Map.of(HazardClass.P3, 1.5, HazardClass.P2, 1.0, HazardClass.P1,
      0.3), new double[] {0, 0.5, 1, 2}, new double[] {0, 0.25, 0.4, 0.6}, 600);

  @Test
  void the_curve_is_linear_between_its_points_and_flat_after_the_last() {
    assertEquals(0, RULE.share(0), 1e-12);
    assertEquals(0.15, RULE.share(0.3), 1e-12);      // 0.3 / 0.5 of the way to 0.25
    assertEquals(0.4, RULE.share(1), 1e-12);
    assertEquals(0.5, RULE.share(1.5), 1e-12);       // halfway from 0.4 to 0.6
    assertEquals(0.6, RULE.share(7), 1e-12);
  }

  @Test
  void a_building_is_damaged_at_the_depth_of_its_deepest_zone() {
    // 120 m² in a P3 zone: 1.5 m of water, half its value of 600 €/m²
    assertEquals(0.5 * 600 * 120, RULE.damage(HazardClass.P3, 120), 1e-9);
    assertEquals(0.15 * 600 * 120, RULE.damage(HazardClass.P1, 120), 1e-9);
  }

  @Test
  void a_curve_that_goes_down_or_lacks_a_class_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> new DepthDamage(RULE.depthM(), new double[] {0, 1},
        new double[] {0.5, 0.2}, 600));
    assertThrows(IllegalArgumentException.class, () -> new DepthDamage(Map.of(HazardClass.P3, 1.0),
        new double[] {0, 1}, new double[] {0, 0.5}, 600));
    assertThrows(IllegalArgumentException.class, () -> new DepthDamage(RULE.depthM(), new double[] {0.2, 1},
        new double[] {0, 0.5}, 600));
  }
}
