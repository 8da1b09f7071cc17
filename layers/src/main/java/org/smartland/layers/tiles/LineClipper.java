package org.smartland.layers.tiles;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Cuts a line to an axis-aligned rectangle, segment by segment (Liang–Barsky), into the runs that lie inside.
 *
 * <p>Unlike an overlay, the line is not noded at its own crossings: a run inside the rectangle comes out as
 * one piece, in the input's order. Vertices inside keep their exact coordinates; new vertices lie on the
 * rectangle's edges. The rectangle is closed: a run touching an edge from outside gives a one-point piece,
 * which callers drop as degenerate.
 */
final class LineClipper {
  private final double minX;
  private final double minY;
  private final double maxX;
  private final double maxY;

  LineClipper(double minX, double minY, double maxX, double maxY) {
    this.minX = minX;
    this.minY = minY;
    this.maxX = maxX;
    this.maxY = maxY;
  }

  /** The pieces of the line inside the rectangle, in order; empty when none. */
  List<Coordinate[]> clip(Coordinate[] line) {
    List<Coordinate[]> pieces = new ArrayList<>();
    if (line.length == 1) {
      if (inside(line[0])) {
        pieces.add(new Coordinate[] {line[0]});
      }
      return pieces;
    }
    List<Coordinate> run = null;
    double[] t = new double[2];
    for (int i = 0; i + 1 < line.length; i++) {
      Coordinate a = line[i];
      Coordinate b = line[i + 1];
      if (!clipSegment(a, b, t)) {
        run = close(run, pieces);
        continue;
      }
      if (run == null || t[0] > 0) {
        run = close(run, pieces);
        run = new ArrayList<>();
        run.add(t[0] == 0 ? a : at(a, b, t[0]));
      }
      run.add(t[1] == 1 ? b : at(a, b, t[1]));
      if (t[1] < 1) {
        run = close(run, pieces);
      }
    }
    close(run, pieces);
    return pieces;
  }

  private boolean inside(Coordinate c) {
    return c.x >= minX && c.x <= maxX && c.y >= minY && c.y <= maxY;
  }

  /** Sets {@code t} to the parameters (0 to 1) of the part of segment a–b inside; false when none is. */
  private boolean clipSegment(Coordinate a, Coordinate b, double[] t) {
    double dx = b.x - a.x;
    double dy = b.y - a.y;
    t[0] = 0;
    t[1] = 1;
    return edge(-dx, a.x - minX, t) && edge(dx, maxX - a.x, t) && edge(-dy, a.y - minY, t) && edge(dy, maxY - a.y, t);
  }

  private static boolean edge(double p, double q, double[] t) {
    if (p == 0) {
      return q >= 0;
    }
    double r = q / p;
    if (p < 0) {
      if (r > t[1]) {
        return false;
      }
      t[0] = Math.max(t[0], r);
    } else {
      if (r < t[0]) {
        return false;
      }
      t[1] = Math.min(t[1], r);
    }
    return true;
  }

  private static Coordinate at(Coordinate a, Coordinate b, double t) {
    return new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
  }

  private static List<Coordinate> close(List<Coordinate> run, List<Coordinate[]> pieces) {
    if (run != null) {
      pieces.add(run.toArray(new Coordinate[0]));
    }
    return null;
  }
}
