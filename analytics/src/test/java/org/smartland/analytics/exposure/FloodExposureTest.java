package org.smartland.analytics.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/**
 * Nested zones as on the flood maps: P1 0–300 m, P2 0–200 m, P3 0–100 m along x (a river at x = 0);
 * buildings of 10 × 10 m.
 */
class FloodExposureTest {
  static final List<FloodExposure.Zone> ZONES = List.of(
      FloodExposure.Zone.of(box(0, 0, 300, 100), HazardClass.P1),
      FloodExposure.Zone.of(box(0, 0, 200, 100), HazardClass.P2),
      FloodExposure.Zone.of(box(0, 0, 100, 100), HazardClass.P3));

  @Test
  void a_building_is_in_the_most_frequent_zone_it_touches() {
    assertEquals(Optional.of(HazardClass.P3), FloodExposure.worstClass(box(50, 50, 60, 60), ZONES));
    assertEquals(Optional.of(HazardClass.P3), FloodExposure.worstClass(box(95, 50, 105, 60), ZONES), "partly in P3");
    assertEquals(Optional.of(HazardClass.P2), FloodExposure.worstClass(box(150, 50, 160, 60), ZONES));
    assertEquals(Optional.of(HazardClass.P1), FloodExposure.worstClass(box(250, 50, 260, 60), ZONES));
    assertEquals(Optional.empty(), FloodExposure.worstClass(box(350, 50, 360, 60), ZONES));
  }

  @Test
  void shares_of_residents_by_threshold() {
    List<FloodExposure.Exposed> homes = List.of(
        new FloodExposure.Exposed(box(50, 50, 60, 60), 10),    // P3
        new FloodExposure.Exposed(box(150, 50, 160, 60), 20),  // P2
        new FloodExposure.Exposed(box(250, 50, 260, 60), 30),  // P1
        new FloodExposure.Exposed(box(350, 50, 360, 60), 40)); // dry
    assertEquals(0.1, FloodExposure.shareExposed(homes, ZONES, HazardClass.P3), 1e-12);
    assertEquals(0.3, FloodExposure.shareExposed(homes, ZONES, HazardClass.P2), 1e-12);
    assertEquals(0.6, FloodExposure.shareExposed(homes, ZONES, HazardClass.P1), 1e-12, "any zone");
    assertEquals(0, FloodExposure.shareExposed(List.of(), ZONES, HazardClass.P1));
  }

  @Test
  void hazard_classes_parse_and_order() {
    assertEquals(HazardClass.P2, HazardClass.parse(" p2 "));
    assertEquals(true, HazardClass.P3.atLeast(HazardClass.P1));
    assertEquals(false, HazardClass.P1.atLeast(HazardClass.P2));
    assertThrows(IllegalArgumentException.class, () -> HazardClass.parse("P4"));
  }

  static Geometry box(double x0, double y0, double x1, double y1) {
    try {
      return new WKTReader().read("POLYGON ((" + x0 + " " + y0 + ", " + x1 + " " + y0 + ", " + x1 + " " + y1 + ", "
          + x0 + " " + y1 + ", " + x0 + " " + y0 + "))");
    } catch (org.locationtech.jts.io.ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
