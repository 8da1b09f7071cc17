package org.smartland.server.format;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * GML 2 geometries ({@code gml:coordinates}), as WMS GetFeatureInfo clients such as QGIS read them. The
 * {@code gml} prefix must be bound by the caller.
 */
public final class Gml2 {
  public static final String NS = "http://www.opengis.net/gml";

  private Gml2() {
  }

  public static void geometry(XMLStreamWriter w, Geometry g, String srsName, boolean swap) throws XMLStreamException {
    if (g instanceof Point p) {
      start(w, "Point", srsName);
      coordinates(w, p.getCoordinates(), swap);
      w.writeEndElement();
    } else if (g instanceof LineString l) {
      start(w, "LineString", srsName);
      coordinates(w, l.getCoordinates(), swap);
      w.writeEndElement();
    } else if (g instanceof Polygon p) {
      start(w, "Polygon", srsName);
      ring(w, "outerBoundaryIs", p.getExteriorRing(), swap);
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        ring(w, "innerBoundaryIs", p.getInteriorRingN(i), swap);
      }
      w.writeEndElement();
    } else if (g instanceof MultiPoint || g instanceof MultiLineString || g instanceof MultiPolygon) {
      String kind = g instanceof MultiPoint ? "MultiPoint" : g instanceof MultiLineString ? "MultiLineString" : "MultiPolygon";
      String member = g instanceof MultiPoint ? "pointMember" : g instanceof MultiLineString ? "lineStringMember" : "polygonMember";
      start(w, kind, srsName);
      for (int i = 0; i < g.getNumGeometries(); i++) {
        w.writeStartElement("gml", member, NS);
        geometry(w, g.getGeometryN(i), null, swap);
        w.writeEndElement();
      }
      w.writeEndElement();
    } else {
      throw new IllegalArgumentException("no GML 2 encoding for " + g.getGeometryType());
    }
  }

  private static void start(XMLStreamWriter w, String name, String srsName) throws XMLStreamException {
    w.writeStartElement("gml", name, NS);
    if (srsName != null) {
      w.writeAttribute("srsName", srsName);
    }
  }

  private static void ring(XMLStreamWriter w, String boundary, LineString ring, boolean swap) throws XMLStreamException {
    w.writeStartElement("gml", boundary, NS);
    w.writeStartElement("gml", "LinearRing", NS);
    coordinates(w, ring.getCoordinates(), swap);
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void coordinates(XMLStreamWriter w, Coordinate[] cs, boolean swap) throws XMLStreamException {
    w.writeStartElement("gml", "coordinates", NS);
    w.writeAttribute("decimal", ".");
    w.writeAttribute("cs", ",");
    w.writeAttribute("ts", " ");
    StringBuilder sb = new StringBuilder(cs.length * 24);
    for (int i = 0; i < cs.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(swap ? cs[i].y : cs[i].x).append(',').append(swap ? cs[i].x : cs[i].y);
    }
    w.writeCharacters(sb.toString());
    w.writeEndElement();
  }
}
