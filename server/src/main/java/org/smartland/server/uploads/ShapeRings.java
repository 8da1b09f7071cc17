package org.smartland.server.uploads;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A shapefile Polygon's rings as polygons with holes. In a shapefile, outer rings run clockwise and holes
 * counter-clockwise, and a hole belongs to the outer ring around it. Each hole goes to the smallest outer ring that
 * contains its first vertex; a hole inside no outer ring (a file written with the orientations reversed) becomes an
 * outer ring itself, as GDAL reads it. Rings not closed are closed. One outer ring gives a Polygon, several a
 * MultiPolygon, none an empty Polygon.
 */
final class ShapeRings {
  private ShapeRings() {
  }

  static Geometry polygon(List<double[]> rings) {
    List<LinearRing> shells = new ArrayList<>();
    List<LinearRing> holes = new ArrayList<>();
    for (int i = 0; i < rings.size(); i++) {
      double[] xy = PackedGeometries.closed(rings.get(i));
      if (xy.length < 8) {
        throw new IllegalArgumentException("ring " + (i + 1) + " has " + xy.length / 2
            + " points; a ring needs at least 4 (3 distinct and the first again)");
      }
      CoordinateSequence seq = PackedGeometries.sequence(xy);
      LinearRing ring = PackedGeometries.FACTORY.createLinearRing(seq);
      (Orientation.isCCW(seq) ? holes : shells).add(ring);
    }
    List<List<LinearRing>> holesOf = new ArrayList<>();
    shells.forEach(s -> holesOf.add(new ArrayList<>()));
    for (LinearRing hole : holes) {
      int owner = owner(hole, shells);
      if (owner < 0) {
        shells.add(hole);
        holesOf.add(new ArrayList<>());
      } else {
        holesOf.get(owner).add(hole);
      }
    }
    if (shells.isEmpty()) {
      return PackedGeometries.FACTORY.createPolygon();
    }
    Polygon[] polygons = new Polygon[shells.size()];
    for (int i = 0; i < polygons.length; i++) {
      polygons[i] = PackedGeometries.FACTORY.createPolygon(shells.get(i), holesOf.get(i).toArray(LinearRing[]::new));
    }
    return polygons.length == 1 ? polygons[0] : PackedGeometries.FACTORY.createMultiPolygon(polygons);
  }

  /** The index of the smallest shell containing the hole's first vertex; -1 if none does. */
  private static int owner(LinearRing hole, List<LinearRing> shells) {
    Coordinate p = hole.getCoordinateN(0);
    int best = -1;
    double bestArea = Double.MAX_VALUE;
    for (int i = 0; i < shells.size(); i++) {
      LinearRing s = shells.get(i);
      if (s.getEnvelopeInternal().covers(hole.getEnvelopeInternal())
          && PointLocation.isInRing(p, s.getCoordinates())) {
        double area = s.getEnvelopeInternal().getArea();
        if (area < bestArea) {
          best = i;
          bestArea = area;
        }
      }
    }
    return best;
  }
}
