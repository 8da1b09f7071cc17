package org.smartland.analytics.landuse;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The construction periods of the buildings layer ({@code pre-1919}, {@code 1919-1945}, …, {@code 2006-}),
 * read as the last year they can end in.
 */
public final class ConstructionPeriod {
  private static final Pattern BEFORE = Pattern.compile("(?:pre|before|<)\\s*-?\\s*(\\d{4})");
  private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})?");

  private ConstructionPeriod() {
  }

  /**
   * The last year of the period: {@code 1945} for {@code 1919-1945}, {@code 1918} for {@code pre-1919};
   * empty for an open period ({@code 2006-}), a blank or an unreadable value.
   */
  public static OptionalInt lastYear(String period) {
    if (period == null) {
      return OptionalInt.empty();
    }
    String p = period.trim().toLowerCase(java.util.Locale.ROOT);
    Matcher before = BEFORE.matcher(p);
    if (before.matches()) {
      return OptionalInt.of(Integer.parseInt(before.group(1)) - 1);
    }
    Matcher range = RANGE.matcher(p);
    if (range.matches() && range.group(2) != null) {
      return OptionalInt.of(Integer.parseInt(range.group(2)));
    }
    return OptionalInt.empty();
  }

  /** Whether the period is known, i.e. a year range, an open period or a "before" (not blank or unreadable). */
  public static boolean isKnown(String period) {
    if (period == null) {
      return false;
    }
    String p = period.trim().toLowerCase(java.util.Locale.ROOT);
    return BEFORE.matcher(p).matches() || RANGE.matcher(p).matches();
  }

  /** Whether the whole period lies before {@code year}: {@code 1961-1970} is before 1976, {@code 1971-1980} is not. */
  public static boolean endsBefore(String period, int year) {
    OptionalInt last = lastYear(period);
    return last.isPresent() && last.getAsInt() < year;
  }
}
