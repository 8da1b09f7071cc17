package org.smartland.layers.tiles;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;

/**
 * Attribute values as MVT 2.1 values: {@link String}, {@link Long} (written as {@code sint_value}),
 * {@link Double}, {@link Float}, {@link Boolean}. Other integers widen to Long, {@link BigDecimal} becomes a
 * Double, a {@link BigInteger} beyond 64 bits and any {@code java.time} value ({@code LocalDate},
 * {@code Instant}, …) become their ISO-8601 text.
 */
final class MvtValues {
  private MvtValues() {
  }

  /**
   * The value to write; null for null (the attribute is left out of the feature).
   *
   * @throws IllegalArgumentException for a type a vector tile cannot carry
   */
  static Object of(Object value) {
    if (value == null || value instanceof String || value instanceof Long || value instanceof Double
        || value instanceof Boolean || value instanceof Float) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger b) {
      return b.bitLength() < 64 ? (Object) b.longValue() : b.toString();
    }
    if (value instanceof BigDecimal d) {
      return d.doubleValue();
    }
    if (value instanceof TemporalAccessor || value instanceof CharSequence) {
      return value.toString();
    }
    throw new IllegalArgumentException("a vector tile cannot carry a value of type " + value.getClass().getName());
  }
}
