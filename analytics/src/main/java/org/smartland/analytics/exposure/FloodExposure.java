package org.smartland.analytics.exposure;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Which flood hazard class a footprint or point falls in, and how much of a weighted population is exposed.
 * Geometries are in one metric CRS. A footprint that touches a zone is in it (a building partly flooded is hit).
 */
public final class FloodExposure {
  /** One hazard zone, prepared once for many intersection tests. */
  public record Zone(PreparedGeometry area, HazardClass hazard) {
    public static Zone of(Geometry area, HazardClass hazard) {
      return new Zone(PreparedGeometryFactory.prepare(area), hazard);
    }
  }

  /** A thing exposed: its footprint (or point) and its weight (residents, or 1 to count). */
  public record Exposed(Geometry geometry, double weight) {
  }

  private FloodExposure() {
  }

  /** The most frequent hazard class of the zones the geometry intersects; empty if none. */
  public static Optional<HazardClass> worstClass(Geometry g, List<Zone> zones) {
    HazardClass worst = null;
    for (Zone z : zones) {
      if ((worst == null || !worst.atLeast(z.hazard())) && z.area().intersects(g)) {
        worst = z.hazard();
        if (worst == HazardClass.P3) {
          break;
        }
      }
    }
    return Optional.ofNullable(worst);
  }

  /**
   * The weight of the things whose worst class is at least {@code threshold} (P1 = any zone), over all
   * their weight; 0 when they weigh nothing.
   */
  public static double shareExposed(List<Exposed> things, List<Zone> zones, HazardClass threshold) {
    double total = 0;
    double exposed = 0;
    for (Exposed t : things) {
      total += t.weight();
      Optional<HazardClass> c = worstClass(t.geometry(), zones);
      if (c.isPresent() && c.get().atLeast(threshold)) {
        exposed += t.weight();
      }
    }
    return total == 0 ? 0 : exposed / total;
  }
}
