package org.smartland.server.wfs;

import org.smartland.layers.crs.AxisOrder;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.crs.UnknownCrsException;
import org.smartland.layers.query.BoundingBox;
import org.smartland.layers.query.InvalidQueryException;
import org.smartland.server.ogc.OgcException;

/**
 * CRS names in WFS requests and responses. The form of a name sets the axis order: {@code EPSG:4326} and
 * {@code …/epsg.xml#4326} are lon/lat, the URN and the OGC URI follow the EPSG definition (lat/lon for 4326).
 */
final class SrsNames {
  private final WfsCatalog catalog;
  private final CrsTransforms crs;

  SrsNames(WfsCatalog catalog, CrsTransforms crs) {
    this.catalog = catalog;
    this.crs = crs;
  }

  /** A CRS the service offers, or InvalidParameterValue naming the parameter. */
  Crs offered(String name, String locator) {
    Crs c;
    try {
      c = Crs.parse(name);
    } catch (UnknownCrsException e) {
      throw OgcException.invalid(locator, "'" + PropertyNames.abbreviate(name) + "' is not a CRS name this service reads"
          + " (use urn:ogc:def:crs:EPSG::" + catalog.territory().catalog().nativeSrid() + " or EPSG:4326)");
    }
    boolean known = catalog.territory().catalog().offeredCrs().stream()
        .anyMatch(o -> o.srid() == c.srid()) || c.srid() == catalog.territory().catalog().nativeSrid();
    if (!known) {
      throw OgcException.invalid(locator, "CRS " + c.code() + " is not offered; see the feature types' OtherCRS");
    }
    return c;
  }

  boolean northEast(Crs c) {
    return crs.axisOrder(c) == AxisOrder.NORTH_EAST;
  }

  /**
   * The name written in GML srsName attributes: the URN, or for a lon/lat request of a lat/lon CRS the
   * {@code epsg.xml#} form that every GML reader takes as lon/lat.
   */
  String gmlName(Crs c) {
    if (c.crs84()) {
      return c.urn();
    }
    if (!c.epsgAxisOrder() && crs.axisOrder(c.withEpsgAxisOrder()) == AxisOrder.NORTH_EAST) {
      return "http://www.opengis.net/gml/srs/epsg.xml#" + c.srid();
    }
    return c.urn();
  }

  /** A KVP BBOX: four numbers in the axis order of its CRS (the fifth item), else of {@code fallback}. */
  BoundingBox bbox(String value, Crs fallback) {
    String[] parts = value.split(",");
    if (parts.length != 4 && parts.length != 5) {
      throw OgcException.invalid("BBOX", "BBOX must be minx,miny,maxx,maxy[,crs]");
    }
    double[] n = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        n[i] = Double.parseDouble(parts[i].trim().replace(' ', '+'));
      } catch (NumberFormatException e) {
        throw OgcException.invalid("BBOX", "BBOX value '" + PropertyNames.abbreviate(parts[i].trim()) + "' is not a number");
      }
      if (!Double.isFinite(n[i])) {
        throw OgcException.invalid("BBOX", "BBOX values must be finite");
      }
    }
    Crs c = parts.length == 5 ? offered(parts[4].trim(), "BBOX") : fallback;
    boolean swap = northEast(c);
    try {
      return BoundingBox.ofCorners(n[0], n[1], n[2], n[3], swap, c.srid());
    } catch (InvalidQueryException e) {
      throw OgcException.invalid("BBOX", "BBOX minimum must not exceed its maximum (axis order of " + c.code()
          + (c.epsgAxisOrder() ? " as a URN" : "") + ": " + (swap ? "north,east" : "east,north") + ")");
    }
  }
}
