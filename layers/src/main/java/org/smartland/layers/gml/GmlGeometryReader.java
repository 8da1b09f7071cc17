package org.smartland.layers.gml;

import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.xml.XmlCursor;
import org.smartland.layers.xml.XmlInputException;

/**
 * Reads a GML 3.2 or 3.1.1 geometry (either namespace, or none for filters written without namespaces)
 * into a JTS geometry with x = east/longitude and its SRID set to the EPSG code: {@code Envelope} (as the
 * polygon of the box), {@code Point}, {@code LineString}, {@code LinearRing}, {@code Polygon} (also with
 * GML 2 {@code outerBoundaryIs}/{@code innerBoundaryIs}), {@code MultiPoint}, {@code MultiCurve} and
 * {@code MultiLineString}, {@code MultiSurface} and {@code MultiPolygon}, {@code MultiGeometry}; positions as
 * {@code pos}, {@code posList} or GML 2 {@code coordinates}.
 *
 * <p>CRS: the element's {@code srsName}, else the enclosing geometry's, else the caller's default. When the
 * name implies north/east order ({@code urn:ogc:def:crs:EPSG::4326}) the positions are swapped; a member
 * may restate the CRS under another name but not name another CRS.
 *
 * <p>Bounds and errors: at most {@code maxVertices} positions per geometry, 2D only; unknown CRSs, odd
 * {@code posList}s, unclosed rings or rings under 4 positions, non-numbers and unknown elements are
 * {@link XmlInputException}s naming the source and line. Thread-safe.
 */
public final class GmlGeometryReader {
  private final CrsTransforms crs;
  private final int maxVertices;

  public GmlGeometryReader(CrsTransforms crs, int maxVertices) {
    if (maxVertices < 1) {
      throw new IllegalArgumentException("maxVertices must be positive");
    }
    this.crs = crs;
    this.maxVertices = maxVertices;
  }

  /**
   * Reads the geometry whose start element is at the cursor and leaves the cursor on its end element.
   *
   * @param defaultCrs the CRS of a geometry without {@code srsName}, or null to require one
   */
  public Geometry read(XmlCursor c, Crs defaultCrs) {
    return new GmlElements(c, crs, new GmlPositions(c, maxVertices)).read(defaultCrs);
  }

  /** Whether the element at the cursor is in a GML namespace (3.2, 3.1.1) or in none. */
  public static boolean isGml(XmlCursor c) {
    String ns = c.namespace();
    return ns.isEmpty() || ns.equals(GmlVersion.GML_3_2.namespace()) || ns.equals(GmlVersion.GML_3_1_1.namespace());
  }
}
