package org.smartland.layers.render;

import java.awt.geom.AffineTransform;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The rectangle a label occupies, possibly rotated, in pixels: four corners and their axis-aligned bounds.
 * Two boxes collide when their interiors overlap (separating-axis test); boxes that only touch do not.
 */
final class LabelBox {
  private final double[] xs = new double[4];
  private final double[] ys = new double[4];
  final double minX;
  final double minY;
  final double maxX;
  final double maxY;

  /** The local rectangle [x0, x1] × [y0, y1] placed by the transform. */
  LabelBox(AffineTransform at, double x0, double y0, double x1, double y1) {
    double[] local = {x0, y0, x1, y0, x1, y1, x0, y1};
    double[] out = new double[8];
    at.transform(local, 0, out, 0, 4);
    double ax = Double.POSITIVE_INFINITY;
    double ay = Double.POSITIVE_INFINITY;
    double bx = Double.NEGATIVE_INFINITY;
    double by = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < 4; i++) {
      xs[i] = out[2 * i];
      ys[i] = out[2 * i + 1];
      ax = Math.min(ax, xs[i]);
      ay = Math.min(ay, ys[i]);
      bx = Math.max(bx, xs[i]);
      by = Math.max(by, ys[i]);
    }
    minX = ax;
    minY = ay;
    maxX = bx;
    maxY = by;
  }

  /** Whether the box lies within [0, width] × [0, height]. */
  boolean inside(int width, int height) {
    return minX >= 0 && minY >= 0 && maxX <= width && maxY <= height;
  }

  boolean collides(LabelBox o) {
    if (maxX <= o.minX || o.maxX <= minX || maxY <= o.minY || o.maxY <= minY) {
      return false;
    }
    return !separatedAlongEdges(this, o) && !separatedAlongEdges(o, this);
  }

  private static boolean separatedAlongEdges(LabelBox a, LabelBox b) {
    for (int e = 0; e < 2; e++) {
      double nx = -(a.ys[e + 1] - a.ys[e]);
      double ny = a.xs[e + 1] - a.xs[e];
      double aMin = Double.POSITIVE_INFINITY;
      double aMax = Double.NEGATIVE_INFINITY;
      double bMin = Double.POSITIVE_INFINITY;
      double bMax = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < 4; i++) {
        double pa = a.xs[i] * nx + a.ys[i] * ny;
        double pb = b.xs[i] * nx + b.ys[i] * ny;
        aMin = Math.min(aMin, pa);
        aMax = Math.max(aMax, pa);
        bMin = Math.min(bMin, pb);
        bMax = Math.max(bMax, pb);
      }
      double eps = 1e-9 * Math.max(1, Math.abs(aMax) + Math.abs(bMax));
      if (aMax <= bMin + eps || bMax <= aMin + eps) {
        return true;
      }
    }
    return false;
  }

  /** The box as a polygon in pixel coordinates. */
  Polygon toPolygon(GeometryFactory gf) {
    Coordinate[] ring = new Coordinate[5];
    for (int i = 0; i < 4; i++) {
      ring[i] = new Coordinate(xs[i], ys[i]);
    }
    ring[4] = ring[0].copy();
    return gf.createPolygon(ring);
  }
}
