package org.smartland.layers.tiles;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Cuts a closed ring to a square, edge by edge (Sutherland–Hodgman). Fast, and exact for the usual case; but
 * a ring whose part inside is not connected comes out as one ring joined by zero-width bridges along the
 * square's edges, which is not simple: callers test the result and fall back to an overlay then.
 */
final class RingClipper {
  private final double min;
  private final double max;

  /** A clipper to the square {@code min…max} on both axes. */
  RingClipper(double min, double max) {
    this.min = min;
    this.max = max;
  }

  /** The clipped ring, closed; null when fewer than three points are left. */
  Coordinate[] clip(Coordinate[] ring) {
    List<Coordinate> pts = new ArrayList<>(ring.length + 4);
    for (int i = 0; i + 1 < ring.length; i++) {
      pts.add(ring[i]);
    }
    for (int edge = 0; edge < 4 && pts.size() >= 3; edge++) {
      pts = clip(pts, edge);
    }
    if (pts.size() < 3) {
      return null;
    }
    pts.add(pts.get(0));
    return pts.toArray(new Coordinate[0]);
  }

  private List<Coordinate> clip(List<Coordinate> in, int edge) {
    List<Coordinate> out = new ArrayList<>(in.size() + 4);
    Coordinate prev = in.get(in.size() - 1);
    boolean prevInside = inside(prev, edge);
    for (Coordinate cur : in) {
      boolean curInside = inside(cur, edge);
      if (curInside != prevInside) {
        out.add(crossing(prev, cur, edge));
      }
      if (curInside) {
        out.add(cur);
      }
      prev = cur;
      prevInside = curInside;
    }
    return out;
  }

  /** Edges: 0 left (x ≥ min), 1 right (x ≤ max), 2 top (y ≥ min), 3 bottom (y ≤ max). */
  private boolean inside(Coordinate c, int edge) {
    return switch (edge) {
      case 0 -> c.x >= min;
      case 1 -> c.x <= max;
      case 2 -> c.y >= min;
      default -> c.y <= max;
    };
  }

  private Coordinate crossing(Coordinate a, Coordinate b, int edge) {
    if (edge < 2) {
      double x = edge == 0 ? min : max;
      return new Coordinate(x, a.y + (x - a.x) * (b.y - a.y) / (b.x - a.x));
    }
    double y = edge == 2 ? min : max;
    return new Coordinate(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y), y);
  }
}
