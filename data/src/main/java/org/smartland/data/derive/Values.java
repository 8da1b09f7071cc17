package org.smartland.data.derive;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading numbers out of loosely typed values, as OSM tags are ({@code "2"}, {@code "12 m"}, {@code "~1920"}). */
final class Values {
  private static final Pattern NUMBER = Pattern.compile("^\\s*~?\\s*(\\d+(?:[.,]\\d+)?)");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

  private Values() {
  }

  /** The leading number of a value ({@code "12.5 m"} → 12.5), if it starts with one. */
  static Optional<Double> leadingNumber(Object v) {
    if (v instanceof Number n) {
      return Optional.of(n.doubleValue());
    }
    if (v == null) {
      return Optional.empty();
    }
    Matcher m = NUMBER.matcher(v.toString());
    return m.find() ? Optional.of(Double.parseDouble(m.group(1).replace(',', '.'))) : Optional.empty();
  }

  /** The first four-digit year between 1000 and 2100 in a value ({@code "1927-05-01"}, {@code "~1920"}). */
  static Optional<Integer> year(Object v) {
    if (v instanceof Number n) {
      int y = n.intValue();
      return y >= 1000 && y <= 2100 ? Optional.of(y) : Optional.empty();
    }
    if (v == null) {
      return Optional.empty();
    }
    Matcher m = YEAR.matcher(v.toString());
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y >= 1000 && y <= 2100) {
        return Optional.of(y);
      }
    }
    return Optional.empty();
  }

  static Optional<String> text(Object v) {
    return v == null || v.toString().isBlank() ? Optional.empty() : Optional.of(v.toString());
  }
}
