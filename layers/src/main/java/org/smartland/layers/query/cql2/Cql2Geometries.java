package org.smartland.layers.query.cql2;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.smartland.layers.crs.AxisOrder;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.crs.UnknownCrsException;

/**
 * Builds the geometry literals of one filter, from WKT or GeoJSON alike: positions are read in the axis order of
 * the filter CRS and stored x = east (swapped when the CRS is north/east, e.g.
 * {@code http://www.opengis.net/def/crs/EPSG/0/4326}), every geometry carries the CRS's EPSG code as SRID (4326
 * for CRS84), and the positions of all literals together are bounded.
 *
 * <p>Checks: 2D positions of finite numbers, line strings of two positions or more, closed rings of four
 * positions or more, non-empty multi-geometries. {@code BBOX(minx, miny, maxx, maxy)} (in the CRS's axis order)
 * is the polygon of the box; in a geographic CRS a box whose west bound is east of its east bound crosses the
 * antimeridian and becomes two boxes. The CRS is looked up once, at the first literal. Not thread-safe: one per
 * parse.
 */
final class Cql2Geometries {
  private final CrsTransforms crs;
  private final Crs filterCrs;
  private final int maxVertices;
  private GeometryFactory factory;
  private boolean swap;
  private int vertices;

  Cql2Geometries(CrsTransforms crs, Crs filterCrs, int maxVertices) {
    this.crs = crs;
    this.filterCrs = filterCrs;
    this.maxVertices = maxVertices;
  }

  private GeometryFactory factory() {
    if (factory == null) {
      try {
        if (!crs.isKnown(filterCrs.srid())) {
          throw new Refusal("the filter-crs " + filterCrs.uri() + " is not a known CRS");
        }
        swap = crs.axisOrder(filterCrs) == AxisOrder.NORTH_EAST;
      } catch (UnknownCrsException e) {
        throw new Refusal("the filter-crs " + filterCrs.uri() + " is not a known CRS");
      }
      factory = new GeometryFactory(new PrecisionModel(), filterCrs.srid());
    }
    return factory;
  }

  /** One position, its two numbers in the order the filter CRS defines. */
  Coordinate position(double first, double second) {
    factory();
    if (!Double.isFinite(first) || !Double.isFinite(second)) {
      throw new Refusal("coordinates must be finite numbers");
    }
    if (++vertices > maxVertices) {
      throw new Refusal("the geometry literals hold more than " + maxVertices + " positions");
    }
    return swap ? new Coordinate(second, first) : new Coordinate(first, second);
  }

  Point point(Coordinate c) {
    return factory().createPoint(c);
  }

  LineString lineString(List<Coordinate> positions) {
    if (positions.size() < 2) {
      throw new Refusal("a line string needs at least two positions, found " + positions.size());
    }
    return factory().createLineString(positions.toArray(new Coordinate[0]));
  }

  Polygon polygon(List<List<Coordinate>> rings) {
    if (rings.isEmpty()) {
      throw new Refusal("a polygon needs at least one ring");
    }
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return factory().createPolygon(shell, holes);
  }

  private LinearRing ring(List<Coordinate> positions) {
    if (positions.size() < 4) {
      throw new Refusal("a polygon ring needs at least four positions, found " + positions.size());
    }
    if (!positions.get(0).equals2D(positions.get(positions.size() - 1))) {
      throw new Refusal("a polygon ring must be closed: its last position repeats the first");
    }
    return factory().createLinearRing(positions.toArray(new Coordinate[0]));
  }

  Geometry multiPoint(List<Coordinate> positions) {
    nonEmpty(positions, "a multi-point");
    return factory().createMultiPointFromCoords(positions.toArray(new Coordinate[0]));
  }

  Geometry multiLineString(List<List<Coordinate>> lines) {
    nonEmpty(lines, "a multi-line string");
    List<LineString> out = new ArrayList<>();
    for (List<Coordinate> line : lines) {
      out.add(lineString(line));
    }
    return factory().createMultiLineString(out.toArray(new LineString[0]));
  }

  Geometry multiPolygon(List<List<List<Coordinate>>> polygons) {
    nonEmpty(polygons, "a multi-polygon");
    List<Polygon> out = new ArrayList<>();
    for (List<List<Coordinate>> p : polygons) {
      out.add(polygon(p));
    }
    return factory().createMultiPolygon(out.toArray(new Polygon[0]));
  }

  Geometry collection(List<Geometry> members) {
    nonEmpty(members, "a geometry collection");
    return factory().createGeometryCollection(members.toArray(new Geometry[0]));
  }

  /** {@code BBOX} of four numbers in the CRS's axis order: min first, min second, max first, max second. */
  Geometry bbox(List<Double> values) {
    if (values.size() == 6) {
      throw new Refusal("a 3D BBOX (six numbers) is not supported; give minx, miny, maxx, maxy");
    }
    if (values.size() != 4) {
      throw new Refusal("a BBOX has four numbers (minx, miny, maxx, maxy), found " + values.size());
    }
    Coordinate min = position(values.get(0), values.get(1));
    Coordinate max = position(values.get(2), values.get(3));
    if (min.y > max.y) {
      throw new Refusal("the BBOX's south bound " + min.y + " is north of its north bound " + max.y);
    }
    if (min.x <= max.x) {
      return factory().toGeometry(new Envelope(min.x, max.x, min.y, max.y));
    }
    if (!crs.isGeographic(filterCrs.srid())) {
      throw new Refusal("the BBOX's west bound " + min.x + " is east of its east bound " + max.x);
    }
    Geometry east = factory().toGeometry(new Envelope(min.x, 180, min.y, max.y));
    Geometry west = factory().toGeometry(new Envelope(-180, max.x, min.y, max.y));
    return factory().buildGeometry(List.of(east, west));
  }

  private static void nonEmpty(List<?> members, String what) {
    if (members.isEmpty()) {
      throw new Refusal(what + " needs at least one member");
    }
  }
}
