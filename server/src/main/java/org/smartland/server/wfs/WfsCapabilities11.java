package org.smartland.server.wfs;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.server.ogc.XmlOutput;

/**
 * WFS 1.1.0 capabilities, for clients that still ask for them: GetCapabilities, DescribeFeatureType and
 * GetFeature (GML 3.1.1 or GeoJSON), with the same feature types and operators as 2.0.0; Transaction (POST) when a
 * listed type is writable, each type listing its own operations (Insert, Update, Delete where it may be written),
 * which is where 1.1.0 clients such as QGIS look.
 */
final class WfsCapabilities11 {
  static final String OWS10 = "http://www.opengis.net/ows";
  static final String OGC = "http://www.opengis.net/ogc";

  private final WfsCatalog catalog;
  private final boolean writes;

  /**
   * @param catalog the principal's view of the catalog
   * @param writes  whether the service takes Transactions
   */
  WfsCapabilities11(WfsCatalog catalog, boolean writes) {
    this.catalog = catalog;
    this.writes = writes;
  }

  byte[] write(String url) {
    LayerCatalog c = catalog.territory().catalog();
    String wfs = FeatureCollectionWriter.WFS11;
    return XmlOutput.document(w -> {
      w.setPrefix("wfs", wfs);
      w.setPrefix("ows", OWS10);
      w.setPrefix("ogc", OGC);
      w.setPrefix("xlink", WfsCapabilities.XLINK);
      w.writeStartElement("wfs", "WFS_Capabilities", wfs);
      w.writeNamespace("wfs", wfs);
      w.writeNamespace("ows", OWS10);
      w.writeNamespace("ogc", OGC);
      w.writeNamespace("xlink", WfsCapabilities.XLINK);
      w.writeNamespace("gml", "http://www.opengis.net/gml");
      w.writeNamespace("xsi", FeatureCollectionWriter.XSI);
      w.writeNamespace(WfsCatalog.PREFIX, catalog.namespace());
      w.writeAttribute("version", WfsVersions.V110);
      w.writeAttribute(FeatureCollectionWriter.XSI, "schemaLocation",
          wfs + " http://schemas.opengis.net/wfs/1.1.0/wfs.xsd");
      w.writeStartElement("ows", "ServiceIdentification", OWS10);
      ows(w, "Title", "SmartLand Twin WFS — " + c.title());
      ows(w, "Abstract", c.description());
      ows(w, "ServiceType", "WFS");
      ows(w, "ServiceTypeVersion", WfsVersions.V110);
      ows(w, "Fees", "NONE");
      ows(w, "AccessConstraints", "NONE");
      w.writeEndElement();
      w.writeStartElement("ows", "ServiceProvider", OWS10);
      ows(w, "ProviderName", "SmartLand Twin — " + c.title());
      w.writeEmptyElement("ows", "ServiceContact", OWS10);
      w.writeEndElement();

      w.writeStartElement("ows", "OperationsMetadata", OWS10);
      operation(w, url, "GetCapabilities", "AcceptVersions", List.of(WfsVersions.V110, WfsVersions.V200));
      operation(w, url, "DescribeFeatureType", "outputFormat", List.of("text/xml; subtype=gml/3.1.1"));
      operation(w, url, "GetFeature", "outputFormat", OutputFormat.advertised(WfsVersions.V110));
      if (writes && catalog.types().stream().anyMatch(catalog::writable)) {
        w.writeStartElement("ows", "Operation", OWS10);
        w.writeAttribute("name", "Transaction");
        w.writeStartElement("ows", "DCP", OWS10);
        w.writeStartElement("ows", "HTTP", OWS10);
        w.writeEmptyElement("ows", "Post", OWS10);
        w.writeAttribute("xlink", WfsCapabilities.XLINK, "href", url);
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("ows", "Parameter", OWS10);
        w.writeAttribute("name", "inputFormat");
        ows(w, "Value", "text/xml; subtype=gml/3.1.1");
        w.writeEndElement();
        w.writeEndElement();
      }
      w.writeEndElement();

      w.writeStartElement("wfs", "FeatureTypeList", wfs);
      w.writeStartElement("wfs", "Operations", wfs);
      XmlOutput.element(w, "wfs", wfs, "Operation", "Query");
      w.writeEndElement();
      for (FeatureType t : catalog.types()) {
        WfsCapabilities.featureType(w, catalog, t, WfsVersions.V110, writes && catalog.writable(t));
      }
      w.writeEndElement();

      w.writeStartElement("ogc", "Filter_Capabilities", OGC);
      w.writeStartElement("ogc", "Spatial_Capabilities", OGC);
      w.writeStartElement("ogc", "GeometryOperands", OGC);
      for (String g : List.of("Envelope", "Point", "LineString", "Polygon")) {
        XmlOutput.element(w, "ogc", OGC, "GeometryOperand", "gml:" + g);
      }
      w.writeEndElement();
      w.writeStartElement("ogc", "SpatialOperators", OGC);
      for (String op : WfsCapabilities.SPATIAL) {
        w.writeEmptyElement("ogc", "SpatialOperator", OGC);
        w.writeAttribute("name", op);
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeStartElement("ogc", "Scalar_Capabilities", OGC);
      w.writeEmptyElement("ogc", "LogicalOperators", OGC);
      w.writeStartElement("ogc", "ComparisonOperators", OGC);
      for (String op : List.of("LessThan", "GreaterThan", "LessThanEqualTo", "GreaterThanEqualTo", "EqualTo",
          "NotEqualTo", "Like", "Between", "NullCheck")) {
        XmlOutput.element(w, "ogc", OGC, "ComparisonOperator", op);
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeStartElement("ogc", "Id_Capabilities", OGC);
      w.writeEmptyElement("ogc", "FID", OGC);
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
    });
  }

  private static void operation(XMLStreamWriter w, String url, String name, String param, List<String> values)
      throws XMLStreamException {
    w.writeStartElement("ows", "Operation", OWS10);
    w.writeAttribute("name", name);
    w.writeStartElement("ows", "DCP", OWS10);
    w.writeStartElement("ows", "HTTP", OWS10);
    w.writeEmptyElement("ows", "Get", OWS10);
    w.writeAttribute("xlink", WfsCapabilities.XLINK, "href", url);
    w.writeEmptyElement("ows", "Post", OWS10);
    w.writeAttribute("xlink", WfsCapabilities.XLINK, "href", url);
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement("ows", "Parameter", OWS10);
    w.writeAttribute("name", param);
    for (String v : values) {
      ows(w, "Value", v);
    }
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void ows(XMLStreamWriter w, String name, String text) throws XMLStreamException {
    XmlOutput.element(w, "ows", OWS10, name, text);
  }
}
