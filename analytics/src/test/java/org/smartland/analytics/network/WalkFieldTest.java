package org.smartland.analytics.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/**
 * The walk field of a hand-drawn network (metres), with a school beside C and a stop beside A:
 * <pre>
 *   stop  A(0,0) ——100—— B(100,0) ——100—— C(200,0) school      E(500,0) ——50—— F(550,0)
 *                           |
 *                          60
 *                           |
 *                        D(100,60)
 * </pre>
 * School: 10 m north of C. Stop: 5 m west of A. Schools are reckoned up to 1,000 m, stops up to 150 m.
 */
class WalkFieldTest {
  static final RoadGraph GRAPH = RoadGraph.builder()
      .edge(1, new Coordinate(0, 0), 2, new Coordinate(100, 0), 100)
      .edge(2, new Coordinate(100, 0), 3, new Coordinate(200, 0), 100)
      .edge(2, new Coordinate(100, 0), 4, new Coordinate(100, 60), 60)
      .edge(5, new Coordinate(500, 0), 6, new Coordinate(550, 0), 50)
      .build();

  static WalkField field() {
    Map<String, double[]> byKind = new LinkedHashMap<>();
    byKind.put("schools", GRAPH.distancesToNearest(List.of(GRAPH.access(new Coordinate(200, 10))), 1_000));
    byKind.put("transit_stops", GRAPH.distancesToNearest(List.of(GRAPH.access(new Coordinate(-5, 0))), 150));
    return GRAPH.walkField(byKind);
  }

  @Test
  void a_point_walks_to_its_nearest_node_then_along_the_network_for_each_kind() {
    WalkField f = field();
    assertEquals(List.of("schools", "transit_stops"), f.kinds());
    // 3 m south of A: 3 + A→C 200 + 10 to the school = 213; 3 + 5 to the stop = 8.
    assertArrayEquals(new double[] {213, 8}, f.walksFrom(0, -3), 1e-9);
    // 10 m north of D: 10 + D→B 60 + B→C 100 + 10 = 180 to the school; the stop is 10 + 60 + 100 + 5 = 175 away,
    // beyond its 150 m limit.
    double[] fromD = f.walksFrom(100, 70);
    assertEquals(180, fromD[0], 1e-9);
    assertEquals(Double.POSITIVE_INFINITY, fromD[1]);
  }

  @Test
  void the_walk_is_measured_on_the_network_not_in_a_straight_line() {
    // (150, 60) is 71 m from the school in a straight line, but its nearest node is D (50 m away; B and C are
    // 78 m), from which the walk is 60 + 100 + 10.
    assertEquals(50 + 170, field().walksFrom(150, 60)[0], 1e-9);
  }

  @Test
  void beyond_the_limit_or_off_the_connected_network_is_infinitely_far() {
    WalkField f = field();
    assertEquals(Double.POSITIVE_INFINITY, f.walksFrom(200, 1)[1], "C: 205 m from the stop, limit 150");
    assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}, f.walksFrom(520, 3),
        "E-F is not connected to A-D");
  }

  @Test
  void the_field_survives_java_serialisation_and_answers_the_same() throws Exception {
    WalkField original = field();
    double[] before = original.walksFrom(0, -3);   // builds the index before shipping: it must not travel
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    WalkField copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (WalkField) in.readObject();
    }
    assertEquals(original.kinds(), copy.kinds());
    assertArrayEquals(before, copy.walksFrom(0, -3), 1e-12);
    assertArrayEquals(original.walksFrom(100, 70), copy.walksFrom(100, 70), 1e-12);
    assertArrayEquals(original.walksFrom(520, 3), copy.walksFrom(520, 3), 1e-12);
  }

  @Test
  void distances_must_cover_every_node() {
    assertThrows(IllegalArgumentException.class, () -> GRAPH.walkField(Map.of("schools", new double[2])));
  }

  /**
   * Nodes around the square park [100, 200] × [100, 200]:
   * <pre>
   *   N3 (150,300)      100 m from the park: out of reach
   *    |
   *   N2 (150,225)  N4 (230,200)   25 and 30 m from it: in reach (30 m is in)
   *    |
   *   N1 (150,150)  N5 (235,150)   inside (0 m); 35 m away: out of reach
   * </pre>
   */
  @Test
  void an_area_joins_the_network_at_every_node_within_reach_at_its_distance() throws Exception {
    RoadGraph g = RoadGraph.builder()
        .edge(1, new Coordinate(150, 150), 2, new Coordinate(150, 225), 75)
        .edge(2, new Coordinate(150, 225), 3, new Coordinate(150, 300), 75)
        .edge(3, new Coordinate(150, 300), 4, new Coordinate(230, 200), 128.06)
        .edge(4, new Coordinate(230, 200), 5, new Coordinate(235, 150), 50)
        .build();
    Geometry park = geometry("POLYGON ((100 100, 200 100, 200 200, 100 200, 100 100))");
    List<RoadGraph.Access> accesses = g.accessesNear(park, 30);
    assertEquals(List.of(new RoadGraph.Access(node(g, 150, 150), 0), new RoadGraph.Access(node(g, 150, 225), 25),
        new RoadGraph.Access(node(g, 230, 200), 30)), accesses.stream().sorted(
            java.util.Comparator.comparingDouble(RoadGraph.Access::distance)).toList());

    // A walk from N3 reaches the park at N2: 75 + 25 = 100 m, not through N1 (75 + 75 + 0 = 150 m).
    double[] d = g.distancesToNearest(accesses, 1_000);
    assertEquals(100, d[node(g, 150, 300)], 1e-9);
    assertEquals(80, d[node(g, 235, 150)], 1e-9, "N5 (out of reach itself): 50 to N4, then 30 m to the park");
  }

  @Test
  void an_area_with_no_node_within_reach_joins_at_its_nearest_node() throws Exception {
    RoadGraph g = RoadGraph.builder()
        .edge(6, new Coordinate(1100, 20), 7, new Coordinate(1200, 20), 100)
        .edge(7, new Coordinate(1200, 20), 8, new Coordinate(1200, 200), 180)
        .build();
    Geometry park = geometry("POLYGON ((1000 0, 1040 0, 1040 40, 1000 40, 1000 0))");
    assertEquals(List.of(new RoadGraph.Access(node(g, 1100, 20), 60)), g.accessesNear(park, 30),
        "60 m from the park's east side");
  }

  /**
   * A long, thin park (a strip along a canal, 400 × 10 m) with no node within 30 m: its nearest node is Q,
   * 40 m past its east end, not P, 50 m north of its middle. The catalogue (qol_green_10min: "the nearest network
   * node of each green area's boundary") and {@link RoadGraph#accessesNear}'s contract ("the node nearest to the
   * area") both name Q.
   */
  @Test
  void an_elongated_area_joins_at_the_node_nearest_to_the_area_not_to_its_middle() throws Exception {
    RoadGraph g = RoadGraph.builder()
        .edge(10, new Coordinate(2200, 60), 11, new Coordinate(2440, 5), 246.22)
        .build();
    Geometry strip = geometry("POLYGON ((2000 0, 2400 0, 2400 10, 2000 10, 2000 0))");
    assertEquals(List.of(new RoadGraph.Access(node(g, 2440, 5), 40)), g.accessesNear(strip, 30));
  }

  private static int node(RoadGraph g, double x, double y) {
    RoadGraph.Access a = g.access(new Coordinate(x, y));
    assertEquals(0, a.distance(), 1e-9, "a node at " + x + "," + y);
    return a.node();
  }

  private static Geometry geometry(String wkt) throws Exception {
    return new WKTReader().read(wkt);
  }
}
