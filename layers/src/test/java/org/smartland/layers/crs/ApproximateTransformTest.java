package org.smartland.layers.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class ApproximateTransformTest {
  private static final CrsTransforms CRS = new CrsTransforms();
  private static final GeometryFactory GF = new GeometryFactory();

  @Test
  void interpolated_coordinates_stay_within_the_tolerance_of_the_exact_ones() {
    Envelope tile = new Envelope(500_000, 509_784, 5_025_000, 5_034_784);
    double tolerance = 3.8;
    ApproximateTransform t = CRS.approximate(32632, 3857, tile, tolerance).orElseThrow();
    Random r = new Random(5);
    for (int i = 0; i < 2000; i++) {
      double x = tile.getMinX() - 2000 + r.nextDouble() * (tile.getWidth() + 4000);
      double y = tile.getMinY() - 2000 + r.nextDouble() * (tile.getHeight() + 4000);
      Geometry p = GF.createPoint(new Coordinate(x, y));
      Coordinate exact = CRS.transform(p, 32632, 3857).getCoordinate();
      Coordinate approx = t.transform(p).getCoordinate();
      assertTrue(exact.distance(approx) <= tolerance, exact + " vs " + approx);
    }
    assertEquals(3857, t.transform(GF.createPoint(new Coordinate(501_000, 5_026_000))).getSRID());
  }

  @Test
  void no_approximation_when_none_can_meet_the_tolerance_or_nothing_changes() {
    Envelope continent = new Envelope(-2_000_000, 3_000_000, 3_000_000, 8_000_000);
    assertTrue(CRS.approximate(32632, 3857, continent, 1e-6).isEmpty());
    assertTrue(CRS.approximate(32632, 32632, new Envelope(0, 1, 0, 1), 1).isEmpty());
  }
}
