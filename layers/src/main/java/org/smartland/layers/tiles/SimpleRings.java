package org.smartland.layers.tiles;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * A fast validity test for the small polygons that make most of a tile (buildings, parcels): a polygon
 * without holes is valid exactly when its shell is a simple ring — no two segments meet except neighbours
 * at their shared vertex, and no neighbours fold back over each other (which also rules out a ring without
 * area). Checked pairwise with exact orientation tests, which is far cheaper than a full
 * {@link Polygon#isValid()} for a few dozen vertices; larger polygons and polygons with holes get the full
 * test.
 */
final class SimpleRings {
  /** Rings with more segments than this go to the full validity test. */
  static final int MAX_SEGMENTS = 48;

  private SimpleRings() {
  }

  /** Whether the polygon is valid (as {@link Polygon#isValid()} would say). */
  static boolean isValid(Polygon p) {
    Coordinate[] shell = p.getExteriorRing().getCoordinates();
    if (p.getNumInteriorRing() > 0 || shell.length - 1 > MAX_SEGMENTS) {
      return p.isValid();
    }
    return isSimpleRing(shell);
  }

  /** Whether a closed ring (first point repeated last) is simple and has an area. */
  static boolean isSimpleRing(Coordinate[] r) {
    int n = r.length - 1;
    if (n < 3 || !r[0].equals2D(r[n])) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (r[i].equals2D(r[i + 1]) || foldsBack(r[i], r[i + 1], r[(i + 2) % n])) {
        return false;
      }
      for (int j = i + 2; j < n; j++) {
        if (i == 0 && j == n - 1) {
          continue;
        }
        if (intersect(r[i], r[i + 1], r[j], r[j + 1])) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a → b → c turns back along itself: c on the ray from b through a. */
  private static boolean foldsBack(Coordinate a, Coordinate b, Coordinate c) {
    return Orientation.index(a, b, c) == Orientation.COLLINEAR
        && (a.x - b.x) * (c.x - b.x) + (a.y - b.y) * (c.y - b.y) > 0;
  }

  /** Whether segments p1–p2 and q1–q2 share any point. */
  private static boolean intersect(Coordinate p1, Coordinate p2, Coordinate q1, Coordinate q2) {
    if (Math.max(p1.x, p2.x) < Math.min(q1.x, q2.x) || Math.max(q1.x, q2.x) < Math.min(p1.x, p2.x)
        || Math.max(p1.y, p2.y) < Math.min(q1.y, q2.y) || Math.max(q1.y, q2.y) < Math.min(p1.y, p2.y)) {
      return false;
    }
    int o1 = Orientation.index(p1, p2, q1);
    int o2 = Orientation.index(p1, p2, q2);
    int o3 = Orientation.index(q1, q2, p1);
    int o4 = Orientation.index(q1, q2, p2);
    if (o1 * o2 < 0 && o3 * o4 < 0) {
      return true;
    }
    return o1 == 0 && within(p1, p2, q1) || o2 == 0 && within(p1, p2, q2)
        || o3 == 0 && within(q1, q2, p1) || o4 == 0 && within(q1, q2, p2);
  }

  /** Whether c, collinear with a–b, lies on the segment. */
  private static boolean within(Coordinate a, Coordinate b, Coordinate c) {
    return c.x >= Math.min(a.x, b.x) && c.x <= Math.max(a.x, b.x) && c.y >= Math.min(a.y, b.y) && c.y <= Math.max(a.y, b.y);
  }
}
