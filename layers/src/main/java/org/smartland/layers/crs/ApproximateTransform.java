package org.smartland.layers.crs;

import java.util.Optional;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A reprojection over a small region, interpolated bilinearly from exact values on a grid: for drawing a map
 * tile, where each coordinate of thousands of features would otherwise go through the full projection
 * formulas. The grid is refined (4, 8, 16, 32 cells a side) until the interpolation error, checked at every
 * cell centre and edge midpoint, is within the tolerance; if even the finest grid misses it, {@link #over}
 * gives nothing and the caller reprojects exactly. Coordinates outside the region are reprojected exactly.
 */
public final class ApproximateTransform {
  private static final int[] SIZES = {4, 8, 16, 32};

  private final MathTransform exact;
  private final Envelope region;
  private final int n;
  private final double[] xs;
  private final double[] ys;
  private final double cellW;
  private final double cellH;
  private final int srid;

  private ApproximateTransform(MathTransform exact, Envelope region, int n, double[] xs, double[] ys, int srid) {
    this.exact = exact;
    this.region = region;
    this.n = n;
    this.xs = xs;
    this.ys = ys;
    this.cellW = region.getWidth() / n;
    this.cellH = region.getHeight() / n;
    this.srid = srid;
  }

  /**
   * @param exact     the exact transform
   * @param region    the source region to interpolate over (non-empty)
   * @param tolerance the largest error allowed, in target units
   * @param srid      the target SRID, set on transformed geometries
   */
  static Optional<ApproximateTransform> over(MathTransform exact, Envelope region, double tolerance, int srid) {
    if (region.isNull() || region.getWidth() <= 0 || region.getHeight() <= 0 || !(tolerance > 0)) {
      return Optional.empty();
    }
    try {
      for (int n : SIZES) {
        double[] xs = new double[(n + 1) * (n + 1)];
        double[] ys = new double[(n + 1) * (n + 1)];
        double[] p = new double[2];
        for (int j = 0; j <= n; j++) {
          for (int i = 0; i <= n; i++) {
            p[0] = region.getMinX() + region.getWidth() * i / n;
            p[1] = region.getMinY() + region.getHeight() * j / n;
            exact.transform(p, 0, p, 0, 1);
            xs[j * (n + 1) + i] = p[0];
            ys[j * (n + 1) + i] = p[1];
          }
        }
        ApproximateTransform t = new ApproximateTransform(exact, region, n, xs, ys, srid);
        if (t.maxError() <= tolerance) {
          return Optional.of(t);
        }
      }
    } catch (TransformException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** A copy of the geometry in the target CRS. */
  public Geometry transform(Geometry g) {
    Geometry out = g.copy();
    out.apply(new CoordinateSequenceFilter() {
      private final double[] p = new double[2];

      @Override
      public void filter(CoordinateSequence seq, int i) {
        p[0] = seq.getX(i);
        p[1] = seq.getY(i);
        apply(p);
        seq.setOrdinate(i, 0, p[0]);
        seq.setOrdinate(i, 1, p[1]);
      }

      @Override
      public boolean isDone() {
        return false;
      }

      @Override
      public boolean isGeometryChanged() {
        return true;
      }
    });
    out.setSRID(srid);
    return out;
  }

  private void apply(double[] p) {
    double fx = (p[0] - region.getMinX()) / cellW;
    double fy = (p[1] - region.getMinY()) / cellH;
    if (fx < 0 || fy < 0 || fx > n || fy > n) {
      try {
        exact.transform(p, 0, p, 0, 1);
      } catch (TransformException e) {
        p[0] = Double.NaN;
        p[1] = Double.NaN;
      }
      return;
    }
    int i = Math.min((int) fx, n - 1);
    int j = Math.min((int) fy, n - 1);
    double u = fx - i;
    double v = fy - j;
    int a = j * (n + 1) + i;
    int b = a + 1;
    int c = a + n + 1;
    int d = c + 1;
    p[0] = (1 - v) * ((1 - u) * xs[a] + u * xs[b]) + v * ((1 - u) * xs[c] + u * xs[d]);
    p[1] = (1 - v) * ((1 - u) * ys[a] + u * ys[b]) + v * ((1 - u) * ys[c] + u * ys[d]);
  }

  private double maxError() throws TransformException {
    double worst = 0;
    double[] exactP = new double[2];
    double[] approxP = new double[2];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        for (double[] f : new double[][] {{0.5, 0.5}, {0.5, 0}, {0, 0.5}}) {
          double x = region.getMinX() + cellW * (i + f[0]);
          double y = region.getMinY() + cellH * (j + f[1]);
          exactP[0] = x;
          exactP[1] = y;
          exact.transform(exactP, 0, exactP, 0, 1);
          approxP[0] = x;
          approxP[1] = y;
          apply(approxP);
          worst = Math.max(worst, Math.hypot(exactP[0] - approxP[0], exactP[1] - approxP[1]));
        }
      }
    }
    return worst;
  }
}
