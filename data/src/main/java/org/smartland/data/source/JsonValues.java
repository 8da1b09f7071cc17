package org.smartland.data.source;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON property values as the import's raw values: text (double-encoded UTF-8 repaired, see {@link Mojibake}),
 * {@link Long}, {@link Double}, {@link Boolean} or null.
 */
final class JsonValues {
  private JsonValues() {
  }

  /** The value; arrays and objects become their JSON text. */
  static Object of(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isTextual()) {
      return Mojibake.repair(v.asText());
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return v.asLong();
    }
    if (v.isNumber()) {
      return v.asDouble();
    }
    return v.toString();
  }
}
