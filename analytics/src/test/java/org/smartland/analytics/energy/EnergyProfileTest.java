package org.smartland.analytics.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnergyProfileTest {
  @Test
  void floor_area_weighted_consumption_worst_class_share_and_totals() {
    // 1,000 m² at 200 kWh/m² (F), 3,000 m² at 100 kWh/m² (C), 1,000 m² at 300 kWh/m² (G)
    EnergyProfile p = EnergyProfile.of(List.of(
        new PublicBuilding(1_000, 200, "F", 40, 0),
        new PublicBuilding(3_000, 100, "C", 60, 12_000),
        new PublicBuilding(1_000, 300, "g", 60, 0)));
    assertEquals((200_000 + 300_000 + 300_000) / 5_000.0, p.kwhPerM2(), 1e-9, "160 kWh/m², not the plain mean 200");
    assertEquals(0.4, p.shareWorstClasses(), 1e-12, "F and G: 2,000 of 5,000 m²");
    assertEquals(160, p.co2T(), 1e-9);
    assertEquals(12_000, p.pvKwhYear(), 1e-9);
  }

  @Test
  void no_buildings_no_average() {
    EnergyProfile p = EnergyProfile.of(List.of());
    assertTrue(Double.isNaN(p.kwhPerM2()));
    assertEquals(0, p.co2T());
    assertThrows(IllegalArgumentException.class, () -> new PublicBuilding(-1, 100, "A1", 0, 0));
  }
}
