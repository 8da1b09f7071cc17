package org.smartland.layers.store.sql;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.store.InvalidFeatureException;

/**
 * Makes a geometry fit its layer before it is written: a Polygon in a MultiPolygon layer becomes a
 * MultiPolygon of one (and likewise for points and lines); anything else that does not fit is rejected.
 */
final class GeometryConformance {
  private GeometryConformance() {
  }

  static Geometry conform(Geometry g, GeometryType type, int srid, String what) {
    if (!type.accepts(g)) {
      throw new InvalidFeatureException(what + ": a " + g.getGeometryType() + " does not fit a layer of "
          + type.ogcName() + "s");
    }
    GeometryFactory f = g.getFactory();
    Geometry out = g;
    if (type == GeometryType.MULTIPOLYGON && g instanceof Polygon p) {
      out = f.createMultiPolygon(new Polygon[] {p});
    } else if (type == GeometryType.MULTILINESTRING && g instanceof LineString l) {
      out = f.createMultiLineString(new LineString[] {l});
    } else if (type == GeometryType.MULTIPOINT && g instanceof Point p) {
      out = f.createMultiPoint(new Point[] {p});
    }
    out.setSRID(srid);
    return out;
  }
}
