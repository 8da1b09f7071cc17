package org.smartland.layers.store;

import java.util.Optional;

/**
 * Feature ids as text: every store keys features by an integer ({@code fid}). Read one way everywhere
 * ({@link FeatureStore#byId}, resource id filters in SQL and in memory), so that an id a client sends finds
 * the same features whichever path looks it up.
 */
public final class FeatureIds {
  private FeatureIds() {
  }

  /** The integer an id names ({@code " 12"} is 12), or empty when it names none ({@code "1 OR 1=1"}). */
  public static Optional<Long> parse(String id) {
    try {
      return Optional.of(Long.parseLong(id.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
