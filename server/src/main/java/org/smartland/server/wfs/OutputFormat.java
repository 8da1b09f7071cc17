package org.smartland.server.wfs;

import java.util.List;
import java.util.Locale;
import org.smartland.server.ogc.OgcException;

/** The GetFeature output formats, each with the names clients use for it. */
public enum OutputFormat {
  GML32("application/gml+xml; version=3.2",
      List.of("application/gml+xml; version=3.2", "text/xml; subtype=gml/3.2", "text/xml; subtype=gml/3.2.1",
          "application/gml+xml; version=3.2.1", "gml32", "gml3", "application/gml+xml", "text/xml")),
  GML311("text/xml; subtype=gml/3.1.1; charset=UTF-8",
      List.of("text/xml; subtype=gml/3.1.1", "application/gml+xml; version=3.1", "gml311")),
  GEOJSON("application/geo+json",
      List.of("application/json", "application/geo+json", "json", "geojson", "application/vnd.geo+json",
          "application/json; subtype=geojson"));

  private final String contentType;
  private final List<String> aliases;

  OutputFormat(String contentType, List<String> aliases) {
    this.contentType = contentType;
    this.aliases = aliases;
  }

  public String contentType() {
    return contentType;
  }

  /** Every name accepted for a version's GetFeature, as listed in its capabilities. */
  static List<String> advertised(String version) {
    if (version.equals(WfsVersions.V110)) {
      return List.of("text/xml; subtype=gml/3.1.1", "GML3", "application/json", "application/geo+json", "json");
    }
    return List.of("application/gml+xml; version=3.2", "text/xml; subtype=gml/3.2", "GML32", "GML3",
        "application/json", "application/geo+json", "json");
  }

  /**
   * The format a name stands for; in 1.1.0, GML3 and text/xml mean GML 3.1.1. Matching ignores case, blanks
   * and quotes ({@code text/xml; subtype="gml/3.2"}).
   */
  static OutputFormat parse(String requested, String version, String locator) {
    String key = normalise(requested);
    boolean v11 = version.equals(WfsVersions.V110);
    if (v11 && (key.equals("gml3") || key.equals("text/xml"))) {
      return GML311;
    }
    for (OutputFormat f : values()) {
      for (String alias : f.aliases) {
        if (normalise(alias).equals(key)) {
          return f;
        }
      }
    }
    throw OgcException.badRequest(OgcException.INVALID_PARAMETER_VALUE, locator,
        "output format '" + requested + "' is not offered; use one of " + advertised(version));
  }

  static OutputFormat defaultFor(String version) {
    return version.equals(WfsVersions.V110) ? GML311 : GML32;
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replace(" ", "").replace("\"", "").replace(";charset=utf-8", "");
  }
}
