package org.smartland.server.wms;

import org.smartland.server.ogc.OgcException;
import org.smartland.server.ogc.XmlOutput;

/** The WMS 1.3.0 {@code ServiceExceptionReport}, every echoed value escaped by the XML writer. */
final class WmsExceptionReport {
  static final String CONTENT_TYPE = "text/xml; charset=UTF-8";

  private WmsExceptionReport() {
  }

  static byte[] xml(OgcException e) {
    return XmlOutput.document(w -> {
      w.writeStartElement("ServiceExceptionReport");
      w.writeDefaultNamespace("http://www.opengis.net/ogc");
      w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      w.writeAttribute("version", "1.3.0");
      w.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
          "http://www.opengis.net/ogc http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd");
      w.writeStartElement("ServiceException");
      w.writeAttribute("code", e.code());
      if (e.locator() != null) {
        w.writeAttribute("locator", e.locator());
      }
      w.writeCharacters(e.getMessage());
      w.writeEndElement();
      w.writeEndElement();
    });
  }
}
