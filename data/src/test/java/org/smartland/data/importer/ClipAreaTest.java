package org.smartland.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.smartland.data.territory.ClipMode;

class ClipAreaTest {
  private static Geometry wkt(String s) {
    try {
      return new WKTReader().read(s);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  final ClipArea area = ClipArea.around(List.of(wkt("POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0))"),
      wkt("POLYGON ((1000 0, 2000 0, 2000 1000, 1000 1000, 1000 0))")), 500);

  @Test
  void intersects_keeps_features_within_the_buffer_distance_exactly() {
    // Off a corner the buffer is round: a short line 499 m from the corner (2000, 1000) is kept, 501 m is not.
    double d = 499 / Math.sqrt(2);
    Geometry near = wkt("LINESTRING (" + (2000 + d) + " " + (1000 + d) + ", " + (2000 + d + 1) + " " + (1000 + d + 1) + ")");
    double f = 501 / Math.sqrt(2);
    Geometry far = wkt("LINESTRING (" + (2000 + f) + " " + (1000 + f) + ", " + (2000 + f + 1) + " " + (1000 + f + 1) + ")");
    assertTrue(area.apply(near, ClipMode.INTERSECTS).isPresent());
    assertTrue(area.apply(far, ClipMode.INTERSECTS).isEmpty());
  }

  @Test
  void cut_keeps_the_part_inside_the_buffer() {
    Geometry line = area.apply(wkt("LINESTRING (1000 500, 4000 500)"), ClipMode.CUT).orElseThrow();
    assertEquals(1500.0, line.getLength(), 1e-6);
    Geometry inside = wkt("LINESTRING (100 100, 200 200)");
    assertTrue(area.apply(inside, ClipMode.CUT).orElseThrow() == inside);
  }

  @Test
  void none_keeps_everything() {
    assertTrue(area.apply(wkt("POINT (99999 99999)"), ClipMode.NONE).isPresent());
  }
}
