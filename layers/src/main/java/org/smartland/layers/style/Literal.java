package org.smartland.layers.style;

import java.time.Instant;
import java.time.LocalDate;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.store.sql.ValueCoercion;

/**
 * A filter literal coerced once, up front, to every attribute type it fits, so that comparing it with a
 * feature value costs no parsing: numbers compare numerically, text as text, dates and instants in time.
 */
final class Literal {
  /** What {@link #compareWith} answers when the value and the literal cannot be compared. */
  static final int INCOMPARABLE = Integer.MIN_VALUE;

  private final String text;
  private final Long integer;
  private final Double number;
  private final Boolean bool;
  private final LocalDate date;
  private final Instant instant;

  Literal(Object value) {
    this.text = (String) coerce(AttributeType.STRING, value);
    this.integer = (Long) coerce(AttributeType.INTEGER, value);
    this.number = (Double) coerce(AttributeType.DOUBLE, value);
    this.bool = (Boolean) coerce(AttributeType.BOOLEAN, value);
    this.date = (LocalDate) coerce(AttributeType.DATE, value);
    this.instant = (Instant) coerce(AttributeType.DATETIME, value);
  }

  /**
   * The sign of {@code value - literal} (-1, 0 or 1) in the value's own type, or {@link #INCOMPARABLE} when
   * the literal does not fit that type (text against a number column, NaN) or the value has no known type.
   */
  int compareWith(Object value) {
    if (value instanceof String s) {
      return Integer.signum(s.compareTo(text));
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      long v = ((Number) value).longValue();
      if (integer != null) {
        return Long.compare(v, integer);
      }
      return number == null ? INCOMPARABLE : compareDoubles(v, number);
    }
    if (value instanceof Number n) {
      return number == null ? INCOMPARABLE : compareDoubles(n.doubleValue(), number);
    }
    if (value instanceof Boolean b) {
      return bool == null ? INCOMPARABLE : Boolean.compare(b, bool);
    }
    if (value instanceof LocalDate d) {
      return date == null ? INCOMPARABLE : Integer.signum(d.compareTo(date));
    }
    if (value instanceof Instant i) {
      return instant == null ? INCOMPARABLE : Integer.signum(i.compareTo(instant));
    }
    return INCOMPARABLE;
  }

  private static int compareDoubles(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return INCOMPARABLE;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }

  private static Object coerce(AttributeType type, Object value) {
    try {
      return ValueCoercion.to(type, value);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return null;
    }
  }

  /** How a feature value reads as text, for LIKE: integral doubles without {@code .0}. */
  static String asText(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return String.valueOf(value);
  }
}
