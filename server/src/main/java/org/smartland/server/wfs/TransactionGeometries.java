package org.smartland.server.wfs;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.crs.AxisOrder;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.crs.UnknownCrsException;
import org.smartland.layers.gml.GmlGeometryReader;
import org.smartland.layers.xml.XmlCursor;
import org.smartland.layers.xml.XmlInputException;
import org.smartland.server.edit.FeatureChecks;
import org.smartland.server.ogc.OgcException;

/**
 * Reads the geometries of a Transaction (in features and in Update values) into the layer's native CRS, where the
 * write path wants them: the geometry's {@code srsName}, else the action's, else the type's default CRS; axis order
 * as the name says ({@code urn:ogc:def:crs:EPSG::4326} is lat/lon), except in WFS 1.0.0 transactions, whose GML 2
 * coordinates are always x/y (east/north) — QGIS 3.22 sends its edits that way, with a URN srsName.
 */
final class TransactionGeometries {
  private final CrsTransforms crs;
  private final GmlGeometryReader reader;

  TransactionGeometries(CrsTransforms crs) {
    this.crs = crs;
    this.reader = new GmlGeometryReader(crs, FeatureChecks.MAX_VERTICES);
  }

  /**
   * The geometry element at the cursor, in {@code type}'s native CRS; leaves the cursor on its end element.
   *
   * @param defaultCrs the CRS of a geometry without srsName
   * @param xyOrder    positions are east/north whatever the srsName (WFS 1.0.0)
   * @param where      the feature or action, for messages (e.g. {@code feature 2 of Insert 1})
   */
  Geometry read(XmlCursor c, FeatureType type, Crs defaultCrs, boolean xyOrder, String where) {
    Crs stated = c.attribute("srsName").map(TransactionGeometries::parse).orElse(defaultCrs);
    Geometry g;
    try {
      g = reader.read(c, defaultCrs);
    } catch (XmlInputException e) {
      throw OgcException.badRequest(WfsService.INVALID_VALUE, "geom", where + ": the geometry cannot be read: "
          + e.getMessage());
    }
    if (xyOrder && stated != null && northEast(stated)) {
      g.apply(SWAP);
    }
    int nativeSrid = type.definition().nativeSrid();
    try {
      return crs.transform(g, g.getSRID(), nativeSrid);
    } catch (IllegalArgumentException | UnknownCrsException e) {
      throw OgcException.badRequest(WfsService.INVALID_VALUE, "geom", where + ": the geometry cannot be brought from EPSG:"
          + g.getSRID() + " to the layer's EPSG:" + nativeSrid + ": " + e.getMessage());
    }
  }

  private boolean northEast(Crs c) {
    try {
      return crs.axisOrder(c) == AxisOrder.NORTH_EAST;
    } catch (UnknownCrsException e) {
      return false;
    }
  }

  /** The CRS an srsName names, or null when it names none (the geometry reader then reports it). */
  private static Crs parse(String name) {
    try {
      return Crs.parse(name);
    } catch (UnknownCrsException e) {
      return null;
    }
  }

  /** Swaps x and y of every position: undoes the reader's north/east swap for GML 2 x/y positions. */
  private static final CoordinateSequenceFilter SWAP = new CoordinateSequenceFilter() {
    @Override
    public void filter(CoordinateSequence seq, int i) {
      double x = seq.getX(i);
      seq.setOrdinate(i, CoordinateSequence.X, seq.getY(i));
      seq.setOrdinate(i, CoordinateSequence.Y, x);
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  };
}
