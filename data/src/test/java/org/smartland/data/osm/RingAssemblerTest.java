package org.smartland.data.osm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RingAssemblerTest {
  @Test
  void a_closed_way_is_a_ring_of_its_own() {
    List<long[]> rings = RingAssembler.rings(List.of(new long[] {1, 2, 3, 1}));
    assertEquals(1, rings.size());
    assertArrayEquals(new long[] {1, 2, 3, 1}, rings.get(0));
  }

  @Test
  void open_ways_are_chained_reversing_where_needed() {
    // 1-2-3, then 5-4-3 (reversed), then 5-6-1
    List<long[]> rings = RingAssembler.rings(List.of(new long[] {1, 2, 3}, new long[] {5, 4, 3}, new long[] {5, 6, 1}));
    assertEquals(1, rings.size());
    assertArrayEquals(new long[] {1, 2, 3, 4, 5, 6, 1}, rings.get(0));
  }

  @Test
  void two_separate_rings_stay_separate() {
    List<long[]> rings = RingAssembler.rings(List.of(new long[] {1, 2, 3}, new long[] {7, 8, 9, 7}, new long[] {3, 4, 1}));
    assertEquals(2, rings.size());
  }

  @Test
  void a_chain_that_cannot_close_fails_naming_the_node() {
    OsmGeometryException e = assertThrows(OsmGeometryException.class,
        () -> RingAssembler.rings(List.of(new long[] {1, 2, 3}, new long[] {3, 4})));
    assertTrue(e.getMessage().contains("node 4"), e.getMessage());
  }
}
