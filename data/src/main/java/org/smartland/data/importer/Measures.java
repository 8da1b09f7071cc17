package org.smartland.data.importer;

import org.locationtech.jts.geom.Geometry;

/**
 * The measures a field can be {@code computed} from: {@code length_m}, {@code area_m2}, {@code area_ha}, taken
 * on the stored geometry in the territory's projected CRS (metres). UTM scale error inside a territory is
 * below 0.1 % and is not corrected.
 */
final class Measures {
  private Measures() {
  }

  /** The measure, rounded to centimetres (or square centimetres, or 0.0001 ha). */
  static double of(String measure, Geometry g) {
    return switch (measure) {
      case "length_m" -> round(g.getLength(), 100);
      case "area_m2" -> round(g.getArea(), 100);
      case "area_ha" -> round(g.getArea() / 10_000, 10_000);
      default -> throw new IllegalArgumentException("unknown measure '" + measure + "'");
    };
  }

  private static double round(double v, double scale) {
    return Math.round(v * scale) / scale;
  }
}
