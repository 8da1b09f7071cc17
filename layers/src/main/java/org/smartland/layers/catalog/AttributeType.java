package org.smartland.layers.catalog;

import java.util.Locale;

/** The value types a layer attribute can have; each store maps them to its own column types. */
public enum AttributeType {
  STRING, INTEGER, DOUBLE, BOOLEAN, DATE, DATETIME;

  /** Parses a configuration name such as {@code string}, {@code int}, {@code double} or {@code date}. */
  public static AttributeType parse(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "string", "text" -> STRING;
      case "integer", "int", "long" -> INTEGER;
      case "double", "real", "number", "float" -> DOUBLE;
      case "boolean", "bool" -> BOOLEAN;
      case "date" -> DATE;
      case "datetime", "timestamp" -> DATETIME;
      default -> throw new IllegalArgumentException("unknown attribute type '" + name
          + "' (expected string, integer, double, boolean, date or datetime)");
    };
  }

  public boolean isNumeric() {
    return this == INTEGER || this == DOUBLE;
  }
}
