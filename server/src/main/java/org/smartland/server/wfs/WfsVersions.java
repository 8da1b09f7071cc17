package org.smartland.server.wfs;

import java.util.List;
import java.util.Optional;
import org.smartland.server.ogc.OgcException;

/** The WFS versions offered and how a request's version is settled. */
final class WfsVersions {
  static final String V200 = "2.0.0";
  static final String V110 = "1.1.0";

  private WfsVersions() {
  }

  /**
   * The version of an operation request: 2.0.0 when absent (and {@code 2.0} is read as 2.0.0); 1.1.0 only
   * where offered (GetCapabilities, DescribeFeatureType, GetFeature).
   */
  static String of(Optional<String> requested, boolean v110Allowed) {
    if (requested.isEmpty()) {
      return V200;
    }
    String v = requested.get();
    if (v.equals("2.0.0") || v.equals("2.0")) {
      return V200;
    }
    if (v.equals(V110) && v110Allowed) {
      return V110;
    }
    throw OgcException.invalid("VERSION", "version '" + v + "' is not supported; use 2.0.0"
        + (v110Allowed ? " or 1.1.0" : ""));
  }

  /**
   * GetCapabilities negotiation (OWS Common): the first offered of ACCEPTVERSIONS, or the highest offered
   * version; a VERSION parameter is honoured when it names an offered version.
   */
  static String negotiate(List<String> acceptVersions, Optional<String> version) {
    if (!acceptVersions.isEmpty()) {
      for (String v : acceptVersions) {
        if (v.equals(V200) || v.equals("2.0")) {
          return V200;
        }
        if (v.equals(V110)) {
          return V110;
        }
      }
      throw new OgcException(400, OgcException.VERSION_NEGOTIATION_FAILED, "AcceptVersions",
          "none of the versions " + acceptVersions + " is offered; this service offers 2.0.0 and 1.1.0");
    }
    return version.filter(v -> v.equals(V110)).orElse(V200);
  }
}
