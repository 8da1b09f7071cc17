package org.smartland.data.source;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds JTS geometries from GeoJSON geometry objects (RFC 7946): Point, LineString, Polygon, their Multi
 * forms and GeometryCollection; a third ordinate is dropped. Anything malformed — a missing or non-numeric
 * position, a ring with fewer than four positions or not closed — fails with an
 * {@link IllegalArgumentException} that says what is wrong.
 */
final class GeoJsonGeometry {
  private final GeometryFactory factory;

  GeoJsonGeometry(GeometryFactory factory) {
    this.factory = factory;
  }

  Geometry parse(JsonNode g) {
    if (g == null || !g.isObject()) {
      throw new IllegalArgumentException("geometry must be an object");
    }
    String type = g.path("type").asText("");
    if (type.equals("GeometryCollection")) {
      JsonNode members = array(g.get("geometries"), "geometries");
      Geometry[] parts = new Geometry[members.size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = parse(members.get(i));
      }
      return factory.createGeometryCollection(parts);
    }
    JsonNode c = array(g.get("coordinates"), "coordinates");
    return switch (type) {
      case "Point" -> factory.createPoint(position(c));
      case "LineString" -> line(c);
      case "Polygon" -> polygon(c);
      case "MultiPoint" -> {
        Point[] points = new Point[c.size()];
        for (int i = 0; i < points.length; i++) {
          points[i] = factory.createPoint(position(c.get(i)));
        }
        yield factory.createMultiPoint(points);
      }
      case "MultiLineString" -> {
        LineString[] lines = new LineString[c.size()];
        for (int i = 0; i < lines.length; i++) {
          lines[i] = line(array(c.get(i), "line coordinates"));
        }
        yield factory.createMultiLineString(lines);
      }
      case "MultiPolygon" -> {
        Polygon[] polygons = new Polygon[c.size()];
        for (int i = 0; i < polygons.length; i++) {
          polygons[i] = polygon(array(c.get(i), "polygon coordinates"));
        }
        yield factory.createMultiPolygon(polygons);
      }
      default -> throw new IllegalArgumentException("unknown geometry type '" + type + "'");
    };
  }

  private LineString line(JsonNode c) {
    Coordinate[] cs = positions(c);
    if (cs.length < 2) {
      throw new IllegalArgumentException("a LineString needs at least 2 positions, not " + cs.length);
    }
    return factory.createLineString(cs);
  }

  private Polygon polygon(JsonNode rings) {
    if (rings.isEmpty()) {
      return factory.createPolygon();
    }
    LinearRing shell = ring(array(rings.get(0), "ring"));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(array(rings.get(i), "ring"));
    }
    return factory.createPolygon(shell, holes);
  }

  private LinearRing ring(JsonNode c) {
    Coordinate[] cs = positions(c);
    if (cs.length < 4) {
      throw new IllegalArgumentException("a polygon ring needs at least 4 positions, not " + cs.length);
    }
    if (!cs[0].equals2D(cs[cs.length - 1])) {
      throw new IllegalArgumentException("a polygon ring is not closed (first position " + cs[0].x + " " + cs[0].y
          + ", last " + cs[cs.length - 1].x + " " + cs[cs.length - 1].y + ")");
    }
    return factory.createLinearRing(cs);
  }

  private Coordinate[] positions(JsonNode c) {
    Coordinate[] out = new Coordinate[c.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = position(c.get(i));
    }
    return out;
  }

  private static Coordinate position(JsonNode p) {
    if (p == null || !p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
      throw new IllegalArgumentException("a position must be an array of at least two numbers, not " + p);
    }
    double x = p.get(0).asDouble();
    double y = p.get(1).asDouble();
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("a position has a non-finite number: " + p);
    }
    return new Coordinate(x, y);
  }

  private static JsonNode array(JsonNode n, String what) {
    if (n == null || !n.isArray()) {
      throw new IllegalArgumentException(what + " must be an array");
    }
    return n;
  }
}
