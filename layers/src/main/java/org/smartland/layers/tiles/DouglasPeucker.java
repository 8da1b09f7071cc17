package org.smartland.layers.tiles;

import org.locationtech.jts.geom.Coordinate;

/**
 * Douglas–Peucker simplification of a coordinate run: keeps the endpoints and, recursively, the point
 * farthest from the segment between two kept points while it lies more than the tolerance away. A closed
 * ring stays closed (its first point is kept; the distance to the degenerate first–last segment is the
 * distance to that point). Works on arrays, without building geometries, for the tile hot path.
 */
final class DouglasPeucker {
  private DouglasPeucker() {
  }

  /** The simplified run; the same array when nothing is removed or the tolerance is not positive. */
  static Coordinate[] simplify(Coordinate[] pts, double tolerance) {
    int n = pts.length;
    if (n < 3 || !(tolerance > 0)) {
      return pts;
    }
    double tolerance2 = tolerance * tolerance;
    boolean[] keep = new boolean[n];
    keep[0] = true;
    keep[n - 1] = true;
    int kept = 2;
    int[] stack = new int[2 * n];
    int top = 0;
    stack[top++] = 0;
    stack[top++] = n - 1;
    while (top > 0) {
      int last = stack[--top];
      int first = stack[--top];
      double farthest = -1;
      int index = -1;
      for (int k = first + 1; k < last; k++) {
        double d = distance2(pts[k], pts[first], pts[last]);
        if (d > farthest) {
          farthest = d;
          index = k;
        }
      }
      if (farthest > tolerance2) {
        keep[index] = true;
        kept++;
        stack[top++] = first;
        stack[top++] = index;
        stack[top++] = index;
        stack[top++] = last;
      }
    }
    if (kept == n) {
      return pts;
    }
    Coordinate[] out = new Coordinate[kept];
    for (int i = 0, j = 0; i < n; i++) {
      if (keep[i]) {
        out[j++] = pts[i];
      }
    }
    return out;
  }

  /** The squared distance from p to the segment a–b. */
  private static double distance2(Coordinate p, Coordinate a, Coordinate b) {
    double dx = b.x - a.x;
    double dy = b.y - a.y;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
    double ex = a.x + t * dx - p.x;
    double ey = a.y + t * dy - p.y;
    return ex * ex + ey * ey;
  }
}
