package org.smartland.data.osm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JunctionSplitterTest {
  @Test
  void ways_are_cut_at_nodes_they_share_and_edges_meet_at_the_shared_node() {
    // A crossing: way 1 runs 1-2-3, way 2 runs 4-2-5; node 2 is the junction.
    OsmWay a = new OsmWay(1, new long[] {1, 2, 3}, Map.of());
    OsmWay b = new OsmWay(2, new long[] {4, 2, 5}, Map.of());

    List<JunctionSplitter.Edge> edges = JunctionSplitter.split(List.of(a, b));

    assertEquals(4, edges.size());
    assertArrayEquals(new long[] {1, 2}, edges.get(0).nodes());
    assertArrayEquals(new long[] {2, 3}, edges.get(1).nodes());
    assertEquals(1, edges.get(1).part());
    assertEquals(2, edges.get(2).to());
    assertEquals(2, edges.get(3).from());
  }

  @Test
  void a_way_touching_another_only_at_its_end_stays_whole() {
    OsmWay a = new OsmWay(1, new long[] {1, 2, 3}, Map.of());
    OsmWay b = new OsmWay(2, new long[] {3, 4, 5}, Map.of());
    assertEquals(2, JunctionSplitter.split(List.of(a, b)).size());
  }

  @Test
  void a_closed_way_without_junctions_is_one_edge_from_a_node_to_itself() {
    OsmWay loop = new OsmWay(1, new long[] {1, 2, 3, 1}, Map.of());
    List<JunctionSplitter.Edge> edges = JunctionSplitter.split(List.of(loop));
    assertEquals(1, edges.size());
    assertEquals(edges.get(0).from(), edges.get(0).to());
  }

  @Test
  void a_way_that_passes_a_node_twice_is_cut_there() {
    OsmWay figure = new OsmWay(1, new long[] {1, 2, 3, 4, 2, 5}, Map.of());
    List<JunctionSplitter.Edge> edges = JunctionSplitter.split(List.of(figure));
    assertEquals(3, edges.size());
    assertArrayEquals(new long[] {2, 3, 4, 2}, edges.get(1).nodes());
  }
}
