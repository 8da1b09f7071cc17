package org.smartland.server.wfs;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.gml.GmlVersion;
import org.smartland.server.ogc.XmlOutput;

/**
 * DescribeFeatureType: the XML Schema of feature types, GML 3.2 (WFS 2.0) or GML 3.1.1 (WFS 1.1). The
 * geometry property has the exact GML property type of the layer's geometry type; dates are
 * {@code xs:date}/{@code xs:dateTime} (GDAL drops a schema whose dates are GML time objects); every
 * property is optional and nillable, so that PROPERTYNAME selections and nulls stay valid.
 */
final class FeatureTypeSchema {
  static final String XS = "http://www.w3.org/2001/XMLSchema";

  private final WfsCatalog catalog;

  FeatureTypeSchema(WfsCatalog catalog) {
    this.catalog = catalog;
  }

  byte[] write(List<FeatureType> types, GmlVersion gml) {
    return XmlOutput.document(w -> {
      w.setPrefix("xsd", XS);
      w.setPrefix("gml", gml.namespace());
      w.setPrefix(WfsCatalog.PREFIX, catalog.namespace());
      w.writeStartElement("xsd", "schema", XS);
      w.writeNamespace("xsd", XS);
      w.writeNamespace("gml", gml.namespace());
      w.writeNamespace(WfsCatalog.PREFIX, catalog.namespace());
      w.writeAttribute("targetNamespace", catalog.namespace());
      w.writeAttribute("elementFormDefault", "qualified");
      w.writeAttribute("version", "1.0");
      w.writeEmptyElement("xsd", "import", XS);
      w.writeAttribute("namespace", gml.namespace());
      w.writeAttribute("schemaLocation", gml == GmlVersion.GML_3_2
          ? "http://schemas.opengis.net/gml/3.2.1/gml.xsd" : "http://schemas.opengis.net/gml/3.1.1/base/gml.xsd");
      for (FeatureType t : types) {
        type(w, t, gml);
      }
      w.writeEndElement();
    });
  }

  private void type(XMLStreamWriter w, FeatureType t, GmlVersion gml) throws XMLStreamException {
    w.writeStartElement("xsd", "complexType", XS);
    w.writeAttribute("name", t.name() + "Type");
    w.writeStartElement("xsd", "complexContent", XS);
    w.writeStartElement("xsd", "extension", XS);
    w.writeAttribute("base", "gml:AbstractFeatureType");
    w.writeStartElement("xsd", "sequence", XS);
    property(w, PropertyNames.GEOMETRY, "gml:" + geometryPropertyType(t.definition().geometryType()));
    for (AttributeDefinition a : t.definition().attributes()) {
      property(w, a.name(), "xsd:" + switch (a.type()) {
        case STRING -> "string";
        case INTEGER -> "long";
        case DOUBLE -> "double";
        case BOOLEAN -> "boolean";
        case DATE -> "date";
        case DATETIME -> "dateTime";
      });
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEmptyElement("xsd", "element", XS);
    w.writeAttribute("name", t.name());
    w.writeAttribute("type", WfsCatalog.PREFIX + ":" + t.name() + "Type");
    w.writeAttribute("substitutionGroup", gml == GmlVersion.GML_3_2 ? "gml:AbstractFeature" : "gml:_Feature");
  }

  private static void property(XMLStreamWriter w, String name, String type) throws XMLStreamException {
    w.writeEmptyElement("xsd", "element", XS);
    w.writeAttribute("name", name);
    w.writeAttribute("type", type);
    w.writeAttribute("minOccurs", "0");
    w.writeAttribute("maxOccurs", "1");
    w.writeAttribute("nillable", "true");
  }

  /** The GML property type for a geometry type, matching what the GML writer writes. */
  static String geometryPropertyType(GeometryType t) {
    return switch (t) {
      case POINT -> "PointPropertyType";
      case LINESTRING -> "CurvePropertyType";
      case POLYGON -> "SurfacePropertyType";
      case MULTIPOINT -> "MultiPointPropertyType";
      case MULTILINESTRING -> "MultiCurvePropertyType";
      case MULTIPOLYGON -> "MultiSurfacePropertyType";
      case GEOMETRY -> "GeometryPropertyType";
    };
  }
}
