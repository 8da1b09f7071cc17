package org.smartland.data.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EnergyClassTest {
  @Test
  void class_limits_follow_the_national_scale_upper_bound_included() {
    assertEquals("A4", EnergyClass.ofRatio(0.40));
    assertEquals("A3", EnergyClass.ofRatio(0.41));
    assertEquals("A2", EnergyClass.ofRatio(0.80));
    assertEquals("A1", EnergyClass.ofRatio(1.00));
    assertEquals("B", EnergyClass.ofRatio(1.20));
    assertEquals("C", EnergyClass.ofRatio(1.50));
    assertEquals("D", EnergyClass.ofRatio(2.00));
    assertEquals("E", EnergyClass.ofRatio(2.60));
    assertEquals("F", EnergyClass.ofRatio(3.50));
    assertEquals("G", EnergyClass.ofRatio(3.51));
  }

  @Test
  void certificates_of_the_sources_get_their_class() {
    // EPgl,nren and EPgl,nren,rif,standard of two CENED rows: 274.43/82.45 = 3.33 and 115.65/81.74 = 1.41
    assertEquals("F", EnergyClass.of(274.43, 82.45));
    assertEquals("C", EnergyClass.of(115.65, 81.74));
  }

  @Test
  void a_reference_of_zero_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> EnergyClass.of(100, 0));
  }
}
