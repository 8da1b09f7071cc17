package org.smartland.server.uploads;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * The geometries of an ESRI shapefile's {@code .shp} (ESRI Shapefile Technical Description, 1998): Point, MultiPoint,
 * PolyLine and Polygon with their Z and M variants, read as 2D (the Z and M arrays that follow the points are skipped).
 * A PolyLine of one part is a LineString, of several a MultiLineString; a Polygon's rings become polygons with holes
 * ({@link ShapeRings}). Every count the file declares is checked against the bytes the record really has before
 * anything is allocated, so a hostile count is a problem of its record, never a huge allocation.
 */
final class ShapeRecords {
  /** One record: its 1-based number and its geometry, or why it could not be read (then the geometry is null). */
  record ShapeRecord(long number, Geometry geometry, String problem) {
  }

  private final ByteBuffer shp;
  private final int end;
  private long read;

  /**
   * @throws UnreadableUploadException when the header is not a shapefile's
   */
  ShapeRecords(byte[] bytes) {
    if (bytes.length < 100) {
      throw new UnreadableUploadException("the .shp has " + bytes.length + " bytes, fewer than its 100-byte header");
    }
    this.shp = ByteBuffer.wrap(bytes);
    if (shp.order(ByteOrder.BIG_ENDIAN).getInt(0) != 9994) {
      throw new UnreadableUploadException("the .shp is not a shapefile (its file code is not 9994)");
    }
    long declared = (shp.getInt(24) & 0xffffffffL) * 2;
    this.end = (int) Math.min(bytes.length, Math.max(100, declared));
    int type = shp.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
    if (type == 31) {
      throw new UnreadableUploadException("the .shp holds MultiPatch shapes, which are not read");
    }
    shp.position(100);
  }

  /** The shape type of the header (1 Point, 3 PolyLine, 5 Polygon, 8 MultiPoint, +10 Z, +20 M). */
  int shapeType() {
    return shp.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
  }

  boolean hasNext() {
    return shp.position() + 8 <= end;
  }

  /**
   * The next record.
   *
   * @throws UnreadableUploadException when a record header points past the end of the file (the rest is unreadable)
   */
  ShapeRecord next() {
    int at = shp.position();
    long number = ++read;
    int length = shp.order(ByteOrder.BIG_ENDIAN).getInt(at + 4);
    long bytes = (length & 0xffffffffL) * 2;
    if (length < 0 || at + 8 + bytes > end) {
      throw new UnreadableUploadException("the .shp record " + number + " declares " + bytes
          + " bytes, past the end of the file (it is truncated or corrupt)");
    }
    ByteBuffer content = shp.slice(at + 8, (int) bytes).order(ByteOrder.LITTLE_ENDIAN);
    shp.position(at + 8 + (int) bytes);
    try {
      return new ShapeRecord(number, geometry(content), null);
    } catch (IllegalArgumentException e) {
      return new ShapeRecord(number, null, e.getMessage());
    }
  }

  /** The geometry of one record's content; null for a Null shape. */
  static Geometry geometry(ByteBuffer c) {
    need(c, 4, "its shape type");
    int type = c.getInt(0);
    return switch (type) {
      case 0 -> null;
      case 1, 11, 21 -> point(c);
      case 8, 18, 28 -> multiPoint(c);
      case 3, 13, 23 -> polyLine(c);
      case 5, 15, 25 -> ShapeRings.polygon(parts(c));
      default -> throw new IllegalArgumentException("has the shape type " + type + ", which is not read");
    };
  }

  private static Point point(ByteBuffer c) {
    need(c, 20, "a point");
    return PackedGeometries.FACTORY.createPoint(PackedGeometries.sequence(new double[] {c.getDouble(4), c.getDouble(12)}));
  }

  private static Geometry multiPoint(ByteBuffer c) {
    need(c, 40, "a multipoint header");
    int n = c.getInt(36);
    if (n < 0 || 40 + 16L * n > c.limit()) {
      throw new IllegalArgumentException("declares " + n + " points, more than its " + c.limit() + " bytes hold");
    }
    Point[] points = new Point[n];
    for (int i = 0; i < n; i++) {
      points[i] = PackedGeometries.FACTORY.createPoint(PackedGeometries.sequence(
          new double[] {c.getDouble(40 + 16 * i), c.getDouble(48 + 16 * i)}));
    }
    return PackedGeometries.FACTORY.createMultiPoint(points);
  }

  private static Geometry polyLine(ByteBuffer c) {
    List<double[]> parts = parts(c);
    LineString[] lines = new LineString[parts.size()];
    for (int i = 0; i < lines.length; i++) {
      if (parts.get(i).length < 4) {
        throw new IllegalArgumentException("part " + (i + 1) + " has fewer than 2 points");
      }
      lines[i] = PackedGeometries.FACTORY.createLineString(PackedGeometries.sequence(parts.get(i)));
    }
    return lines.length == 1 ? lines[0] : PackedGeometries.FACTORY.createMultiLineString(lines);
  }

  /** The parts of a PolyLine or Polygon, each as x, y pairs. */
  private static List<double[]> parts(ByteBuffer c) {
    need(c, 44, "a polyline or polygon header");
    int numParts = c.getInt(36);
    int numPoints = c.getInt(40);
    if (numParts < 0 || numPoints < 0 || 44 + 4L * numParts + 16L * numPoints > c.limit()) {
      throw new IllegalArgumentException("declares " + numParts + " parts and " + numPoints + " points, more than its "
          + c.limit() + " bytes hold");
    }
    int pointsAt = 44 + 4 * numParts;
    List<double[]> out = new ArrayList<>(numParts);
    for (int p = 0; p < numParts; p++) {
      int from = c.getInt(44 + 4 * p);
      int to = p + 1 < numParts ? c.getInt(48 + 4 * p) : numPoints;
      if (from < 0 || to > numPoints || from >= to) {
        throw new IllegalArgumentException("part " + (p + 1) + " starts at point " + from + ", outside its "
            + numPoints + " points or after the next part");
      }
      double[] xy = new double[2 * (to - from)];
      for (int i = from; i < to; i++) {
        xy[2 * (i - from)] = c.getDouble(pointsAt + 16 * i);
        xy[2 * (i - from) + 1] = c.getDouble(pointsAt + 16 * i + 8);
      }
      out.add(xy);
    }
    return out;
  }

  private static void need(ByteBuffer c, int bytes, String what) {
    if (c.limit() < bytes) {
      throw new IllegalArgumentException("is too short for " + what + " (" + c.limit() + " bytes)");
    }
  }
}
