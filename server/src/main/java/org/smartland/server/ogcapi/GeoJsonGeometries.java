package org.smartland.server.ogcapi;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the GeoJSON geometry objects of request bodies (RFC 7946: Point, LineString, Polygon, their Multi forms and
 * GeometryCollection, nested at most {@value #MAX_DEPTH} deep) into JTS geometries, x and y as written: the caller
 * knows the CRS and its axis order. An altitude is dropped (layers are 2D). Anything malformed fails with an
 * {@link Invalid} that names the member at fault ({@code coordinates[0][3]}), so a client can find it.
 */
final class GeoJsonGeometries {
  static final int MAX_DEPTH = 4;
  private static final GeometryFactory FACTORY = new GeometryFactory();

  /** A malformed geometry: where ({@code coordinates[1]}) and what is wrong. */
  static final class Invalid extends RuntimeException {
    Invalid(String where, String message) {
      super((where.isEmpty() ? "" : where + ": ") + message);
    }
  }

  private GeoJsonGeometries() {
  }

  static Geometry read(JsonNode g) {
    return read(g, "", 0);
  }

  private static Geometry read(JsonNode g, String at, int depth) {
    if (!g.isObject()) {
      throw new Invalid(at, "a geometry is a JSON object with \"type\" and \"coordinates\", not " + kind(g));
    }
    JsonNode typeNode = g.get("type");
    if (typeNode == null || !typeNode.isTextual()) {
      throw new Invalid(at, "a geometry needs a \"type\" string");
    }
    String type = typeNode.textValue();
    if (type.equals("GeometryCollection")) {
      if (depth >= MAX_DEPTH) {
        throw new Invalid(at, "geometry collections nest deeper than " + MAX_DEPTH + " levels");
      }
      JsonNode members = array(g.get("geometries"), join(at, "geometries"));
      Geometry[] parts = new Geometry[members.size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = read(members.get(i), join(at, "geometries[" + i + "]"), depth + 1);
      }
      return FACTORY.createGeometryCollection(parts);
    }
    String c = join(at, "coordinates");
    JsonNode coordinates = array(g.get("coordinates"), c);
    return switch (type) {
      case "Point" -> coordinates.isEmpty() ? FACTORY.createPoint() : FACTORY.createPoint(position(coordinates, c));
      case "LineString" -> line(coordinates, c);
      case "Polygon" -> polygon(coordinates, c);
      case "MultiPoint" -> {
        Point[] points = new Point[coordinates.size()];
        for (int i = 0; i < points.length; i++) {
          points[i] = FACTORY.createPoint(position(coordinates.get(i), c + "[" + i + "]"));
        }
        yield FACTORY.createMultiPoint(points);
      }
      case "MultiLineString" -> {
        LineString[] lines = new LineString[coordinates.size()];
        for (int i = 0; i < lines.length; i++) {
          lines[i] = line(array(coordinates.get(i), c + "[" + i + "]"), c + "[" + i + "]");
        }
        yield FACTORY.createMultiLineString(lines);
      }
      case "MultiPolygon" -> {
        Polygon[] polygons = new Polygon[coordinates.size()];
        for (int i = 0; i < polygons.length; i++) {
          polygons[i] = polygon(array(coordinates.get(i), c + "[" + i + "]"), c + "[" + i + "]");
        }
        yield FACTORY.createMultiPolygon(polygons);
      }
      default -> throw new Invalid(join(at, "type"), "'" + ApiCrs.abbreviate(type) + "' is not a GeoJSON geometry type"
          + " (Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, GeometryCollection)");
    };
  }

  private static LineString line(JsonNode c, String at) {
    Coordinate[] cs = positions(c, at);
    if (cs.length == 1) {
      throw new Invalid(at, "a line has at least 2 positions, not 1");
    }
    return FACTORY.createLineString(cs);
  }

  private static Polygon polygon(JsonNode c, String at) {
    if (c.isEmpty()) {
      return FACTORY.createPolygon();
    }
    LinearRing[] rings = new LinearRing[c.size()];
    for (int i = 0; i < rings.length; i++) {
      String r = at + "[" + i + "]";
      Coordinate[] cs = positions(array(c.get(i), r), r);
      if (cs.length < 4) {
        throw new Invalid(r, "a ring has at least 4 positions (the last equal to the first), not " + cs.length);
      }
      if (!cs[0].equals2D(cs[cs.length - 1])) {
        throw new Invalid(r, "a ring is closed: its last position must equal its first");
      }
      rings[i] = FACTORY.createLinearRing(cs);
    }
    LinearRing[] holes = new LinearRing[rings.length - 1];
    System.arraycopy(rings, 1, holes, 0, holes.length);
    return FACTORY.createPolygon(rings[0], holes);
  }

  private static Coordinate[] positions(JsonNode c, String at) {
    Coordinate[] out = new Coordinate[c.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = position(c.get(i), at + "[" + i + "]");
    }
    return out;
  }

  private static Coordinate position(JsonNode p, String at) {
    array(p, at);
    if (p.size() < 2 || p.size() > 3) {
      throw new Invalid(at, "a position has 2 numbers (or 3 with an altitude), not " + p.size());
    }
    return new Coordinate(number(p.get(0), at + "[0]"), number(p.get(1), at + "[1]"));
  }

  private static double number(JsonNode n, String at) {
    if (!n.isNumber()) {
      throw new Invalid(at, "expected a number, found " + kind(n));
    }
    double d = n.doubleValue();
    if (!Double.isFinite(d)) {
      throw new Invalid(at, "the number is too large");
    }
    return d;
  }

  private static JsonNode array(JsonNode n, String at) {
    if (n == null || !n.isArray()) {
      throw new Invalid(at, "expected an array, found " + (n == null ? "nothing" : kind(n)));
    }
    return n;
  }

  private static String join(String at, String member) {
    return at.isEmpty() ? member : at + "." + member;
  }

  /** How a JSON value is called in messages: {@code a string}, {@code an object}, ... */
  static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "nothing";
    };
  }
}
