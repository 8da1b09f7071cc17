package org.smartland.layers.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureQueryTest {

  @Test
  void builders_change_one_thing_at_a_time() {
    FeatureQuery q = FeatureQuery.all().withPage(20, 10).withSortBy(List.of(SortKey.asc("name")));
    assertEquals(20, q.offset());
    assertEquals(10, q.limit());
    assertEquals(Filter.INCLUDE, q.filter());
    assertEquals(List.of(SortKey.asc("name")), q.sortBy());
  }

  @Test
  void out_of_range_paging_and_bad_boxes_are_invalid_queries() {
    assertThrows(InvalidQueryException.class, () -> FeatureQuery.all().withPage(-1, 10));
    assertThrows(InvalidQueryException.class, () -> FeatureQuery.all().withPage(0, FeatureQuery.MAX_LIMIT + 1));
    assertThrows(InvalidQueryException.class, () -> new BoundingBox(10, 0, 0, 10, 4326));
    assertThrows(InvalidQueryException.class, () -> new BoundingBox(Double.NaN, 0, 1, 1, 4326));
    assertThrows(InvalidQueryException.class, () -> new Filter.In("name", List.of()));
  }
}
