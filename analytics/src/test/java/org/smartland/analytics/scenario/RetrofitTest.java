package org.smartland.analytics.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartland.analytics.energy.PublicBuilding;

/** Retrofits of public buildings worked out by hand. */
class RetrofitTest {
  static final Retrofit RULES = new Retrofit(Map.of("A1", 40.0, "B", 80.0, "C", 120.0), Map.of("A1", 400.0, "B", 250.0,
      "C", 150.0), 1_500, 1_150, 0.25, 0.0002);

  @Test
  void a_school_of_class_f_brought_to_class_b() {
    // 2,000 m² at 220 kWh/m²: 440,000 kWh a year, 88 t CO₂ (0.0002 t/kWh of its own)
    PublicBuilding school = new PublicBuilding(2_000, 220, "F", 88, 0);
    Retrofit.Outcome o = RULES.apply(school, "B", 0);
    assertEquals(2_000 * (220 - 80), o.kwhSaved(), 1e-6, "280,000 kWh");
    assertEquals(280_000 * 0.25, o.eurSaved(), 1e-6, "€70,000 a year");
    assertEquals(56, o.co2TSaved(), 1e-9, "280,000 kWh × 88 t / 440,000 kWh");
    assertEquals(2_000 * 250, o.investment(), 1e-6, "€500,000");
    assertEquals(500_000 / 70_000.0, o.paybackYears(), 1e-9, "7.1 years");
    assertEquals("B", o.classAfter());
  }

  @Test
  void panels_alone_and_a_building_already_better_than_the_target() {
    PublicBuilding hall = new PublicBuilding(500, 70, "A1", 0, 0);
    Retrofit.Outcome o = RULES.apply(hall, "c", 20);
    // already under C's 120 kWh/m²: nothing to retrofit; 20 kWp × 1,150 = 23,000 kWh, the default CO₂ factor
    assertEquals(23_000, o.kwhSaved(), 1e-6);
    assertEquals(20 * 1_500, o.investment(), 1e-6);
    assertEquals(23_000 * 0.0002, o.co2TSaved(), 1e-9);
    assertEquals("A1", o.classAfter());
    assertEquals(30_000 / (23_000 * 0.25), o.paybackYears(), 1e-9);
  }

  @Test
  void nothing_saved_means_no_payback_and_unknown_classes_are_named() {
    PublicBuilding hall = new PublicBuilding(500, 70, "A1", 0, 0);
    assertTrue(Double.isInfinite(RULES.apply(hall, "B", 0).paybackYears()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RULES.apply(hall, "Z", 0));
    assertTrue(e.getMessage().contains("'Z'") && e.getMessage().contains("[A1, B, C]"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RULES.apply(hall, null, -1));
  }
}
