package org.smartland.server.ogc;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The OWS Common 2.0 {@code ows:ExceptionReport} (WFS 2.0, and {@code /ows} when the service is unknown),
 * with the HTTP status the exception carries.
 */
public final class OwsExceptionReport {
  public static final String OWS = "http://www.opengis.net/ows/1.1";

  private OwsExceptionReport() {
  }

  public static byte[] xml(OgcException e, String version) {
    return XmlOutput.document(w -> {
      w.setPrefix("ows", OWS);
      w.writeStartElement("ows", "ExceptionReport", OWS);
      w.writeNamespace("ows", OWS);
      w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      w.writeAttribute("version", version);
      w.writeAttribute("xml:lang", "en");
      w.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
          OWS + " http://schemas.opengis.net/ows/1.1.0/owsExceptionReport.xsd");
      w.writeStartElement("ows", "Exception", OWS);
      w.writeAttribute("exceptionCode", e.code());
      if (e.locator() != null) {
        w.writeAttribute("locator", e.locator());
      }
      w.writeStartElement("ows", "ExceptionText", OWS);
      w.writeCharacters(e.getMessage());
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
    });
  }

  public static void respond(Context ctx, OgcException e, String version) {
    ctx.status(e.status()).contentType("application/xml; charset=UTF-8").result(xml(e, version));
  }

  /** For {@code /ows} requests whose SERVICE is missing or not served here. */
  public static void unknownService(Context ctx) {
    KvpParams p = KvpParams.of(ctx);
    OgcException e = p.get("SERVICE")
        .map(s -> OgcException.invalid("SERVICE", "service '" + s + "' is not offered here; use SERVICE=WMS or SERVICE=WFS"))
        .orElseGet(() -> OgcException.missing("SERVICE"));
    respond(ctx, e, p.get("VERSION").filter(v -> v.toLowerCase(Locale.ROOT).matches("[0-9.]+")).orElse("2.0.0"));
  }
}
