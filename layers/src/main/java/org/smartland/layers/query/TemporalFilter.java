package org.smartland.layers.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;

/**
 * Turns an ISO 8601 time value, as WMS {@code TIME} and OGC API {@code datetime} take it, into a
 * {@link Filter} on a layer's time attribute.
 *
 * <p>Accepted: an instant at any precision ({@code 2024}, {@code 2024-05}, {@code 2024-05-01},
 * {@code 2024-05-01T10:00:00Z}), which stands for the whole period it names (2024 is the year 2024); an
 * interval {@code start/end} whose ends are inclusive and may be open ({@code ..} or empty); and a
 * comma-separated list of these. The attribute may be a date, a timestamp or an integer year. Anything else
 * is an {@link InvalidQueryException}.
 */
public final class TemporalFilter {
  private TemporalFilter() {
  }

  public static Filter of(String value, AttributeDefinition attribute) {
    if (attribute.type() != AttributeType.DATE && attribute.type() != AttributeType.DATETIME
        && attribute.type() != AttributeType.INTEGER) {
      throw new IllegalArgumentException("attribute '" + attribute.name() + "' cannot carry time");
    }
    List<Filter> alternatives = new ArrayList<>();
    for (String part : value.split(",")) {
      alternatives.add(one(part.trim(), attribute));
    }
    return alternatives.size() == 1 ? alternatives.get(0) : new Filter.Or(alternatives);
  }

  private static Filter one(String value, AttributeDefinition a) {
    if (value.isEmpty()) {
      throw new InvalidQueryException("empty time value");
    }
    int slash = value.indexOf('/');
    LocalDateTime from;
    LocalDateTime toExclusive;
    if (slash < 0) {
      LocalDateTime[] period = period(value);
      from = period[0];
      toExclusive = period[1];
    } else {
      String start = value.substring(0, slash).trim();
      String end = value.substring(slash + 1).trim();
      from = open(start) ? null : period(start)[0];
      toExclusive = open(end) ? null : period(end)[1];
      if (from != null && toExclusive != null && !from.isBefore(toExclusive)) {
        throw new InvalidQueryException("time interval '" + value + "' ends before it starts");
      }
    }
    List<Filter> bounds = new ArrayList<>();
    if (from != null) {
      bounds.add(new Filter.Compare(a.name(), Filter.ComparisonOp.GE, literal(from, a, false)));
    }
    if (toExclusive != null) {
      bounds.add(new Filter.Compare(a.name(), Filter.ComparisonOp.LT, literal(toExclusive, a, true)));
    }
    return bounds.isEmpty() ? Filter.INCLUDE : bounds.size() == 1 ? bounds.get(0) : new Filter.And(bounds);
  }

  private static boolean open(String end) {
    return end.isEmpty() || end.equals("..");
  }

  private static Object literal(LocalDateTime t, AttributeDefinition a, boolean exclusiveEnd) {
    return switch (a.type()) {
      case INTEGER -> (long) (exclusiveEnd && !t.equals(t.withDayOfYear(1).toLocalDate().atStartOfDay())
          ? t.getYear() + 1 : t.getYear());
      case DATE -> exclusiveEnd && !t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
          ? t.toLocalDate().plusDays(1) : t.toLocalDate();
      default -> t.toInstant(ZoneOffset.UTC);
    };
  }

  /** The half-open period {@code [start, end)} an ISO instant of any precision names. */
  private static LocalDateTime[] period(String s) {
    try {
      if (s.matches("\\d{4}")) {
        LocalDateTime start = LocalDate.of(Integer.parseInt(s), 1, 1).atStartOfDay();
        return new LocalDateTime[] {start, start.plusYears(1)};
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        LocalDateTime start = YearMonth.parse(s).atDay(1).atStartOfDay();
        return new LocalDateTime[] {start, start.plusMonths(1)};
      }
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDateTime start = LocalDate.parse(s).atStartOfDay();
        return new LocalDateTime[] {start, start.plusDays(1)};
      }
      Instant i = s.endsWith("Z") || s.matches(".*[+-]\\d{2}:\\d{2}$")
          ? OffsetDateTime.parse(s).toInstant() : LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
      LocalDateTime t = LocalDateTime.ofInstant(i, ZoneOffset.UTC);
      return new LocalDateTime[] {t, t.plusNanos(1_000_000)};
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new InvalidQueryException("'" + s + "' is not an ISO 8601 time");
    }
  }
}
