package org.smartland.data.osm;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds WGS 84 (lon/lat, SRID 4326) geometries of OSM elements: nodes as points, ways as lines or (closed)
 * polygons, multipolygon relations as multipolygons — outer and inner rings assembled from the member ways,
 * each inner ring put in the smallest outer ring that contains it. Elements with nodes missing from the
 * extract, open rings or too few nodes fail with {@link OsmGeometryException}. Validity is not checked here:
 * the import validates and repairs every geometry.
 */
public final class OsmGeometries {
  private final OsmData data;
  private final GeometryFactory factory;

  public OsmGeometries(OsmData data, GeometryFactory factory) {
    this.data = data;
    this.factory = factory;
  }

  public Point point(OsmNode n) {
    return factory.createPoint(new Coordinate(n.lon(), n.lat()));
  }

  /** A line through the nodes; repeated consecutive nodes are kept once. */
  public LineString line(long[] nodes) {
    Coordinate[] cs = coordinates(nodes);
    if (cs.length < 2) {
      throw new OsmGeometryException("a line needs at least 2 distinct nodes");
    }
    return factory.createLineString(cs);
  }

  /** The polygon of a closed way. */
  public Polygon polygon(OsmWay w) {
    if (!w.isClosed()) {
      throw new OsmGeometryException("way " + w.id() + " is not closed, so it is not an area");
    }
    return factory.createPolygon(ring(w.nodes()));
  }

  /** The multipolygon of a relation: outer (and role-less) members form shells, inner members holes. */
  public MultiPolygon multipolygon(OsmRelation r) {
    List<long[]> outer = new ArrayList<>();
    List<long[]> inner = new ArrayList<>();
    for (OsmRelation.Member m : r.members()) {
      if (m.type() != OsmRelation.MemberType.WAY) {
        continue;
      }
      OsmWay w = data.way(m.ref()).orElseThrow(() -> new OsmGeometryException(
          "member way " + m.ref() + " is not in the extract"));
      (m.role().equals("inner") ? inner : outer).add(w.nodes());
    }
    if (outer.isEmpty()) {
      throw new OsmGeometryException("has no outer member way");
    }
    List<LinearRing> shells = new ArrayList<>();
    for (long[] ring : RingAssembler.rings(outer)) {
      shells.add(ring(ring));
    }
    List<List<LinearRing>> holes = new ArrayList<>();
    List<IndexedPointInAreaLocator> locators = new ArrayList<>();
    for (LinearRing s : shells) {
      holes.add(new ArrayList<>());
      locators.add(new IndexedPointInAreaLocator(factory.createPolygon(s)));
    }
    for (long[] ring : RingAssembler.rings(inner)) {
      LinearRing hole = ring(ring);
      int best = -1;
      double bestArea = Double.MAX_VALUE;
      Coordinate probe = hole.getCoordinateN(0);
      for (int i = 0; i < shells.size(); i++) {
        double area = factory.createPolygon(shells.get(i)).getArea();
        if (locators.get(i).locate(probe) != Location.EXTERIOR && area < bestArea) {
          best = i;
          bestArea = area;
        }
      }
      if (best < 0) {
        throw new OsmGeometryException("an inner ring lies in no outer ring");
      }
      holes.get(best).add(hole);
    }
    Polygon[] polygons = new Polygon[shells.size()];
    for (int i = 0; i < polygons.length; i++) {
      polygons[i] = factory.createPolygon(shells.get(i), holes.get(i).toArray(new LinearRing[0]));
    }
    return factory.createMultiPolygon(polygons);
  }

  private LinearRing ring(long[] nodes) {
    Coordinate[] cs = coordinates(nodes);
    if (cs.length < 4) {
      throw new OsmGeometryException("a ring needs at least 4 nodes");
    }
    return factory.createLinearRing(cs);
  }

  private Coordinate[] coordinates(long[] nodes) {
    List<Coordinate> out = new ArrayList<>(nodes.length);
    int missing = 0;
    long firstMissing = 0;
    for (long id : nodes) {
      Coordinate c = data.coordinate(id);
      if (c == null) {
        if (missing++ == 0) {
          firstMissing = id;
        }
      } else if (out.isEmpty() || !out.get(out.size() - 1).equals2D(c)) {
        out.add(c);
      }
    }
    if (missing > 0) {
      throw new OsmGeometryException(missing + " of its " + nodes.length + " nodes are not in the extract (first: node "
          + firstMissing + ")");
    }
    return out.toArray(new Coordinate[0]);
  }
}
