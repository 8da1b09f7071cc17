package org.smartland.layers.style;

import java.util.Locale;
import java.util.Optional;

/** The well-known mark shapes of SLD. */
public enum Mark {
  CIRCLE, SQUARE, TRIANGLE, STAR, CROSS, X;

  /** The mark with this well-known name ({@code circle}, {@code square}, … case-insensitive). */
  public static Optional<Mark> byName(String wellKnownName) {
    for (Mark m : values()) {
      if (m.name().equals(wellKnownName.trim().toUpperCase(Locale.ROOT))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The well-known name, lower case. */
  public String wellKnownName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
