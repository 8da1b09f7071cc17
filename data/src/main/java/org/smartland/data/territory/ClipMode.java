package org.smartland.data.territory;

import java.util.Locale;

/** How a layer is cut to the territory (the union of its Comuni plus the configured buffer). */
public enum ClipMode {
  /** Keep the features that touch the clip area, unchanged (keeps road edges and their end nodes whole). */
  INTERSECTS,
  /** Keep the part of each feature inside the clip area. */
  CUT,
  /** Keep everything. */
  NONE;

  public static ClipMode parse(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "intersects" -> INTERSECTS;
      case "cut" -> CUT;
      case "none" -> NONE;
      default -> throw new IllegalArgumentException("clip must be intersects, cut or none, not '" + name + "'");
    };
  }
}
