package org.smartland.server.wfs;

import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.gml.GmlGeometryWriter;
import org.smartland.layers.gml.GmlVersion;
import org.smartland.layers.store.Feature;

/**
 * Writes features as elements of the application schema that DescribeFeatureType publishes: the geometry
 * property first, then the attributes in schema order; null values are left out (every property is
 * {@code minOccurs="0"}).
 */
final class GmlFeatureWriter {
  private final WfsCatalog catalog;
  private final GmlVersion version;
  private final GmlGeometryWriter geometries;
  private final String srsName;
  private final boolean swapAxes;

  /**
   * @param decimals most decimals per coordinate (millimetres in metric CRSs, ~1 mm in degrees)
   */
  GmlFeatureWriter(WfsCatalog catalog, GmlVersion version, String srsName, boolean swapAxes, int decimals) {
    this.catalog = catalog;
    this.version = version;
    this.geometries = new GmlGeometryWriter(version, decimals);
    this.srsName = srsName;
    this.swapAxes = swapAxes;
  }

  void feature(XMLStreamWriter w, FeatureType type, Feature f) throws XMLStreamException {
    String ns = catalog.namespace();
    String gmlId = ResourceIds.of(type, f.id().orElse("0"));
    w.writeStartElement(WfsCatalog.PREFIX, type.name(), ns);
    w.writeAttribute("gml", version.namespace(), "id", gmlId);
    properties(w, type, f);
    w.writeEndElement();
  }

  /** The property elements of a feature, inside its already opened element. */
  void properties(XMLStreamWriter w, FeatureType type, Feature f) throws XMLStreamException {
    String ns = catalog.namespace();
    String gmlId = ResourceIds.of(type, f.id().orElse("0"));
    if (f.geometry().isPresent()) {
      w.writeStartElement(WfsCatalog.PREFIX, PropertyNames.GEOMETRY, ns);
      geometry(w, asDeclared(f.geometry().get(), type.definition().geometryType()), gmlId + ".geom");
      w.writeEndElement();
    }
    Map<String, Object> props = f.properties();
    for (AttributeDefinition a : type.definition().attributes()) {
      Object v = props.get(a.name());
      if (v != null) {
        w.writeStartElement(WfsCatalog.PREFIX, a.name(), ns);
        w.writeCharacters(text(v));
        w.writeEndElement();
      }
    }
  }

  void geometry(XMLStreamWriter w, Geometry g, String gmlId) throws XMLStreamException {
    geometries.geometry(w, g, srsName, swapAxes, gmlId);
  }

  /** A Polygon in a MultiPolygon layer as a one-member MultiPolygon (likewise lines and points). */
  static Geometry asDeclared(Geometry g, GeometryType declared) {
    GeometryFactory f = g.getFactory();
    if (declared == GeometryType.MULTIPOLYGON && g instanceof Polygon p) {
      return f.createMultiPolygon(new Polygon[] {p});
    }
    if (declared == GeometryType.MULTILINESTRING && g instanceof LineString l) {
      return f.createMultiLineString(new LineString[] {l});
    }
    if (declared == GeometryType.MULTIPOINT && g instanceof Point p) {
      return f.createMultiPoint(new Point[] {p});
    }
    return g;
  }

  /** A value in its XML Schema lexical form (xs:double spells infinity INF; dates and instants are ISO 8601 already). */
  static String text(Object v) {
    if (v instanceof Double d) {
      if (d.isNaN()) {
        return "NaN";
      }
      if (d.isInfinite()) {
        return d > 0 ? "INF" : "-INF";
      }
      return d.toString();
    }
    return v.toString();
  }
}
