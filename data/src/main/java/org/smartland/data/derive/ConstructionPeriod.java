package org.smartland.data.derive;

import java.util.List;

/**
 * The construction periods of the ISTAT census of buildings (Censimento 2011): before 1919, 1919–1945,
 * 1946–1960, 1961–1970, 1971–1980, 1981–1990, 1991–2000, 2001–2005, 2006 and later. Labels:
 * {@code pre-1919}, {@code 1919-1945}, …, {@code 2006-}; {@code unknown} when the year is not known.
 */
public final class ConstructionPeriod {
  public static final String UNKNOWN = "unknown";
  /** Every label, oldest first, then {@link #UNKNOWN}. */
  public static final List<String> LABELS = List.of("pre-1919", "1919-1945", "1946-1960", "1961-1970", "1971-1980",
      "1981-1990", "1991-2000", "2001-2005", "2006-", UNKNOWN);
  private static final int[] FIRST_YEARS = {1919, 1946, 1961, 1971, 1981, 1991, 2001, 2006};

  private ConstructionPeriod() {
  }

  /** The period a year of construction falls in. */
  public static String of(int year) {
    int i = 0;
    while (i < FIRST_YEARS.length && year >= FIRST_YEARS[i]) {
      i++;
    }
    return LABELS.get(i);
  }
}
