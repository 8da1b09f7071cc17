package org.smartland.analytics.landuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The ISTAT census periods of the buildings layer, read as the last year they can end in. */
class ConstructionPeriodTest {
  @Test
  void a_closed_period_ends_in_its_last_year() {
    assertEquals(OptionalInt.of(1945), ConstructionPeriod.lastYear("1919-1945"));
    assertEquals(OptionalInt.of(1970), ConstructionPeriod.lastYear(" 1961 - 1970 "), "spaces are ignored");
  }

  @Test
  void a_period_before_a_year_ends_the_year_before() {
    assertEquals(OptionalInt.of(1918), ConstructionPeriod.lastYear("pre-1919"));
    assertEquals(OptionalInt.of(1918), ConstructionPeriod.lastYear("PRE 1919"), "case is ignored");
    assertEquals(OptionalInt.of(1918), ConstructionPeriod.lastYear("before 1919"));
    assertEquals(OptionalInt.of(1918), ConstructionPeriod.lastYear("<1919"));
  }

  @Test
  void an_open_period_or_an_unreadable_value_has_no_last_year() {
    assertEquals(OptionalInt.empty(), ConstructionPeriod.lastYear("2006-"), "still running: it can end any year");
    assertEquals(OptionalInt.empty(), ConstructionPeriod.lastYear(null));
    assertEquals(OptionalInt.empty(), ConstructionPeriod.lastYear(""));
    assertEquals(OptionalInt.empty(), ConstructionPeriod.lastYear("unknown"));
    assertEquals(OptionalInt.empty(), ConstructionPeriod.lastYear("19th century"));
  }

  @Test
  void ends_before_needs_the_whole_period_before_the_year() {
    assertTrue(ConstructionPeriod.endsBefore("1961-1970", 1976));
    assertFalse(ConstructionPeriod.endsBefore("1971-1980", 1976), "1971-1980 may have been built in 1977");
    assertTrue(ConstructionPeriod.endsBefore("pre-1919", 1976));
    assertFalse(ConstructionPeriod.endsBefore("2006-", 1976));
    assertFalse(ConstructionPeriod.endsBefore("1975-1976", 1976), "a period ending in the year itself is not before it");
    assertTrue(ConstructionPeriod.endsBefore("1974-1975", 1976));
    assertFalse(ConstructionPeriod.endsBefore(null, 1976));
    assertFalse(ConstructionPeriod.endsBefore("garbage", 1976));
  }

  @Test
  void known_periods_are_ranges_open_ranges_and_befores() {
    assertTrue(ConstructionPeriod.isKnown("1919-1945"));
    assertTrue(ConstructionPeriod.isKnown("2006-"), "open, but known");
    assertTrue(ConstructionPeriod.isKnown("pre-1919"));
    assertFalse(ConstructionPeriod.isKnown(null));
    assertFalse(ConstructionPeriod.isKnown(""));
    assertFalse(ConstructionPeriod.isKnown("   "));
    assertFalse(ConstructionPeriod.isKnown("unknown"));
    assertFalse(ConstructionPeriod.isKnown("n/a"));
    assertFalse(ConstructionPeriod.isKnown("19-45"), "years have four digits");
  }
}
