package org.smartland.analytics.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.smartland.analytics.network.RoadGraph;

/**
 * A village V reaches the hospital H in town T over a bridge (edge 7, 300 m) or, if the bridge is closed, along a
 * detour (edges 8 and 9, 900 + 900 m); the farm F hangs on the village by edge 10 (200 m):
 * <pre>
 *   F(0,200) ——10—— V(0,0) ——7 (bridge)—— T(300,0) = H
 *                     \                     /
 *                      8 ——— D(150,-600) —— 9
 * </pre>
 */
class RoadAccessTest {
  static final RoadGraph GRAPH = RoadGraph.builder()
      .edge(7, 1, new Coordinate(0, 0), 2, new Coordinate(300, 0), 300)
      .edge(8, 1, new Coordinate(0, 0), 3, new Coordinate(150, -600), 900)
      .edge(9, 3, new Coordinate(150, -600), 2, new Coordinate(300, 0), 900)
      .edge(10, 4, new Coordinate(0, 200), 1, new Coordinate(0, 0), 200)
      .build();
  static final List<RoadGraph.Access> HOSPITAL = List.of(GRAPH.access(new Coordinate(300, 10)));
  static final List<RoadAccess.Place> PLACES = List.of(
      new RoadAccess.Place("village", GRAPH.access(new Coordinate(0, 5))),
      new RoadAccess.Place("farm", GRAPH.access(new Coordinate(0, 210))));

  @Test
  void nothing_closed_nothing_changes() {
    List<RoadAccess.Change> c = RoadAccess.afterClosure(GRAPH, PLACES, HOSPITAL, Set.of());
    // village: 5 to V, 300 over the bridge, 10 from T to the hospital
    assertEquals(315, c.get(0).before(), 1e-9);
    assertEquals(315, c.get(0).after(), 1e-9);
    assertFalse(c.get(0).lost());
    assertFalse(c.get(0).detour());
  }

  @Test
  void a_closed_bridge_means_a_detour() {
    List<RoadAccess.Change> c = RoadAccess.afterClosure(GRAPH, PLACES, HOSPITAL, Set.of(7L));
    assertEquals(5 + 900 + 900 + 10, c.get(0).after(), 1e-9);
    assertTrue(c.get(0).detour());
    assertEquals(10 + 200 + 1800 + 10, c.get(1).after(), 1e-9, "the farm goes round too");
  }

  @Test
  void with_the_bridge_and_the_detour_closed_both_places_lose_their_access() {
    List<RoadAccess.Change> c = RoadAccess.afterClosure(GRAPH, PLACES, HOSPITAL, Set.of(7L, 9L));
    assertTrue(c.get(0).lost());
    assertTrue(c.get(1).lost());
    assertFalse(c.get(1).detour());
    assertEquals(Double.POSITIVE_INFINITY, c.get(1).after());
  }

  @Test
  void closing_only_the_farm_road_cuts_the_farm_alone() {
    List<RoadAccess.Change> c = RoadAccess.afterClosure(GRAPH, PLACES, HOSPITAL, Set.of(10L));
    assertFalse(c.get(0).lost());
    assertTrue(c.get(1).lost());
  }

  @Test
  void a_flooded_hospital_sends_everyone_to_the_next_one() {
    // a second hospital at D; the first one (at T) floods
    RoadGraph.Access second = GRAPH.access(new Coordinate(150, -590));
    List<RoadGraph.Access> both = List.of(HOSPITAL.get(0), second);
    List<RoadAccess.Change> c = RoadAccess.afterClosure(GRAPH, PLACES, both, List.of(second), Set.of());
    assertEquals(315, c.get(0).before(), 1e-9);
    assertEquals(5 + 900 + 10, c.get(0).after(), 1e-9);
    assertTrue(c.get(0).detour());
    assertTrue(RoadAccess.afterClosure(GRAPH, PLACES, both, List.of(), Set.of()).get(1).lost(),
        "with no hospital open, access is lost");
  }
}
