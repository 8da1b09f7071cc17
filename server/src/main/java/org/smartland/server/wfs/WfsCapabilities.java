package org.smartland.server.wfs;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Envelope;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.crs.Crs;
import org.smartland.server.ogc.XmlOutput;

/**
 * WFS 2.0.0 capabilities: the operations with the constraints clients read before paging
 * (ImplementsResultPaging, CountDefault…), every feature type the principal may read with its provenance, CRSs and
 * WGS 84 extent, and filter capabilities that list exactly the operators the filter reader and the stores implement.
 * When a listed type is writable, the Transaction operation (POST only: it has no KVP encoding) and
 * ImplementsTransactionalWFS TRUE; QGIS takes an {@code ows:Operation name="Transaction"} as the sign that a 2.0.0
 * layer can be edited.
 */
final class WfsCapabilities {
  static final String OWS = "http://www.opengis.net/ows/1.1";
  static final String FES = "http://www.opengis.net/fes/2.0";
  static final String XLINK = "http://www.w3.org/1999/xlink";
  static final String GML32 = "http://www.opengis.net/gml/3.2";

  static final List<String> COMPARISON = List.of("PropertyIsEqualTo", "PropertyIsNotEqualTo", "PropertyIsLessThan",
      "PropertyIsGreaterThan", "PropertyIsLessThanOrEqualTo", "PropertyIsGreaterThanOrEqualTo", "PropertyIsLike",
      "PropertyIsNull", "PropertyIsNil", "PropertyIsBetween");
  static final List<String> SPATIAL = List.of("BBOX", "Equals", "Disjoint", "Intersects", "Touches", "Crosses",
      "Within", "Contains", "Overlaps", "DWithin", "Beyond");
  static final List<String> GEOMETRY_OPERANDS = List.of("Envelope", "Point", "LineString", "Polygon", "MultiPoint",
      "MultiCurve", "MultiSurface", "MultiLineString", "MultiPolygon", "LinearRing");

  private final WfsCatalog catalog;
  private final WfsLimits limits;
  private final boolean transactional;

  /**
   * @param catalog   the principal's view of the catalog
   * @param writes    whether the service takes Transactions: advertised when a listed type is writable
   */
  WfsCapabilities(WfsCatalog catalog, WfsLimits limits, boolean writes) {
    this.catalog = catalog;
    this.limits = limits;
    this.transactional = writes && catalog.types().stream().anyMatch(catalog::writable);
  }

  byte[] write(String url) {
    LayerCatalog c = catalog.territory().catalog();
    return XmlOutput.document(w -> {
      String wfs = FeatureCollectionWriter.WFS20;
      w.setPrefix("wfs", wfs);
      w.setPrefix("ows", OWS);
      w.setPrefix("fes", FES);
      w.setPrefix("xlink", XLINK);
      w.setPrefix("gml", GML32);
      w.writeStartElement("wfs", "WFS_Capabilities", wfs);
      w.writeNamespace("wfs", wfs);
      w.writeNamespace("ows", OWS);
      w.writeNamespace("fes", FES);
      w.writeNamespace("xlink", XLINK);
      w.writeNamespace("gml", GML32);
      w.writeNamespace("xsi", FeatureCollectionWriter.XSI);
      w.writeNamespace(WfsCatalog.PREFIX, catalog.namespace());
      w.writeAttribute("version", WfsVersions.V200);
      w.writeAttribute(FeatureCollectionWriter.XSI, "schemaLocation",
          wfs + " http://schemas.opengis.net/wfs/2.0/wfs.xsd");

      w.writeStartElement("ows", "ServiceIdentification", OWS);
      ows(w, "Title", "SmartLand Twin WFS — " + c.title());
      ows(w, "Abstract", c.description() + " Each feature type's abstract states its provenance (real, derived or "
          + "stand-in data).");
      w.writeStartElement("ows", "Keywords", OWS);
      ows(w, "Keyword", "SmartLand Twin");
      ows(w, "Keyword", c.territoryId());
      w.writeEndElement();
      ows(w, "ServiceType", "WFS");
      ows(w, "ServiceTypeVersion", WfsVersions.V200);
      ows(w, "ServiceTypeVersion", WfsVersions.V110);
      ows(w, "Fees", "NONE");
      ows(w, "AccessConstraints", "NONE");
      w.writeEndElement();

      w.writeStartElement("ows", "ServiceProvider", OWS);
      ows(w, "ProviderName", "SmartLand Twin — " + c.title());
      w.writeEmptyElement("ows", "ServiceContact", OWS);
      w.writeEndElement();

      operations(w, url);
      featureTypes(w, c);
      filterCapabilities(w);
      w.writeEndElement();
    });
  }

