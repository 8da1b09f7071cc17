package org.smartland.layers.store.gpkg;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Timestamps as GeoPackage stores them: {@code YYYY-MM-DDTHH:MM:SS.SSSZ}, always UTC and always with
 * milliseconds, so that text comparison in SQL orders them in time.
 */
final class IsoInstant {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private IsoInstant() {
  }

  static String format(Instant i) {
    return FORMAT.format(i);
  }

  static Instant parse(String s) {
    return OffsetDateTime.parse(s).toInstant();
  }
}
