package org.smartland.layers.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.smartland.layers.crs.CrsTransforms;

class ScaleDenominatorTest {
  private static final CrsTransforms CRS = new CrsTransforms();

  @Test
  void projected_widths_are_metres_over_pixels_of_0_28_mm() {
    // 256 px * 0.28 mm = 7.168 cm of screen showing 7168 m: 1:100,000
    assertEquals(100_000, ScaleDenominator.of(new Envelope(500000, 507168, 5030000, 5031000), 32632, 256, CRS), 1e-6);
    assertEquals(50_000, ScaleDenominator.of(new Envelope(0, 7168, 0, 10), 3857, 512, CRS), 1e-6);
  }

  @Test
  void geographic_widths_are_converted_at_the_centre_latitude() {
    double metresPerDegreeAt45 = Math.toRadians(1) * 6_378_137 * Math.cos(Math.toRadians(45));
    double expected = metresPerDegreeAt45 * 0.1 / (1000 * 0.00028);
    assertEquals(expected, ScaleDenominator.of(new Envelope(9.0, 9.1, 44.9, 45.1), 4326, 1000, CRS), 1e-6);
    assertEquals(Math.toRadians(1) * 6_378_137 / (100 * 0.00028),
        ScaleDenominator.of(new Envelope(0, 1, -1, 1), 4326, 100, CRS), 1e-6);
  }

  @Test
  void a_box_without_width_has_scale_zero_and_an_image_without_width_is_refused() {
    assertEquals(0, ScaleDenominator.of(new Envelope(5, 5, 0, 1), 32632, 256, CRS));
    assertThrows(IllegalArgumentException.class, () -> ScaleDenominator.of(new Envelope(0, 1, 0, 1), 32632, 0, CRS));
  }
}
