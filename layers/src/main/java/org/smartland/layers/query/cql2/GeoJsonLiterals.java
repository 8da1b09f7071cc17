package org.smartland.layers.query.cql2;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads the spatial literals of CQL2 JSON: GeoJSON geometries ({@code Point}, {@code LineString},
 * {@code Polygon}, {@code MultiPoint}, {@code MultiLineString}, {@code MultiPolygon},
 * {@code GeometryCollection}, nesting bounded) and {@code bbox} arrays, through {@link Cql2Geometries}, so
 * that they equal the WKT literals of CQL2 text. Positions are in the axis order of the filter CRS (lon/lat for
 * the default CRS84); 2D only. Other members of a geometry object (GeoJSON {@code bbox}, foreign members) are
 * ignored.
 */
final class GeoJsonLiterals {
  private final Cql2Geometries geometries;
  private final int maxDepth;

  GeoJsonLiterals(Cql2Geometries geometries, int maxDepth) {
    this.geometries = geometries;
    this.maxDepth = maxDepth;
  }

  Geometry geometry(JsonNode n, String path, int depth) {
    JsonNode type = n.get("type");
    if (type == null || !type.isTextual()) {
      throw Cql2JsonReader.error(path, "a GeoJSON geometry needs a \"type\" string");
    }
    String name = type.textValue();
    if (name.equals("GeometryCollection")) {
      if (depth + 1 > maxDepth) {
        throw Cql2JsonReader.error(path, "geometry collections nest deeper than " + maxDepth + " levels");
      }
      JsonNode members = array(n.get("geometries"), path + ".geometries", "\"geometries\"");
      List<Geometry> out = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        JsonNode m = members.get(i);
        String mPath = path + ".geometries[" + i + "]";
        if (!m.isObject()) {
          throw Cql2JsonReader.error(mPath, "expected a GeoJSON geometry but found " + Cql2JsonReader.kind(m));
        }
        out.add(geometry(m, mPath, depth + 1));
      }
      return Cql2JsonReader.at(path, () -> geometries.collection(out));
    }
    String cPath = path + ".coordinates";
    JsonNode c = n.get("coordinates");
    return switch (name) {
      case "Point" -> geometries.point(position(c, cPath));
      case "LineString" -> build(path, positions(c, cPath), (g, p) -> g.lineString(p));
      case "Polygon" -> build(path, lists(c, cPath), (g, rings) -> g.polygon(rings));
      case "MultiPoint" -> build(path, positions(c, cPath), (g, p) -> g.multiPoint(p));
      case "MultiLineString" -> build(path, lists(c, cPath), (g, lines) -> g.multiLineString(lines));
      case "MultiPolygon" -> {
        JsonNode polygons = array(c, cPath, "\"coordinates\"");
        List<List<List<Coordinate>>> out = new ArrayList<>();
        for (int i = 0; i < polygons.size(); i++) {
          out.add(lists(polygons.get(i), cPath + "[" + i + "]"));
        }
        yield build(path, out, (g, p) -> g.multiPolygon(p));
      }
      default -> throw Cql2JsonReader.error(path + ".type", "'" + Cql2Literals.abbreviate(name) + "' is not a "
          + "GeoJSON geometry type (Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, "
          + "GeometryCollection)");
    };
  }

  /** {@code [minx, miny, maxx, maxy]} in the axis order of the filter CRS. */
  Geometry bbox(JsonNode n, String path) {
    JsonNode values = array(n, path, "a bbox");
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      out.add(number(values.get(i), path + "[" + i + "]"));
    }
    return Cql2JsonReader.at(path, () -> geometries.bbox(out));
  }

  private <T> Geometry build(String path, T parts, BiFunction<Cql2Geometries, T, Geometry> f) {
    return Cql2JsonReader.at(path, () -> f.apply(geometries, parts));
  }

  private List<List<Coordinate>> lists(JsonNode n, String path) {
    JsonNode lists = array(n, path, "a list of position arrays");
    List<List<Coordinate>> out = new ArrayList<>();
    for (int i = 0; i < lists.size(); i++) {
      out.add(positions(lists.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  private List<Coordinate> positions(JsonNode n, String path) {
    JsonNode positions = array(n, path, "a list of positions");
    List<Coordinate> out = new ArrayList<>();
    for (int i = 0; i < positions.size(); i++) {
      out.add(position(positions.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  private Coordinate position(JsonNode n, String path) {
    JsonNode p = array(n, path, "a position");
    if (p.size() > 2) {
      throw Cql2JsonReader.error(path, "only 2D positions are supported, found " + p.size() + " coordinates");
    }
    if (p.size() < 2) {
      throw Cql2JsonReader.error(path, "a position has two numbers, found " + p.size());
    }
    double first = number(p.get(0), path + "[0]");
    double second = number(p.get(1), path + "[1]");
    return Cql2JsonReader.at(path, () -> geometries.position(first, second));
  }

  private static double number(JsonNode n, String path) {
    if (!n.isNumber()) {
      throw Cql2JsonReader.error(path, "expected a number but found " + Cql2JsonReader.kind(n));
    }
    return n.doubleValue();
  }

  private static JsonNode array(JsonNode n, String path, String what) {
    if (n == null || !n.isArray()) {
      throw Cql2JsonReader.error(path, "expected " + what + " (an array) but found "
          + (n == null ? "nothing" : Cql2JsonReader.kind(n)));
    }
    return n;
  }
}
