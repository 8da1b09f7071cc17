package org.smartland.server.wfs;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.smartland.server.ogc.XmlOutput;

/**
 * The answer to a committed Transaction, in the shape of the request's version: 2.0.0 {@code wfs:TransactionResponse}
 * with the summary and {@code InsertResults} ({@code fes:ResourceId rid}, in request order, with the Insert's handle),
 * {@code UpdateResults} and {@code ReplaceResults}; 1.1.0 {@code wfs:TransactionResponse} with
 * {@code ogc:FeatureId fid}; 1.0.0 {@code wfs:WFS_TransactionResponse} with one {@code InsertResult} per Insert and
 * status SUCCESS. Resource ids are the gml:ids GetFeature writes, so a client can find what it inserted.
 */
final class TransactionResponse {
  static final String FES = WfsCapabilities.FES;
  static final String OGC = WfsCapabilities11.OGC;

  private TransactionResponse() {
  }

  static byte[] write(String version, TransactionResult r) {
    return switch (version) {
      case WfsVersions.V110 -> v110(r);
      case TransactionRequest.V100 -> v100(r);
      default -> v200(r);
    };
  }

  private static byte[] v200(TransactionResult r) {
    String wfs = FeatureCollectionWriter.WFS20;
    return XmlOutput.document(w -> {
      w.setPrefix("wfs", wfs);
      w.setPrefix("fes", FES);
      w.writeStartElement("wfs", "TransactionResponse", wfs);
      w.writeNamespace("wfs", wfs);
      w.writeNamespace("fes", FES);
      w.writeNamespace("xsi", FeatureCollectionWriter.XSI);
      w.writeAttribute("version", WfsVersions.V200);
      w.writeAttribute(FeatureCollectionWriter.XSI, "schemaLocation", wfs + " http://schemas.opengis.net/wfs/2.0/wfs.xsd");
      w.writeStartElement("wfs", "TransactionSummary", wfs);
      XmlOutput.element(w, "wfs", wfs, "totalInserted", Integer.toString(r.inserted().size()));
      XmlOutput.element(w, "wfs", wfs, "totalUpdated", Integer.toString(r.updated().size()));
      XmlOutput.element(w, "wfs", wfs, "totalReplaced", Integer.toString(r.replaced().size()));
      XmlOutput.element(w, "wfs", wfs, "totalDeleted", Integer.toString(r.deleted()));
      w.writeEndElement();
      results(w, "InsertResults", r.inserted());
      results(w, "UpdateResults", r.updated());
      results(w, "ReplaceResults", r.replaced());
      w.writeEndElement();
    });
  }

  private static void results(XMLStreamWriter w, String name, List<TransactionResult.Written> features)
      throws XMLStreamException {
    if (features.isEmpty()) {
      return;
    }
    String wfs = FeatureCollectionWriter.WFS20;
    w.writeStartElement("wfs", name, wfs);
    for (TransactionResult.Written f : features) {
      w.writeStartElement("wfs", "Feature", wfs);
      if (f.handle().isPresent()) {
        w.writeAttribute("handle", f.handle().get());
      }
      w.writeEmptyElement("fes", "ResourceId", FES);
      w.writeAttribute("rid", f.rid());
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  private static byte[] v110(TransactionResult r) {
    String wfs = FeatureCollectionWriter.WFS11;
    return XmlOutput.document(w -> {
      w.setPrefix("wfs", wfs);
      w.setPrefix("ogc", OGC);
      w.writeStartElement("wfs", "TransactionResponse", wfs);
      w.writeNamespace("wfs", wfs);
      w.writeNamespace("ogc", OGC);
      w.writeNamespace("xsi", FeatureCollectionWriter.XSI);
      w.writeAttribute("version", WfsVersions.V110);
      w.writeAttribute(FeatureCollectionWriter.XSI, "schemaLocation", wfs + " http://schemas.opengis.net/wfs/1.1.0/wfs.xsd");
      w.writeStartElement("wfs", "TransactionSummary", wfs);
      XmlOutput.element(w, "wfs", wfs, "totalInserted", Integer.toString(r.inserted().size()));
      XmlOutput.element(w, "wfs", wfs, "totalUpdated", Integer.toString(r.updated().size()));
      XmlOutput.element(w, "wfs", wfs, "totalDeleted", Integer.toString(r.deleted()));
      w.writeEndElement();
      if (!r.inserted().isEmpty()) {
        w.writeStartElement("wfs", "InsertResults", wfs);
        for (TransactionResult.Written f : r.inserted()) {
          w.writeStartElement("wfs", "Feature", wfs);
          if (f.handle().isPresent()) {
            w.writeAttribute("handle", f.handle().get());
          }
          w.writeEmptyElement("ogc", "FeatureId", OGC);
          w.writeAttribute("fid", f.rid());
          w.writeEndElement();
        }
        w.writeEndElement();
      }
      w.writeEndElement();
    });
  }

  private static byte[] v100(TransactionResult r) {
    String wfs = FeatureCollectionWriter.WFS11;
    return XmlOutput.document(w -> {
      w.setPrefix("wfs", wfs);
      w.setPrefix("ogc", OGC);
      w.writeStartElement("wfs", "WFS_TransactionResponse", wfs);
      w.writeNamespace("wfs", wfs);
      w.writeNamespace("ogc", OGC);
      w.writeNamespace("xsi", FeatureCollectionWriter.XSI);
      w.writeAttribute("version", TransactionRequest.V100);
      w.writeAttribute(FeatureCollectionWriter.XSI, "schemaLocation",
          wfs + " http://schemas.opengis.net/wfs/1.0.0/WFS-transaction.xsd");
      int action = -1;
      for (TransactionResult.Written f : r.inserted()) {
        if (f.action() != action) {
          if (action >= 0) {
            w.writeEndElement();
          }
          action = f.action();
          w.writeStartElement("wfs", "InsertResult", wfs);
          if (f.handle().isPresent()) {
            w.writeAttribute("handle", f.handle().get());
          }
        }
        w.writeEmptyElement("ogc", "FeatureId", OGC);
        w.writeAttribute("fid", f.rid());
      }
      if (action >= 0) {
        w.writeEndElement();
      }
      w.writeStartElement("wfs", "TransactionResult", wfs);
      w.writeStartElement("wfs", "Status", wfs);
      w.writeEmptyElement("wfs", "SUCCESS", wfs);
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
    });
  }
}