  private void operations(XMLStreamWriter w, String url) throws XMLStreamException {
    w.writeStartElement("ows", "OperationsMetadata", OWS);
    operation(w, url, "GetCapabilities", List.of(new Param("AcceptVersions", List.of(WfsVersions.V200, WfsVersions.V110)),
        new Param("AcceptFormats", List.of("text/xml")), new Param("Sections", List.of("ServiceIdentification",
            "ServiceProvider", "OperationsMetadata", "FeatureTypeList", "Filter_Capabilities"))));
    operation(w, url, "DescribeFeatureType", List.of(new Param("outputFormat",
        List.of("application/gml+xml; version=3.2", "text/xml; subtype=gml/3.2"))));
    List<Param> getFeature = List.of(new Param("outputFormat", OutputFormat.advertised(WfsVersions.V200)),
        new Param("resultType", List.of("results", "hits")));
    operation(w, url, "GetFeature", getFeature);
    operation(w, url, "GetPropertyValue", getFeature);
    operation(w, url, "ListStoredQueries", List.of());
    operation(w, url, "DescribeStoredQueries", List.of());
    if (transactional) {
      postOperation(w, url, "Transaction", List.of(new Param("inputFormat", List.of("application/gml+xml; version=3.2")),
          new Param("releaseAction", List.of("ALL"))));
    }
    Param version = new Param("version", List.of(WfsVersions.V200, WfsVersions.V110));
    parameter(w, version);
    constraint(w, "ImplementsBasicWFS", "TRUE");
    constraint(w, "ImplementsTransactionalWFS", transactional ? "TRUE" : "FALSE");
    constraint(w, "ImplementsLockingWFS", "FALSE");
    constraint(w, "KVPEncoding", "TRUE");
    constraint(w, "XMLEncoding", "TRUE");
    constraint(w, "SOAPEncoding", "FALSE");
    constraint(w, "ImplementsInheritance", "FALSE");
    constraint(w, "ImplementsRemoteResolve", "FALSE");
    constraint(w, "ImplementsResultPaging", "TRUE");
    constraint(w, "ImplementsStandardJoins", "FALSE");
    constraint(w, "ImplementsSpatialJoins", "FALSE");
    constraint(w, "ImplementsTemporalJoins", "FALSE");
    constraint(w, "ImplementsFeatureVersioning", "FALSE");
    constraint(w, "ManageStoredQueries", "FALSE");
    constraint(w, "CountDefault", Integer.toString(limits.countDefault()));
    w.writeStartElement("ows", "Constraint", OWS);
    w.writeAttribute("name", "QueryExpressions");
    w.writeStartElement("ows", "AllowedValues", OWS);
    ows(w, "Value", "wfs:Query");
    ows(w, "Value", "wfs:StoredQuery");
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
  }

  private record Param(String name, List<String> values) {
  }

  private static void operation(XMLStreamWriter w, String url, String name, List<Param> params) throws XMLStreamException {
    operation(w, url, name, params, true);
  }

  /** An operation with only an XML encoding: POST. */
  private static void postOperation(XMLStreamWriter w, String url, String name, List<Param> params)
      throws XMLStreamException {
    operation(w, url, name, params, false);
  }

