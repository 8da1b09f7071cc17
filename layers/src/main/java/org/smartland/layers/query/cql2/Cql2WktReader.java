package org.smartland.layers.query.cql2;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.query.cql2.Cql2Token.Kind;

/**
 * Reads the geometry literals of CQL2 text: WKT {@code POINT}, {@code LINESTRING}, {@code POLYGON},
 * {@code MULTIPOINT} (points with or without their own parentheses), {@code MULTILINESTRING},
 * {@code MULTIPOLYGON}, {@code GEOMETRYCOLLECTION} (nesting bounded), and {@code BBOX(minx, miny, maxx, maxy)}.
 * 2D only: {@code Z}, {@code M}, third coordinates and {@code EMPTY} are refused by name.
 */
final class Cql2WktReader {
  static final Set<String> TYPES = Set.of("POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING",
      "MULTIPOLYGON", "GEOMETRYCOLLECTION", "BBOX");

  private final Cql2Cursor c;
  private final Cql2Geometries geometries;
  private final int maxDepth;

  Cql2WktReader(Cql2Cursor c, Cql2Geometries geometries, int maxDepth) {
    this.c = c;
    this.geometries = geometries;
    this.maxDepth = maxDepth;
  }

  /** The literal whose type word, one of {@link #TYPES}, was just taken. */
  Geometry geometry(Cql2Token type, int depth) {
    String name = Cql2Predicates.upper(type.text());
    Cql2Token t = c.peek();
    if (t.isWord("Z") || t.isWord("M") || t.isWord("ZM")) {
      throw Cql2Cursor.error(t, "only 2D geometries are supported, not " + name + " " + t.text());
    }
    if (t.isWord("EMPTY")) {
      throw Cql2Cursor.error(t, "empty geometries (" + name + " EMPTY) are not supported");
    }
    c.expect(Kind.OPEN, "expected '(' after " + name);
    return switch (name) {
      case "POINT" -> {
        Coordinate p = position();
        c.expect(Kind.CLOSE, "expected ')' to close the POINT");
        yield geometries.point(p);
      }
      case "LINESTRING" -> {
        List<Coordinate> line = positionsToClose();
        yield Cql2Cursor.at(type, () -> geometries.lineString(line));
      }
      case "POLYGON" -> {
        List<List<Coordinate>> rings = rings();
        yield Cql2Cursor.at(type, () -> geometries.polygon(rings));
      }
      case "MULTIPOINT" -> multiPoint(type);
      case "MULTILINESTRING" -> {
        List<List<Coordinate>> lines = rings();
        yield Cql2Cursor.at(type, () -> geometries.multiLineString(lines));
      }
      case "MULTIPOLYGON" -> {
        List<List<List<Coordinate>>> polygons = new ArrayList<>();
        do {
          c.expect(Kind.OPEN, "expected '(' to open a polygon of the MULTIPOLYGON");
          polygons.add(rings());
        } while (comma());
        c.expect(Kind.CLOSE, "expected ',' or ')' after a polygon of the MULTIPOLYGON");
        yield Cql2Cursor.at(type, () -> geometries.multiPolygon(polygons));
      }
      case "GEOMETRYCOLLECTION" -> collection(type, depth);
      default -> bbox(type);
    };
  }

  private Geometry multiPoint(Cql2Token type) {
    List<Coordinate> points = new ArrayList<>();
    do {
      if (c.peek().is(Kind.OPEN)) {
        c.take();
        points.add(position());
        c.expect(Kind.CLOSE, "expected ')' to close a point of the MULTIPOINT");
      } else {
        points.add(position());
      }
    } while (comma());
    c.expect(Kind.CLOSE, "expected ',' or ')' after a point of the MULTIPOINT");
    return Cql2Cursor.at(type, () -> geometries.multiPoint(points));
  }

  private Geometry collection(Cql2Token type, int depth) {
    if (depth + 1 > maxDepth) {
      throw Cql2Cursor.error(type, "geometry collections nest deeper than " + maxDepth + " levels");
    }
    List<Geometry> members = new ArrayList<>();
    do {
      Cql2Token member = c.peek();
      if (!member.is(Kind.WORD) || !TYPES.contains(Cql2Predicates.upper(member.text()))) {
        throw Cql2Cursor.error(member, "expected a geometry (POINT, LINESTRING, ...) in the GEOMETRYCOLLECTION "
            + "but found " + member.shown());
      }
      c.take();
      members.add(geometry(member, depth + 1));
    } while (comma());
    c.expect(Kind.CLOSE, "expected ',' or ')' after a member of the GEOMETRYCOLLECTION");
    return Cql2Cursor.at(type, () -> geometries.collection(members));
  }

  private Geometry bbox(Cql2Token type) {
    List<Double> values = new ArrayList<>();
    do {
      values.add(number("expected a number in BBOX"));
    } while (comma());
    c.expect(Kind.CLOSE, "expected ',' or ')' in BBOX");
    return Cql2Cursor.at(type, () -> geometries.bbox(values));
  }

  /** {@code (positions), (positions), ... )} after the opening parenthesis. */
  private List<List<Coordinate>> rings() {
    List<List<Coordinate>> rings = new ArrayList<>();
    do {
      c.expect(Kind.OPEN, "expected '(' to open a list of positions");
      rings.add(positionsToClose());
    } while (comma());
    c.expect(Kind.CLOSE, "expected ',' or ')' after a list of positions");
    return rings;
  }

  /** {@code x y, x y, ... )} after the opening parenthesis. */
  private List<Coordinate> positionsToClose() {
    List<Coordinate> out = new ArrayList<>();
    do {
      out.add(position());
    } while (comma());
    c.expect(Kind.CLOSE, "expected ',' or ')' after a position");
    return out;
  }

  private Coordinate position() {
    Cql2Token start = c.peek();
    double first = number("expected a position (two numbers)");
    double second = number("expected the second coordinate of the position");
    if (c.peek().is(Kind.NUMBER)) {
      throw Cql2Cursor.error(c.peek(), "only 2D positions are supported, found a third coordinate");
    }
    return Cql2Cursor.at(start, () -> geometries.position(first, second));
  }

  private double number(String expected) {
    return ((Number) c.expect(Kind.NUMBER, expected).value()).doubleValue();
  }

  private boolean comma() {
    if (c.peek().is(Kind.COMMA)) {
      c.take();
      return true;
    }
    return false;
  }
}
