package org.smartland.layers.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class SimpleRingsTest {
  private static final GeometryFactory GF = new GeometryFactory();

  private static Polygon polygon(String wkt) throws ParseException {
    return (Polygon) new WKTReader().read(wkt);
  }

  @Test
  void shells_that_cross_touch_or_fold_back_are_invalid() throws ParseException {
    assertTrue(SimpleRings.isValid(polygon("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))")));
    assertFalse(SimpleRings.isValid(polygon("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))")));
    assertFalse(SimpleRings.isValid(polygon("POLYGON ((0 0, 10 0, 10 10, 5 0, 0 10, 0 0))")));
    assertFalse(SimpleRings.isValid(polygon("POLYGON ((0 0, 10 0, 20 0, 0 0))")));
    assertFalse(SimpleRings.isValid(polygon("POLYGON ((0 0, 10 0, 10 10, 10 5, 10 20, 0 10, 0 0))")));
  }

  @Test
  void agrees_with_the_full_validity_test_on_random_small_rings() {
    Random random = new Random(1324);
    int invalid = 0;
    for (int n = 0; n < 20_000; n++) {
      int size = 3 + random.nextInt(6);
      List<Coordinate> ring = new ArrayList<>();
      while (ring.size() < size) {
        Coordinate c = new Coordinate(random.nextInt(6), random.nextInt(6));
        if (ring.isEmpty() || !ring.get(ring.size() - 1).equals2D(c)) {
          ring.add(c);
        }
      }
      if (ring.get(0).equals2D(ring.get(ring.size() - 1))) {
        continue;
      }
      ring.add(ring.get(0));
      Polygon p = GF.createPolygon(ring.toArray(new Coordinate[0]));
      assertEquals(p.isValid(), SimpleRings.isValid(p), p::toText);
      invalid += p.isValid() ? 0 : 1;
    }
    assertTrue(invalid > 1000, "the sample holds invalid rings: " + invalid);
  }
}
