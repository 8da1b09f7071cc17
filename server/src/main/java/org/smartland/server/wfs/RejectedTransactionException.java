package org.smartland.server.wfs;

import java.util.List;
import org.smartland.server.ogc.OgcException;
import org.smartland.server.ogc.OwsExceptionReport;
import org.smartland.server.ogc.XmlOutput;

/**
 * A Transaction refused because features do not fit their layer (400 {@code InvalidValue}); nothing was written. The
 * report lists every problem, each naming the feature as the request placed it ({@code feature 2 of Insert 1
 * [geometry]: lies outside the territory}): a summary first (the text clients such as QGIS show), then one
 * {@code ows:ExceptionText} per problem.
 */
final class RejectedTransactionException extends OgcException {
  private final transient List<String> problems;

  /**
   * @param locator  the handle or label of the first action at fault
   * @param problems every problem, in request order
   */
  RejectedTransactionException(String typeName, String locator, List<String> problems) {
    super(400, WfsService.INVALID_VALUE, locator, "nothing was written to " + typeName + ": " + problems.size()
        + (problems.size() == 1 ? " problem: " : " problems: ") + String.join("; ", problems.stream().limit(5).toList())
        + (problems.size() > 5 ? "; …" : ""));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }

  /** The {@code ows:ExceptionReport}: one Exception, the summary and then each problem as its texts. */
  byte[] report(String version) {
    String ows = OwsExceptionReport.OWS;
    return XmlOutput.document(w -> {
      w.setPrefix("ows", ows);
      w.writeStartElement("ows", "ExceptionReport", ows);
      w.writeNamespace("ows", ows);
      w.writeNamespace("xsi", FeatureCollectionWriter.XSI);
      w.writeAttribute("version", version);
      w.writeAttribute("xml:lang", "en");
      w.writeAttribute(FeatureCollectionWriter.XSI, "schemaLocation",
          ows + " http://schemas.opengis.net/ows/1.1.0/owsExceptionReport.xsd");
      w.writeStartElement("ows", "Exception", ows);
      w.writeAttribute("exceptionCode", code());
      if (locator() != null) {
        w.writeAttribute("locator", locator());
      }
      XmlOutput.element(w, "ows", ows, "ExceptionText", getMessage());
      for (String p : problems) {
        XmlOutput.element(w, "ows", ows, "ExceptionText", p);
      }
      w.writeEndElement();
      w.writeEndElement();
    });
  }
}