  private static void operation(XMLStreamWriter w, String url, String name, List<Param> params, boolean get)
      throws XMLStreamException {
    w.writeStartElement("ows", "Operation", OWS);
    w.writeAttribute("name", name);
    w.writeStartElement("ows", "DCP", OWS);
    w.writeStartElement("ows", "HTTP", OWS);
    if (get) {
      w.writeEmptyElement("ows", "Get", OWS);
      w.writeAttribute("xlink", XLINK, "href", url);
    }
    w.writeEmptyElement("ows", "Post", OWS);
    w.writeAttribute("xlink", XLINK, "href", url);
    w.writeEndElement();
    w.writeEndElement();
    for (Param p : params) {
      parameter(w, p);
    }
    w.writeEndElement();
  }



  private static void parameter(XMLStreamWriter w, Param p) throws XMLStreamException {
    w.writeStartElement("ows", "Parameter", OWS);
    w.writeAttribute("name", p.name());
    w.writeStartElement("ows", "AllowedValues", OWS);
    for (String v : p.values()) {
      ows(w, "Value", v);
    }
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void constraint(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    constraint(w, "ows", OWS, name, value);
  }

  /** {@code <prefix:Constraint name="…"><ows:NoValues/><ows:DefaultValue>value</…>}, for OWS and FES. */
  private static void constraint(XMLStreamWriter w, String prefix, String ns, String name, String value)
      throws XMLStreamException {
    w.writeStartElement(prefix, "Constraint", ns);
    w.writeAttribute("name", name);
    w.writeEmptyElement("ows", "NoValues", OWS);
    ows(w, "DefaultValue", value);
    w.writeEndElement();
  }

  private void featureTypes(XMLStreamWriter w, LayerCatalog c) throws XMLStreamException {
    String wfs = FeatureCollectionWriter.WFS20;
    w.writeStartElement("wfs", "FeatureTypeList", wfs);
    for (FeatureType t : catalog.types()) {
      featureType(w, catalog, t, WfsVersions.V200, false);
    }
    w.writeEndElement();
  }

  /**
   * One {@code wfs:FeatureType}, in the namespaces and element names of the version (2.0.0: DefaultCRS and
   * OWS 1.1; 1.1.0: DefaultSRS and OWS 1.0, and the type's own Operations), whose prefixes {@code wfs} and
   * {@code ows} the caller bound.
   *
   * @param editable 1.1.0: list Insert, Update and Delete among the type's operations
   */
  static void featureType(XMLStreamWriter w, WfsCatalog catalog, FeatureType t, String version, boolean editable)
      throws XMLStreamException {
    boolean v11 = version.equals(WfsVersions.V110);
    String wfs = v11 ? FeatureCollectionWriter.WFS11 : FeatureCollectionWriter.WFS20;
    String ows = v11 ? WfsCapabilities11.OWS10 : OWS;
    LayerDefinition d = t.definition();
    w.writeStartElement("wfs", "FeatureType", wfs);
    XmlOutput.element(w, "wfs", wfs, "Name", catalog.qualifiedName(t));
    XmlOutput.element(w, "wfs", wfs, "Title", d.title());
    XmlOutput.element(w, "wfs", wfs, "Abstract", d.abstractWithProvenance());
    w.writeStartElement("ows", "Keywords", ows);
    for (String k : d.publishedKeywords()) {
      XmlOutput.element(w, "ows", ows, "Keyword", k);
    }
    w.writeEndElement();
    XmlOutput.element(w, "wfs", wfs, v11 ? "DefaultSRS" : "DefaultCRS", catalog.defaultCrs().urn());
    for (Crs o : otherCrs(catalog.territory().catalog())) {
      XmlOutput.element(w, "wfs", wfs, v11 ? "OtherSRS" : "OtherCRS", o.urn());
    }
    if (v11) {
      w.writeStartElement("wfs", "Operations", wfs);
      for (String op : editable ? List.of("Query", "Insert", "Update", "Delete") : List.of("Query")) {
        XmlOutput.element(w, "wfs", wfs, "Operation", op);
      }
      w.writeEndElement();
    }
    w.writeStartElement("wfs", "OutputFormats", wfs);
    for (String f : OutputFormat.advertised(version)) {
      XmlOutput.element(w, "wfs", wfs, "Format", f);
    }
    w.writeEndElement();
    Envelope e = t.summary().wgs84Extent().orElse(null);
    if (e != null) {
      w.writeStartElement("ows", "WGS84BoundingBox", ows);
      XmlOutput.element(w, "ows", ows, "LowerCorner", e.getMinX() + " " + e.getMinY());
      XmlOutput.element(w, "ows", ows, "UpperCorner", e.getMaxX() + " " + e.getMaxY());
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  /** The offered CRSs other than the native one, CRS:84 left out (EPSG:4326 covers it). */
  static List<Crs> otherCrs(LayerCatalog c) {
    List<Crs> out = new ArrayList<>();
    for (Crs o : c.offeredCrs()) {
      if (!o.crs84() && o.srid() != c.nativeSrid() && out.stream().noneMatch(x -> x.srid() == o.srid())) {
        out.add(o.withEpsgAxisOrder());
      }
    }
    return out;
  }

  private static void filterCapabilities(XMLStreamWriter w) throws XMLStreamException {
    w.writeStartElement("fes", "Filter_Capabilities", FES);
    w.writeStartElement("fes", "Conformance", FES);
    fesConstraint(w, "ImplementsQuery", true);
    fesConstraint(w, "ImplementsAdHocQuery", true);
    fesConstraint(w, "ImplementsFunctions", false);
    fesConstraint(w, "ImplementsResourceId", true);
    fesConstraint(w, "ImplementsMinStandardFilter", true);
    fesConstraint(w, "ImplementsStandardFilter", true);
    fesConstraint(w, "ImplementsMinSpatialFilter", true);
    fesConstraint(w, "ImplementsSpatialFilter", true);
    fesConstraint(w, "ImplementsMinTemporalFilter", false);
    fesConstraint(w, "ImplementsTemporalFilter", false);
    fesConstraint(w, "ImplementsVersionNav", false);
    fesConstraint(w, "ImplementsSorting", true);
    fesConstraint(w, "ImplementsExtendedOperators", false);
    fesConstraint(w, "ImplementsMinimumXPath", false);
    fesConstraint(w, "ImplementsSchemaElementFunc", false);
    w.writeEndElement();
    w.writeStartElement("fes", "Id_Capabilities", FES);
    w.writeEmptyElement("fes", "ResourceIdentifier", FES);
    w.writeAttribute("name", "fes:ResourceId");
    w.writeEndElement();
    w.writeStartElement("fes", "Scalar_Capabilities", FES);
    w.writeEmptyElement("fes", "LogicalOperators", FES);
    w.writeStartElement("fes", "ComparisonOperators", FES);
    for (String op : COMPARISON) {
      w.writeEmptyElement("fes", "ComparisonOperator", FES);
      w.writeAttribute("name", op);
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement("fes", "Spatial_Capabilities", FES);
    w.writeStartElement("fes", "GeometryOperands", FES);
    for (String g : GEOMETRY_OPERANDS) {
      w.writeEmptyElement("fes", "GeometryOperand", FES);
      w.writeAttribute("name", "gml:" + g);
    }
    w.writeEndElement();
    w.writeStartElement("fes", "SpatialOperators", FES);
    for (String op : SPATIAL) {
      w.writeEmptyElement("fes", "SpatialOperator", FES);
      w.writeAttribute("name", op);
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void fesConstraint(XMLStreamWriter w, String name, boolean value) throws XMLStreamException {
    constraint(w, "fes", FES, name, value ? "TRUE" : "FALSE");
  }

  static void ows(XMLStreamWriter w, String name, String text) throws XMLStreamException {
    w.writeStartElement("ows", name, OWS);
    w.writeCharacters(text);
    w.writeEndElement();
  }
}
