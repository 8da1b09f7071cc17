package org.smartland.server.wfs;

import java.util.List;
import java.util.stream.Collectors;
import org.smartland.server.ogc.OgcException;
import org.smartland.server.ogc.XmlOutput;

/** The one stored query WFS 2.0 requires, GetFeatureById, listed and described. */
final class StoredQueries {
  static final String GET_FEATURE_BY_ID = "urn:ogc:def:query:OGC-WFS::GetFeatureById";
  private static final String WFS = FeatureCollectionWriter.WFS20;
  private static final String TITLE = "Get feature by identifier";

  private final WfsCatalog catalog;

  StoredQueries(WfsCatalog catalog) {
    this.catalog = catalog;
  }

  byte[] list() {
    return XmlOutput.document(w -> {
      w.setPrefix("wfs", WFS);
      w.setPrefix(WfsCatalog.PREFIX, catalog.namespace());
      w.writeStartElement("wfs", "ListStoredQueriesResponse", WFS);
      w.writeNamespace("wfs", WFS);
      w.writeNamespace(WfsCatalog.PREFIX, catalog.namespace());
      w.writeStartElement("wfs", "StoredQuery", WFS);
      w.writeAttribute("id", GET_FEATURE_BY_ID);
      XmlOutput.element(w, "wfs", WFS, "Title", TITLE);
      for (FeatureType t : catalog.types()) {
        XmlOutput.element(w, "wfs", WFS, "ReturnFeatureType", catalog.qualifiedName(t));
      }
      w.writeEndElement();
      w.writeEndElement();
    });
  }

  /** @param ids the STOREDQUERY_ID values; empty describes all */
  byte[] describe(List<String> ids) {
    for (String id : ids) {
      if (!id.equals(GET_FEATURE_BY_ID)) {
        throw OgcException.invalid("STOREDQUERY_ID", "stored query '" + PropertyNames.abbreviate(id)
            + "' is not offered; the only one is " + GET_FEATURE_BY_ID);
      }
    }
    String returnTypes = catalog.types().stream().map(catalog::qualifiedName).collect(Collectors.joining(" "));
    return XmlOutput.document(w -> {
      w.setPrefix("wfs", WFS);
      w.setPrefix("xsd", FeatureTypeSchema.XS);
      w.setPrefix(WfsCatalog.PREFIX, catalog.namespace());
      w.writeStartElement("wfs", "DescribeStoredQueriesResponse", WFS);
      w.writeNamespace("wfs", WFS);
      w.writeNamespace("xsd", FeatureTypeSchema.XS);
      w.writeNamespace(WfsCatalog.PREFIX, catalog.namespace());
      w.writeStartElement("wfs", "StoredQueryDescription", WFS);
      w.writeAttribute("id", GET_FEATURE_BY_ID);
      XmlOutput.element(w, "wfs", WFS, "Title", TITLE);
      XmlOutput.element(w, "wfs", WFS, "Abstract", "Returns the single feature whose identifier (e.g. "
          + catalog.exampleName() + ".1, as in gml:id) is given, or a 404 if there is none.");
      w.writeEmptyElement("wfs", "Parameter", WFS);
      w.writeAttribute("name", "ID");
      w.writeAttribute("type", "xsd:string");
      w.writeEmptyElement("wfs", "QueryExpressionText", WFS);
      w.writeAttribute("returnFeatureTypes", returnTypes);
      w.writeAttribute("language", "urn:ogc:def:queryLanguage:OGC-WFS::WFS_QueryExpression");
      w.writeAttribute("isPrivate", "true");
      w.writeEndElement();
      w.writeEndElement();
    });
  }
}
