package org.smartland.layers.query.cql2;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The literal and name rules both CQL2 encodings share: property names, dates, timestamps, interval bounds and
 * LIKE patterns. Every method throws a {@link Refusal} with a readable message.
 */
final class Cql2Literals {
  /** Longest property name, in characters. */
  static final int MAX_NAME_LENGTH = 256;

  private Cql2Literals() {
  }

  /** Whether a character may start a property name: a letter or {@code _}. */
  static boolean nameStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  /** Whether a character may continue a property name: a letter, a digit or {@code _}. */
  static boolean namePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /**
   * The name if it is a plain property name (letters, digits and {@code _}, not starting with a digit). Paths,
   * prefixes and expressions ({@code a.b}, {@code a/b}, {@code ns:a}, {@code a(b)}) are refused: names are
   * looked up in the schema, never evaluated.
   */
  static String propertyName(String name) {
    boolean plain = !name.isEmpty() && name.length() <= MAX_NAME_LENGTH && nameStart(name.charAt(0));
    for (int i = 1; plain && i < name.length(); i++) {
      plain = namePart(name.charAt(i));
    }
    if (!plain) {
      throw new Refusal("'" + abbreviate(name) + "' is not a property name: names are letters, digits and '_' "
          + "(paths, prefixes and expressions are not supported)");
    }
    return name;
  }

  /** A string literal, bounded in length. */
  static String string(String s, int maxLength) {
    if (s.length() > maxLength) {
      throw new Refusal("a string literal is longer than " + maxLength + " characters");
    }
    return s;
  }

  /** {@code YYYY-MM-DD}. */
  static LocalDate date(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new Refusal("'" + abbreviate(s) + "' is not a date (YYYY-MM-DD)");
    }
  }

  /** {@code YYYY-MM-DDThh:mm:ss[.f]Z}, or with a UTC offset instead of {@code Z}. */
  static Instant timestamp(String s) {
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      throw new Refusal("'" + abbreviate(s) + "' is not a timestamp (YYYY-MM-DDThh:mm:ssZ, in UTC)");
    }
  }

  /** An interval bound written as a string: {@code '..'} (open, null), a date or a timestamp. */
  static Object intervalBound(String s) {
    if (s.equals("..")) {
      return null;
    }
    return s.indexOf('T') < 0 && s.indexOf('t') < 0 ? date(s) : timestamp(s);
  }

  /** The interval, checked to start no later than it ends. */
  static Operand.Interval interval(Object start, Object end) {
    if (start != null && end != null && instant(start).isAfter(instant(end))) {
      throw new Refusal("INTERVAL('" + start + "', '" + end + "') ends before it starts");
    }
    return new Operand.Interval(start, end);
  }

  private static Instant instant(Object dateOrInstant) {
    return dateOrInstant instanceof LocalDate d ? d.atStartOfDay(ZoneOffset.UTC).toInstant() : (Instant) dateOrInstant;
  }

  /** A LIKE pattern ({@code %}, {@code _}, {@code \} escapes), checked not to end with a lone escape. */
  static String pattern(String pattern) {
    int escapes = 0;
    for (int i = pattern.length() - 1; i >= 0 && pattern.charAt(i) == '\\'; i--) {
      escapes++;
    }
    if (escapes % 2 == 1) {
      throw new Refusal("the LIKE pattern '" + abbreviate(pattern) + "' ends with the escape character '\\'");
    }
    return pattern;
  }

  /** The text as a LIKE pattern that matches exactly it: {@code \}, {@code %} and {@code _} escaped. */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The text cut to 40 characters for an error message. */
  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
