package org.smartland.analytics.exposure;

import java.util.Locale;

/**
 * The flood hazard classes of the Italian flood maps (PGRA), from the most frequent flooding to the rarest.
 * A place in several overlapping zones belongs to the most frequent one.
 */
public enum HazardClass {
  /** Frequent floods (return period about 20–50 years). */
  P3,
  /** Infrequent floods (100–200 years). */
  P2,
  /** Rare floods (up to 500 years). */
  P1;

  /** Whether this class is at least as frequent as {@code other} (P3 is worse than P2, P2 than P1). */
  public boolean atLeast(HazardClass other) {
    return ordinal() <= other.ordinal();
  }

  /** 3 for P3, 2 for P2, 1 for P1: larger is more frequent flooding, so that a maximum picks the worst class. */
  public int severity() {
    return values().length - ordinal();
  }

  /** The class of a {@link #severity()}. */
  public static HazardClass ofSeverity(int severity) {
    for (HazardClass h : values()) {
      if (h.severity() == severity) {
        return h;
      }
    }
    throw new IllegalArgumentException("no hazard class of severity " + severity + " (3 = P3, 2 = P2, 1 = P1)");
  }

  public static HazardClass parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("hazard class must be P3, P2 or P1, not '" + s + "'");
    }
  }
}
