package org.smartland.layers.gml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes JTS geometries as GML 3.2 or 3.1.1 simple-feature geometries: {@code Point} ({@code gml:pos}),
 * {@code LineString} ({@code gml:posList}), {@code Polygon} (exterior and interior {@code LinearRing}s),
 * {@code MultiPoint}, {@code MultiCurve} of LineStrings, {@code MultiSurface} of Polygons and
 * {@code MultiGeometry} for other collections. Positions are 2D ({@code srsDimension="2"}, z dropped);
 * {@code srsName} goes on the outer element only.
 *
 * <p>Ids: GML 3.2 requires a {@code gml:id} on every geometry element, so the outer element gets the id the
 * caller gives and each member its parent's id plus {@code .1}, {@code .2}, …; with GML 3.1.1 ids are
 * written the same way when the caller gives one. Empty members of a collection are left out; an empty
 * point, line or polygon has no GML form and is refused (leave the property out instead).
 *
 * <p>Method: each coordinate list is built in one {@link StringBuilder} with {@link Decimals} and written
 * with one {@code writeCharacters} call. The caller binds the prefix {@code gml} to the version's namespace.
 * Thread-safe.
 */
public final class GmlGeometryWriter {
  private final GmlVersion version;
  private final String ns;
  private final int maxDecimals;

  /**
   * @param maxDecimals decimals written at most per coordinate, 0 to {@link Decimals#MAX_DECIMALS}
   */
  public GmlGeometryWriter(GmlVersion version, int maxDecimals) {
    this.version = version;
    this.ns = version.namespace();
    this.maxDecimals = Decimals.checkDecimals(maxDecimals);
  }

  public GmlVersion version() {
    return version;
  }

  /**
   * Writes a geometry element.
   *
   * @param srsName  the CRS name written on the outer element, or null for none
   * @param swapAxes whether to write y before x (north/east CRS names such as {@code urn:ogc:def:crs:EPSG::4326})
   * @param gmlId    the outer element's {@code gml:id}; required with GML 3.2, may be null with 3.1.1
   * @throws IllegalArgumentException for an empty non-collection geometry, a missing GML 3.2 id, or a
   *     coordinate that is not finite
   */
  public void geometry(XMLStreamWriter w, Geometry g, String srsName, boolean swapAxes, String gmlId)
      throws XMLStreamException {
    if (gmlId == null && version.requiresIds()) {
      throw new IllegalArgumentException("GML 3.2 geometries need a gml:id");
    }
    if (g.isEmpty() && !(g instanceof GeometryCollection)) {
      throw new IllegalArgumentException("an empty " + g.getGeometryType() + " has no GML form");
    }
    new Output(w, swapAxes).geometry(g, srsName, gmlId);
  }

  /** Writes a {@code gml:Envelope} with its lower and upper corners, e.g. for {@code wfs:boundedBy}. */
  public void envelope(XMLStreamWriter w, Envelope e, String srsName, boolean swapAxes) throws XMLStreamException {
    if (e.isNull()) {
      throw new IllegalArgumentException("an empty envelope has no GML form");
    }
    Output out = new Output(w, swapAxes);
    w.writeStartElement("gml", "Envelope", ns);
    if (srsName != null) {
      w.writeAttribute("srsName", srsName);
    }
    out.corner("lowerCorner", e.getMinX(), e.getMinY());
    out.corner("upperCorner", e.getMaxX(), e.getMaxY());
    w.writeEndElement();
  }

  /** One call's writer, axis order and coordinate buffer. */
  private final class Output {
    private final XMLStreamWriter w;
    private final boolean swap;
    private final StringBuilder text = new StringBuilder(256);
    private char[] chars = new char[256];

    Output(XMLStreamWriter w, boolean swap) {
      this.w = w;
      this.swap = swap;
    }

    void geometry(Geometry g, String srsName, String id) throws XMLStreamException {
      if (g instanceof Point p) {
        start("Point", srsName, id);
        positions("pos", p.getCoordinateSequence());
      } else if (g instanceof LineString l) {
        start("LineString", srsName, id);
        positions("posList", l.getCoordinateSequence());
      } else if (g instanceof Polygon p) {
        start("Polygon", srsName, id);
        ring("exterior", p.getExteriorRing());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
          ring("interior", p.getInteriorRingN(i));
        }
      } else if (g instanceof MultiPoint) {
        members((GeometryCollection) g, "MultiPoint", "pointMember", srsName, id);
        return;
      } else if (g instanceof MultiLineString) {
        members((GeometryCollection) g, "MultiCurve", "curveMember", srsName, id);
        return;
      } else if (g instanceof MultiPolygon) {
        members((GeometryCollection) g, "MultiSurface", "surfaceMember", srsName, id);
        return;
      } else if (g instanceof GeometryCollection c) {
        members(c, "MultiGeometry", "geometryMember", srsName, id);
        return;
      } else {
        throw new IllegalArgumentException("no GML form for " + g.getGeometryType());
      }
      w.writeEndElement();
    }

    private void members(GeometryCollection c, String element, String member, String srsName, String id)
        throws XMLStreamException {
      start(element, srsName, id);
      for (int i = 0; i < c.getNumGeometries(); i++) {
        Geometry part = c.getGeometryN(i);
        if (part.isEmpty() && !(part instanceof GeometryCollection)) {
          continue;
        }
        w.writeStartElement("gml", member, ns);
        geometry(part, null, id == null ? null : id + "." + (i + 1));
        w.writeEndElement();
      }
      w.writeEndElement();
    }

    private void start(String element, String srsName, String id) throws XMLStreamException {
      w.writeStartElement("gml", element, ns);
      if (id != null) {
        w.writeAttribute("gml", ns, "id", id);
      }
      if (srsName != null) {
        w.writeAttribute("srsName", srsName);
      }
    }

    private void ring(String role, LineString ring) throws XMLStreamException {
      w.writeStartElement("gml", role, ns);
      w.writeStartElement("gml", "LinearRing", ns);
      positions("posList", ring.getCoordinateSequence());
      w.writeEndElement();
      w.writeEndElement();
    }

    private void positions(String element, CoordinateSequence seq) throws XMLStreamException {
      text.setLength(0);
      for (int i = 0; i < seq.size(); i++) {
        if (i > 0) {
          text.append(' ');
        }
        pair(seq.getX(i), seq.getY(i));
      }
      writePositions(element);
    }

    void corner(String element, double x, double y) throws XMLStreamException {
      text.setLength(0);
      pair(x, y);
      writePositions(element);
    }

    private void pair(double x, double y) {
      Decimals.append(text, swap ? y : x, maxDecimals).append(' ');
      Decimals.append(text, swap ? x : y, maxDecimals);
    }

    private void writePositions(String element) throws XMLStreamException {
      w.writeStartElement("gml", element, ns);
      w.writeAttribute("srsDimension", "2");
      int n = text.length();
      if (chars.length < n) {
        chars = new char[Math.max(n, chars.length * 2)];
      }
      text.getChars(0, n, chars, 0);
      w.writeCharacters(chars, 0, n);
      w.writeEndElement();
    }
  }
}
