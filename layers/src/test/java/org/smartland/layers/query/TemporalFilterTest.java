package org.smartland.layers.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;

class TemporalFilterTest {
  private static final AttributeDefinition YEAR = AttributeDefinition.of("anno", AttributeType.INTEGER);
  private static final AttributeDefinition DAY = AttributeDefinition.of("giorno", AttributeType.DATE);
  private static final AttributeDefinition WHEN = AttributeDefinition.of("quando", AttributeType.DATETIME);

  @Test
  void a_year_means_the_whole_year() {
    assertEquals(range("anno", 2024L, 2025L), TemporalFilter.of("2024", YEAR));
    assertEquals(range("giorno", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)), TemporalFilter.of("2024", DAY));
    assertEquals(range("quando", Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z")),
        TemporalFilter.of("2024", WHEN));
  }

  @Test
  void intervals_include_both_ends_and_may_be_open() {
    assertEquals(range("anno", 2020L, 2023L), TemporalFilter.of("2020/2022", YEAR));
    assertEquals(range("giorno", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1)), TemporalFilter.of("2024-05-01/2024-05-31", DAY));
    assertEquals(new Filter.Compare("anno", Filter.ComparisonOp.GE, 2020L), TemporalFilter.of("2020/..", YEAR));
    assertEquals(new Filter.Compare("anno", Filter.ComparisonOp.LT, 2021L), TemporalFilter.of("../2020", YEAR));
    assertEquals(Filter.INCLUDE, TemporalFilter.of("../..", YEAR));
  }

  @Test
  void lists_are_alternatives() {
    assertEquals(new Filter.Or(List.of(range("anno", 2020L, 2021L), range("anno", 2022L, 2023L))),
        TemporalFilter.of("2020,2022", YEAR));
  }

  @Test
  void nonsense_is_an_invalid_query() {
    assertThrows(InvalidQueryException.class, () -> TemporalFilter.of("yesterday", YEAR));
    assertThrows(InvalidQueryException.class, () -> TemporalFilter.of("2024-13", DAY));
    assertThrows(InvalidQueryException.class, () -> TemporalFilter.of("2024/2020", YEAR));
  }

  private static Filter range(String p, Object from, Object to) {
    return new Filter.And(List.of(new Filter.Compare(p, Filter.ComparisonOp.GE, from),
        new Filter.Compare(p, Filter.ComparisonOp.LT, to)));
  }
}
