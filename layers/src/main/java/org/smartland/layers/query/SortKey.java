package org.smartland.layers.query;

/** One sort key: a property name (checked against the schema by the store) and a direction. */
public record SortKey(String property, boolean ascending) {
  public static SortKey asc(String property) {
    return new SortKey(property, true);
  }

  public static SortKey desc(String property) {
    return new SortKey(property, false);
  }
}
