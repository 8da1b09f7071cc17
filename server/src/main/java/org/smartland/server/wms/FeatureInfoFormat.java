package org.smartland.server.wms;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The INFO_FORMATs GetFeatureInfo answers, each with the exact MIME type it is asked and answered with. */
enum FeatureInfoFormat {
  TEXT("text/plain"),
  HTML("text/html"),
  JSON("application/json"),
  GEOJSON("application/geo+json"),
  GML("application/vnd.ogc.gml"),
  XML("text/xml");

  static final List<String> MIME_TYPES = Arrays.stream(values()).map(f -> f.mimeType).toList();

  final String mimeType;

  FeatureInfoFormat(String mimeType) {
    this.mimeType = mimeType;
  }

  static Optional<FeatureInfoFormat> of(String requested) {
    // a '+' sent unencoded in a query string arrives as a space ("application/geo json")
    String base = requested.toLowerCase(Locale.ROOT).replace(' ', '+');
    int semicolon = base.indexOf(';');
    String mime = (semicolon < 0 ? base : base.substring(0, semicolon)).trim();
    return Arrays.stream(values()).filter(f -> f.mimeType.equals(mime)).findFirst();
  }
}
