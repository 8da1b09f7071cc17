package org.smartland.layers.render;

import java.awt.geom.Path2D;
import java.util.Arrays;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * One feature's geometry in pixels, simplified to the pixel, built once per feature and shared by all the
 * symbolizers that draw it. Reused from feature to feature: loading a new geometry allocates nothing once
 * the buffers have grown to the largest geometry seen.
 *
 * <p>Method: coordinates are transformed to pixels and a vertex is kept only if it lies at least the
 * tolerance (half a pixel) away from the last kept one; a line keeps its last vertex. A ring that would keep
 * fewer than three vertices (a building smaller than a pixel) keeps all of them, so tiny areas still cover
 * their true fraction of a pixel. Polygons go to {@link #areas} (even-odd, holes cut out), lines to
 * {@link #lines}, points to a coordinate list; the kept vertices of every line and ring are also listed as
 * parts, for offsets, labels and mark anchors. Empty geometries contribute nothing.
 */
final class ScreenGeometry {
  /** Polygon rings, even-odd. */
  final Path2D.Double areas = new Path2D.Double(Path2D.WIND_EVEN_ODD, 256);
  /** Line strings. */
  final Path2D.Double lines = new Path2D.Double(Path2D.WIND_NON_ZERO, 256);

  private final ScreenTransform t;
  private final double tolerance2;

  private boolean hasAreas;
  private boolean hasLines;
  private double[] points = new double[8];
  private int pointCount;
  private double[] coords = new double[512];
  private int coordLength;
  private int[] partStarts = new int[16];
  private boolean[] partClosed = new boolean[16];
  private int partCount;
  private double[] scratch = new double[512];
  private double[] anchors = new double[8];
  private int anchorCount = -1;
  private Geometry source;

  ScreenGeometry(ScreenTransform transform, double tolerancePx) {
    this.t = transform;
    this.tolerance2 = tolerancePx * tolerancePx;
  }

  /** Replaces the content with this geometry (map coordinates). */
  void load(Geometry g) {
    areas.reset();
    lines.reset();
    hasAreas = false;
    hasLines = false;
    pointCount = 0;
    coordLength = 0;
    partCount = 0;
    anchorCount = -1;
    source = g;
    add(g);
  }

  /**
   * Where marks go, computed on first use: every point, the interior point of every polygon and the middle
   * (by length) of every line.
   */
  int anchorCount() {
    if (anchorCount < 0) {
      anchorCount = 0;
      for (int i = 0; i < pointCount; i++) {
        addAnchor(points[2 * i], points[2 * i + 1]);
      }
      for (int p = 0; p < partCount; p++) {
        if (!partClosed[p]) {
          addLineMiddle(p);
        }
      }
      addInteriorPoints(source);
    }
    return anchorCount;
  }

  double anchorX(int i) {
    return anchors[2 * i];
  }

  double anchorY(int i) {
    return anchors[2 * i + 1];
  }

  Geometry source() {
    return source;
  }

  boolean hasAreas() {
    return hasAreas;
  }

  boolean hasLines() {
    return hasLines;
  }

  int pointCount() {
    return pointCount;
  }

  double pointX(int i) {
    return points[2 * i];
  }

  double pointY(int i) {
    return points[2 * i + 1];
  }

  /** Lines and rings, as kept. */
  int partCount() {
    return partCount;
  }

  /** Whether the part is a polygon ring (its first vertex is not repeated at the end). */
  boolean partClosed(int part) {
    return partClosed[part];
  }

  /** Number of vertices of a part. */
  int partSize(int part) {
    int end = part + 1 < partCount ? partStarts[part + 1] : coordLength;
    return (end - partStarts[part]) / 2;
  }

  double partX(int part, int vertex) {
    return coords[partStarts[part] + 2 * vertex];
  }

  double partY(int part, int vertex) {
    return coords[partStarts[part] + 2 * vertex + 1];
  }

  /** The map-to-pixel transform. */
  ScreenTransform transform() {
    return t;
  }

  private void add(Geometry g) {
    if (g instanceof Point p) {
      if (!p.isEmpty()) {
        addPoint(t.x(p.getX()), t.y(p.getY()));
      }
    } else if (g instanceof LineString l) {
      addLine(l.getCoordinateSequence());
    } else if (g instanceof Polygon p) {
      addRing(p.getExteriorRing().getCoordinateSequence());
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        addRing(p.getInteriorRingN(i).getCoordinateSequence());
      }
    } else if (g instanceof GeometryCollection c) {
      for (int i = 0; i < c.getNumGeometries(); i++) {
        add(c.getGeometryN(i));
      }
    }
  }

  private void addLineMiddle(int part) {
    int n = partSize(part);
    double total = 0;
    for (int i = 1; i < n; i++) {
      total += Math.hypot(partX(part, i) - partX(part, i - 1), partY(part, i) - partY(part, i - 1));
    }
    double half = total / 2;
    for (int i = 1; i < n; i++) {
      double x0 = partX(part, i - 1);
      double y0 = partY(part, i - 1);
      double len = Math.hypot(partX(part, i) - x0, partY(part, i) - y0);
      if (len >= half && len > 0) {
        double f = half / len;
        addAnchor(x0 + f * (partX(part, i) - x0), y0 + f * (partY(part, i) - y0));
        return;
      }
      half -= len;
    }
    addAnchor(partX(part, 0), partY(part, 0));
  }

  private void addInteriorPoints(Geometry g) {
    if (g instanceof Polygon p && !p.isEmpty()) {
      Point ip = p.getInteriorPoint();
      addAnchor(t.x(ip.getX()), t.y(ip.getY()));
    } else if (g instanceof GeometryCollection c) {
      for (int i = 0; i < c.getNumGeometries(); i++) {
        addInteriorPoints(c.getGeometryN(i));
      }
    }
  }

  private void addAnchor(double x, double y) {
    if (2 * anchorCount + 2 > anchors.length) {
      anchors = Arrays.copyOf(anchors, anchors.length * 2);
    }
    anchors[2 * anchorCount] = x;
    anchors[2 * anchorCount + 1] = y;
    anchorCount++;
  }

  private void addPoint(double x, double y) {
    if (2 * pointCount + 2 > points.length) {
      points = Arrays.copyOf(points, points.length * 2);
    }
    points[2 * pointCount] = x;
    points[2 * pointCount + 1] = y;
    pointCount++;
  }

  private void addLine(CoordinateSequence seq) {
    int n = toScratch(seq);
    if (n < 2) {
      return;
    }
    startPart(false, n);
    double lx = scratch[0];
    double ly = scratch[1];
    lines.moveTo(lx, ly);
    keep(lx, ly);
    for (int i = 1; i < n - 1; i++) {
      double x = scratch[2 * i];
      double y = scratch[2 * i + 1];
      double dx = x - lx;
      double dy = y - ly;
      if (dx * dx + dy * dy >= tolerance2) {
        lines.lineTo(x, y);
        keep(x, y);
        lx = x;
        ly = y;
      }
    }
    lines.lineTo(scratch[2 * n - 2], scratch[2 * n - 1]);
    keep(scratch[2 * n - 2], scratch[2 * n - 1]);
    hasLines = true;
  }

  private void addRing(CoordinateSequence seq) {
    int n = toScratch(seq) - 1; // the closing vertex repeats the first
    if (n < 3) {
      return;
    }
    int kept = 1;
    double lx = scratch[0];
    double ly = scratch[1];
    for (int i = 1; i < n; i++) {
      double dx = scratch[2 * i] - lx;
      double dy = scratch[2 * i + 1] - ly;
      if (dx * dx + dy * dy >= tolerance2) {
        kept++;
        lx = scratch[2 * i];
        ly = scratch[2 * i + 1];
      }
    }
    boolean simplify = kept >= 3;
    startPart(true, n);
    lx = scratch[0];
    ly = scratch[1];
    areas.moveTo(lx, ly);
    keep(lx, ly);
    for (int i = 1; i < n; i++) {
      double x = scratch[2 * i];
      double y = scratch[2 * i + 1];
      double dx = x - lx;
      double dy = y - ly;
      if (!simplify || dx * dx + dy * dy >= tolerance2) {
        areas.lineTo(x, y);
        keep(x, y);
        lx = x;
        ly = y;
      }
    }
    areas.closePath();
    hasAreas = true;
  }

  private int toScratch(CoordinateSequence seq) {
    int n = seq.size();
    if (scratch.length < 2 * n) {
      scratch = new double[Math.max(2 * n, scratch.length * 2)];
    }
    for (int i = 0; i < n; i++) {
      scratch[2 * i] = t.x(seq.getX(i));
      scratch[2 * i + 1] = t.y(seq.getY(i));
    }
    return n;
  }

  private void startPart(boolean closed, int maxVertices) {
    if (partCount == partStarts.length) {
      partStarts = Arrays.copyOf(partStarts, partCount * 2);
      partClosed = Arrays.copyOf(partClosed, partCount * 2);
    }
    if (coordLength + 2 * maxVertices > coords.length) {
      coords = Arrays.copyOf(coords, Math.max(coords.length * 2, coordLength + 2 * maxVertices));
    }
    partStarts[partCount] = coordLength;
    partClosed[partCount] = closed;
    partCount++;
  }

  private void keep(double x, double y) {
    coords[coordLength++] = x;
    coords[coordLength++] = y;
  }
}
