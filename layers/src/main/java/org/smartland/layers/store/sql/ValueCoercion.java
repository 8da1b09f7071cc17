package org.smartland.layers.store.sql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.smartland.layers.catalog.AttributeType;

/**
 * Turns a literal (from a filter, a CSV cell, a JSON value) into the Java value of an attribute type:
 * {@link String}, {@link Long}, {@link Double}, {@link Boolean}, {@link LocalDate} or {@link Instant}.
 */
public final class ValueCoercion {
  private ValueCoercion() {
  }

  /**
   * The value as the attribute type.
   *
   * @throws IllegalArgumentException with a readable message when the value does not fit
   */
  public static Object to(AttributeType type, Object value) {
    if (value == null) {
      return null;
    }
    try {
      return switch (type) {
        case STRING -> value instanceof String s ? s : String.valueOf(value);
        case INTEGER -> toLong(value);
        case DOUBLE -> value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
        case BOOLEAN -> toBoolean(value);
        case DATE -> toDate(value);
        case DATETIME -> toInstant(value);
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("'" + value + "' is not a valid " + type.name().toLowerCase());
    }
  }

  private static Long toLong(Object value) {
    if (value instanceof Long l) {
      return l;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Number n) {
      double d = n.doubleValue();
      if (d != Math.rint(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return (long) d;
    }
    return Long.parseLong(value.toString().trim());
  }

  private static Boolean toBoolean(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Number n) {
      return n.intValue() != 0;
    }
    return switch (value.toString().trim().toLowerCase()) {
      case "true", "1", "yes", "y", "t", "si", "sì" -> true;
      case "false", "0", "no", "n", "f" -> false;
      default -> throw new IllegalArgumentException("'" + value + "' is not a valid boolean");
    };
  }

  private static LocalDate toDate(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Instant i) {
      return i.atOffset(ZoneOffset.UTC).toLocalDate();
    }
    String s = value.toString().trim();
    return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
  }

  private static Instant toInstant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof LocalDate d) {
      return d.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    String s = value.toString().trim();
    if (s.length() == 10) {
      return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      return java.time.LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    }
  }
}
