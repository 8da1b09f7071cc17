package org.smartland.server.uploads;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads one GeoJSON geometry (RFC 7946) straight from the parser, without building a JSON tree: Point, LineString,
 * Polygon, their Multi forms and GeometryCollection; positions beyond x and y are dropped. The whole geometry value is
 * always consumed, even when it is malformed, so that the next feature is read from the right place; what is wrong is
 * then thrown as an {@link IllegalArgumentException}. Reading stops keeping positions past {@code maxPositions}.
 */
final class GeoJsonGeometries {
  private static final GeometryFactory F = PackedGeometries.FACTORY;
  private final int maxPositions;
  private int positions;
  private String problem;

  private GeoJsonGeometries(int maxPositions) {
    this.maxPositions = maxPositions;
  }

  /**
   * The geometry at the parser's current token (an object, or null for none), the parser left on its last token.
   *
   * @return null for a null geometry
   * @throws IllegalArgumentException saying what is malformed
   */
  static Geometry read(JsonParser p, int maxPositions) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    GeoJsonGeometries r = new GeoJsonGeometries(maxPositions);
    Geometry g = r.object(p);
    if (r.problem != null) {
      throw new IllegalArgumentException(r.problem);
    }
    return g;
  }

  private Geometry object(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      fail("the geometry is not a JSON object");
      p.skipChildren();
      return null;
    }
    String type = null;
    Object coordinates = null;
    List<Geometry> members = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "type" -> {
          type = t == JsonToken.VALUE_STRING ? p.getText() : null;
          p.skipChildren();
        }
        case "coordinates" -> coordinates = coords(p);
        case "geometries" -> {
          members = new ArrayList<>();
          if (t != JsonToken.START_ARRAY) {
            fail("geometries must be an array");
            p.skipChildren();
          } else {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              members.add(object(p));
            }
          }
        }
        default -> p.skipChildren();
      }
    }
    if (problem != null) {
      return null;
    }
    try {
      return build(type, coordinates, members);
    } catch (IllegalArgumentException | ClassCastException e) {
      fail(e instanceof ClassCastException ? "the coordinates of a " + type + " are not nested as its type needs"
          : e.getMessage());
      return null;
    }
  }

  /** A position as {@code double[2]}, or a {@link List} of nested coordinates. */
  private Object coords(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      fail("coordinates must be arrays");
      p.skipChildren();
      return List.of();
    }
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      double[] xy = new double[2];
      int n = 0;
      for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          if (n < 2) {
            xy[n] = p.getDoubleValue();
          }
          n++;
        } else {
          fail("a position holds something other than numbers");
          p.skipChildren();
        }
      }
      if (n < 2) {
        fail("a position has fewer than 2 numbers");
      }
      if (++positions > maxPositions) {
        fail("the geometry has more than " + maxPositions + " positions");
      }
      return xy;
    }
    List<Object> out = new ArrayList<>();
    for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
      Object c = coords(p);
      if (problem == null) {
        out.add(c);
      }
    }
    return out;
  }

  private void fail(String message) {
    if (problem == null) {
      problem = message;
    }
  }

  @SuppressWarnings("unchecked")
  private static Geometry build(String type, Object c, List<Geometry> members) {
    if (type == null) {
      throw new IllegalArgumentException("the geometry has no type");
    }
    if (type.equals("GeometryCollection")) {
      if (members == null) {
        throw new IllegalArgumentException("a GeometryCollection needs geometries");
      }
      return F.createGeometryCollection(members.toArray(Geometry[]::new));
    }
    if (c == null) {
      throw new IllegalArgumentException("a " + type + " needs coordinates");
    }
    return switch (type) {
      case "Point" -> c instanceof List<?> l && l.isEmpty() ? F.createPoint() : point((double[]) c);
      case "MultiPoint" -> F.createMultiPoint(((List<Object>) c).stream().map(o -> point((double[]) o)).toArray(Point[]::new));
      case "LineString" -> line((List<Object>) c);
      case "MultiLineString" -> F.createMultiLineString(((List<Object>) c).stream().map(o -> line((List<Object>) o))
          .toArray(LineString[]::new));
      case "Polygon" -> polygon((List<Object>) c);
      case "MultiPolygon" -> F.createMultiPolygon(((List<Object>) c).stream().map(o -> polygon((List<Object>) o))
          .toArray(Polygon[]::new));
      default -> throw new IllegalArgumentException("'" + type + "' is not a GeoJSON geometry type");
    };
  }

  private static Point point(double[] xy) {
    return F.createPoint(PackedGeometries.sequence(xy.clone()));
  }

  private static double[] flat(List<Object> positions) {
    double[] xy = new double[positions.size() * 2];
    for (int i = 0; i < positions.size(); i++) {
      double[] p = (double[]) positions.get(i);
      xy[2 * i] = p[0];
      xy[2 * i + 1] = p[1];
    }
    return xy;
  }

  private static LineString line(List<Object> positions) {
    if (positions.size() == 1) {
      throw new IllegalArgumentException("a LineString has 1 position; it needs at least 2");
    }
    return F.createLineString(PackedGeometries.sequence(flat(positions)));
  }

  @SuppressWarnings("unchecked")
  private static Polygon polygon(List<Object> rings) {
    if (rings.isEmpty()) {
      return F.createPolygon();
    }
    LinearRing[] r = new LinearRing[rings.size()];
    for (int i = 0; i < r.length; i++) {
      double[] xy = flat((List<Object>) rings.get(i));
      int n = xy.length;
      if (n < 8) {
        throw new IllegalArgumentException("ring " + (i + 1) + " of a Polygon has " + n / 2
            + " positions; a ring needs at least 4");
      }
      if (xy[0] != xy[n - 2] || xy[1] != xy[n - 1]) {
        throw new IllegalArgumentException("ring " + (i + 1) + " of a Polygon is not closed (its last position must"
            + " repeat its first)");
      }
      r[i] = F.createLinearRing(PackedGeometries.sequence(xy));
    }
    return F.createPolygon(r[0], java.util.Arrays.copyOfRange(r, 1, r.length));
  }
}
