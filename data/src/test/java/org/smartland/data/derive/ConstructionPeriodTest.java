package org.smartland.data.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConstructionPeriodTest {
  @Test
  void years_fall_in_the_istat_census_classes() {
    assertEquals("pre-1919", ConstructionPeriod.of(1862));
    assertEquals("pre-1919", ConstructionPeriod.of(1918));
    assertEquals("1919-1945", ConstructionPeriod.of(1919));
    assertEquals("1919-1945", ConstructionPeriod.of(1945));
    assertEquals("1946-1960", ConstructionPeriod.of(1946));
    assertEquals("1971-1980", ConstructionPeriod.of(1980));
    assertEquals("2001-2005", ConstructionPeriod.of(2005));
    assertEquals("2006-", ConstructionPeriod.of(2006));
    assertEquals("2006-", ConstructionPeriod.of(2024));
  }

  @Test
  void years_are_read_from_loose_start_dates() {
    assertEquals(Optional.of(1927), Values.year("1927"));
    assertEquals(Optional.of(1927), Values.year("1927-05-01"));
    assertEquals(Optional.of(1920), Values.year("~1920"));
    assertEquals(Optional.of(1965), Values.year(1965L));
    assertEquals(Optional.empty(), Values.year("C19"));
    assertEquals(Optional.empty(), Values.year(null));
  }
}
