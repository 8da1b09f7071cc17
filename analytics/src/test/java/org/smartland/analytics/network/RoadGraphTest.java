package org.smartland.analytics.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/**
 * Walking distances on a hand-drawn network (metres):
 * <pre>
 *   A(0,0) ——100—— B(100,0) ——100—— C(200,0)      E(1000,0) ——30—— F(1030,0)
 *                     |
 *                    70 (a winding path: longer than the 50 m straight line)
 *                     |
 *                  D(100,50)
 * </pre>
 */
class RoadGraphTest {
  static final RoadGraph GRAPH = RoadGraph.builder()
      .edge(1, new Coordinate(0, 0), 2, new Coordinate(100, 0), 100)
      .edge(2, new Coordinate(100, 0), 3, new Coordinate(200, 0), 100)
      .edge(2, new Coordinate(100, 0), 4, new Coordinate(100, 50), 70)
      .edge(5, new Coordinate(1000, 0), 6, new Coordinate(1030, 0), 30)
      .build();

  @Test
  void a_point_joins_the_network_at_its_nearest_node() {
    RoadGraph.Access school = GRAPH.access(new Coordinate(200, 10));
    assertEquals(10, school.distance(), 1e-9);
    assertEquals(GRAPH.access(new Coordinate(201, 0)).node(), school.node(), "node C");
  }

  @Test
  void distances_run_along_the_edges_from_the_nearest_destination() {
    RoadGraph.Access school = GRAPH.access(new Coordinate(200, 10));
    double[] d = GRAPH.distancesToNearest(List.of(school), 1_000);
    assertEquals(10, d[node(200, 0)], 1e-9, "C: the walk from the road to the school");
    assertEquals(110, d[node(100, 0)], 1e-9, "B");
    assertEquals(210, d[node(0, 0)], 1e-9, "A");
    assertEquals(180, d[node(100, 50)], 1e-9, "D: along the 70 m path, not the 50 m line");
    assertEquals(Double.POSITIVE_INFINITY, d[node(1000, 0)], "E is not connected");
  }

  @Test
  void the_nearest_of_several_destinations_wins_and_the_limit_cuts() {
    RoadGraph.Access atC = GRAPH.access(new Coordinate(200, 0));
    RoadGraph.Access atA = GRAPH.access(new Coordinate(-20, 0));
    double[] d = GRAPH.distancesToNearest(List.of(atC, atA), 1_000);
    assertEquals(20, d[node(0, 0)], 1e-9);
    assertEquals(100, d[node(100, 0)], 1e-9, "B: 100 from C, 120 from A");
    double[] near = GRAPH.distancesToNearest(List.of(atC), 150);
    assertEquals(100, near[node(100, 0)], 1e-9);
    assertEquals(Double.POSITIVE_INFINITY, near[node(0, 0)], "A at 200 m is beyond the 150 m limit");
  }

  @Test
  void shares_of_residents_within_reach() {
    double[] d = GRAPH.distancesToNearest(List.of(GRAPH.access(new Coordinate(200, 10))), 1_000);
    Reach.Origin nearA = new Reach.Origin(GRAPH.access(new Coordinate(0, -5)), 30);   // 5 + 210 = 215 m
    Reach.Origin nearD = new Reach.Origin(GRAPH.access(new Coordinate(100, 60)), 10); // 10 + 180 = 190 m
    Reach.Origin nearE = new Reach.Origin(GRAPH.access(new Coordinate(1000, 5)), 60); // not connected
    assertEquals(215, Reach.distance(nearA, d), 1e-9);
    assertEquals(0.1, Reach.shareWithin(List.of(nearA, nearD, nearE), d, 200), 1e-12, "10 of 100 residents");
    assertEquals(0.4, Reach.shareWithin(List.of(nearA, nearD, nearE), d, 215), 1e-12, "the limit is inclusive");
    assertEquals(0, Reach.shareWithin(List.of(), d, 200));
    assertThrows(IllegalArgumentException.class, () -> new Reach.Origin(nearA.access(), -1));
    assertThrows(IllegalArgumentException.class,
        () -> RoadGraph.builder().edge(1, new Coordinate(0, 0), 2, new Coordinate(1, 0), Double.NaN));
  }

  private static int node(double x, double y) {
    RoadGraph.Access a = GRAPH.access(new Coordinate(x, y));
    assertEquals(0, a.distance(), 1e-9, "a node at " + x + "," + y);
    return a.node();
  }

  @Test
  void a_new_link_joins_two_pieces_of_network_at_their_nearest_nodes() {
    RoadGraph.Access school = GRAPH.access(new Coordinate(200, 10));
    assertEquals(Double.POSITIVE_INFINITY, GRAPH.distancesToNearest(List.of(school), 10_000)[
        GRAPH.access(new Coordinate(1030, 0)).node()], "node 6 is on a separate piece");
    // a cycle path from (205, 3) to (995, 4): 5.83 m from node 3, 800 m long, 6.40 m from node 5
    RoadGraph linked = GRAPH.withLinks(List.of(new RoadGraph.Link(new Coordinate(205, 3), new Coordinate(995, 4), 800)));
    double[] d = linked.distancesToNearest(List.of(linked.access(new Coordinate(200, 10))), 10_000);
    double link = Math.hypot(5, 3) + 800 + Math.hypot(5, 4);
    assertEquals(10 + link + 30, d[linked.access(new Coordinate(1030, 0)).node()], 1e-9);
    assertEquals(Double.POSITIVE_INFINITY, GRAPH.distancesToNearest(List.of(school), 10_000)[
        GRAPH.access(new Coordinate(1030, 0)).node()], "the original graph is unchanged");
  }
}
