package org.smartland.layers.style;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.store.sql.ValueCoercion;

/**
 * A filter literal coerced to each attribute type at most once, on first comparison with a value of that
 * type, so that comparing it with feature values parses nothing: numbers compare numerically, text as text,
 * dates and instants in time. Thread-safe: coercions are idempotent and their results immutable, so a race
 * only repeats work.
 */
final class Literal {
  /** What {@link #compareWith} answers when the value and the literal cannot be compared. */
  static final int INCOMPARABLE = Integer.MIN_VALUE;
  private static final Object DOES_NOT_FIT = new Object();

  private final Object value;
  private final Object[] coerced = new Object[AttributeType.values().length];

  Literal(Object value) {
    this.value = value;
  }

  /**
   * The sign of {@code value - literal} (-1, 0 or 1) in the value's own type, or {@link #INCOMPARABLE} when
   * the literal does not fit that type (text against a number column, NaN) or the value has no known type.
   */
  int compareWith(Object v) {
    if (v instanceof String s) {
      return as(AttributeType.STRING) instanceof String t ? Integer.signum(s.compareTo(t)) : INCOMPARABLE;
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      long l = ((Number) v).longValue();
      if (as(AttributeType.INTEGER) instanceof Long integer) {
        return Long.compare(l, integer);
      }
      return as(AttributeType.DOUBLE) instanceof Double d ? compareDoubles(l, d) : INCOMPARABLE;
    }
    if (v instanceof Number n) {
      return as(AttributeType.DOUBLE) instanceof Double d ? compareDoubles(n.doubleValue(), d) : INCOMPARABLE;
    }
    if (v instanceof Boolean b) {
      return as(AttributeType.BOOLEAN) instanceof Boolean lb ? Boolean.compare(b, lb) : INCOMPARABLE;
    }
    if (v instanceof LocalDate d) {
      return as(AttributeType.DATE) instanceof LocalDate ld ? Integer.signum(d.compareTo(ld)) : INCOMPARABLE;
    }
    if (v instanceof Instant i) {
      return as(AttributeType.DATETIME) instanceof Instant li ? Integer.signum(i.compareTo(li)) : INCOMPARABLE;
    }
    return INCOMPARABLE;
  }

  /** 0 when the value equals the literal in the value's own type; otherwise as {@link #compareWith}. */
  int equalTo(Object v) {
    if (v instanceof String s && as(AttributeType.STRING) instanceof String t) {
      return s.equals(t) ? 0 : 1;
    }
    return compareWith(v);
  }

  private Object as(AttributeType type) {
    Object c = coerced[type.ordinal()];
    if (c == null) {
      try {
        c = value == null ? DOES_NOT_FIT : ValueCoercion.to(type, value);
      } catch (IllegalArgumentException | DateTimeException e) {
        c = DOES_NOT_FIT;
      }
      coerced[type.ordinal()] = c;
    }
    return c;
  }

  private static int compareDoubles(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return INCOMPARABLE;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** How a feature value reads as text, for LIKE: integral doubles without {@code .0}. */
  static String asText(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return String.valueOf(value);
  }
}
