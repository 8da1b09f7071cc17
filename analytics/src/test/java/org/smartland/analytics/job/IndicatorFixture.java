package org.smartland.analytics.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerCatalogReader;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureSchema;

/**
 * The synthetic territory of {@code territories/fixture}, as plain JTS features, for the indicator job and for
 * the independent computation it is checked against. All positions below are local metres; the features lie at
 * (500000 + x, 5030000 + y) on EPSG:32632.
 *
 * <pre>
 *  y=1000 +------------------------+------------------------+------------------------+
 *         |  A  Alfa  099001       |  B  Beta  099002       |  C  Gamma  099003      |
 *         |  parks G1+G2 overlap   G3 (A/B)                 |   island road (no walk)|
 *         |  landslides L1+L2      |                        |  c1 c2 c3 (hand-made)  |
 *   y=500 |~~~~~~~~~ river: only bridges at x=350 ~~~ x=1250 ~~~~~ x=2250 ~~~~~~~~~~~~~|  motorway along y=500
 *         |  flood P1/P2/P3 zones around the river (x 500..2300)                     |
 *         |                        |  trunk road along y=50 |  park G4 (thin strip)  |
 *     y=0 +------------------------+------------------------+------------------------+
 *         x=0                   x=1000                   x=2000                   x=3000
 * </pre>
 *
 * The road grid has a node every 100 m at x = 50 + 100 i, y = 50 + 100 j (i 0..29, j 0..9), none on a Comune
 * boundary; its edges between y = 450 and y = 550 are missing but for the three bridges, so that homes just
 * across the river from a stop are a long walk away. Motorways (the one along y = 500, and two "bridges" at
 * x = 750 and x = 2350) and the trunk road along the bottom of B are not walkable. Three edges wind (their length
 * is that of their polyline, longer than the straight line between their nodes).
 */
public final class IndicatorFixture {
  public static final double X0 = 500_000;
  public static final double Y0 = 5_030_000;
  public static final Path TERRITORY = Path.of("src/test/resources/territories/fixture/territory.yaml");
  public static final Path INDICATORS = Path.of("../data/territories/_indicators.yaml");

  public static final String A = "099001";
  public static final String B = "099002";
  public static final String C = "099003";

  /** The river bridges: the only grid edges between y = 450 and y = 550, by column i (x = 50 + 100 i). */
  static final Set<Integer> BRIDGES = Set.of(3, 12, 22);

  /**
   * Construction periods, cycled over the buildings: which are known and which end before 1976 (the rules of
   * ter_old_building_share, written out here rather than parsed).
   */
  static final List<String> PERIODS = java.util.Arrays.asList("pre-1919", "1919-1945", "1946-1960", "1961-1970",
      "1971-1980", "1981-1990", "2006-", null, "", "unknown");
  static final Set<String> OLD = Set.of("pre-1919", "1919-1945", "1946-1960", "1961-1970");
  static final Set<String> KNOWN = Set.of("pre-1919", "1919-1945", "1946-1960", "1961-1970", "1971-1980",
      "1981-1990", "2006-");

  private static final GeometryFactory GF = new GeometryFactory();

  /** One feature to write: geometry (world coordinates) and attributes (nulls allowed). */
  public record Feat(Geometry geom, Map<String, Object> props) {
    public Object get(String name) {
      return props.get(name);
    }

    public double number(String name) {
      return ((Number) props.get(name)).doubleValue();
    }
  }

  public final Map<String, List<Feat>> layers = new LinkedHashMap<>();
  public final Map<String, String> comuni = new LinkedHashMap<>();

  private int periodCursor;

  public static LayerCatalog catalog() {
    return LayerCatalogReader.read(TERRITORY);
  }

  /** The fixture: the hand-made cases plus seeded random homes and buildings in A and B. */
  public static IndicatorFixture build() {
    IndicatorFixture f = new IndicatorFixture();
    f.comuni();
    f.roads();
    f.points();
    f.areas();
    f.buildings();
    return f;
  }

  /** Writes every layer into a new database, creating each from the catalog's definition. */
  public void writeTo(FeatureDatabase db, LayerCatalog catalog) {
    layers.forEach((id, features) -> db.createLayer(FeatureSchema.of(catalog.layer(id).orElseThrow()))
        .insertAll(features.stream().map(x -> Feature.of(x.geom(), x.props()))));
  }

  public List<Feat> layer(String id) {
    return layers.getOrDefault(id, List.of());
  }

  // ------------------------------------------------------------------------------------------------ Comuni

  private void comuni() {
    comune(A, "Alfa", 0, 5_200);
    comune(B, "Beta", 1_000, 4_300);
    comune(C, "Gamma", 2_000, 100);
  }

  /** A 1 km square from x0; ISTAT residents deliberately not the sum of the homes' (but for C). */
  private void comune(String istat, String name, double x0, long residents) {
    comuni.put(istat, name);
    add("comuni", box(x0, 0, x0 + 1_000, 1_000), props("istat_code", istat, "name", name, "province", "XX",
        "residents", residents, "area_km2", 1.0, "density_per_km2", (double) residents));
  }

  // ------------------------------------------------------------------------------------------------- roads

  static long gridNode(int i, int j) {
    return 100_000 + 100L * i + j;
  }

  static double gridX(int i) {
    return 50 + 100 * i;
  }

  static double gridY(int j) {
    return 50 + 100 * j;
  }

  private long osmId = 1;

  private void roads() {
    for (int i = 0; i < 30; i++) {
      for (int j = 0; j < 10; j++) {
        if (i < 29) {
          String cls = j == 0 && i >= 10 && i < 19 ? "trunk" : j == 9 ? null : i % 7 == 0 ? "footway" : "residential";
          if (i == 5 && j == 2) {
            // Winds 40 m north between (550,250) and (650,250): 128.06 m, not 100.
            road(cls, gridNode(i, j), gridNode(i + 1, j), line(550, 250, 600, 290, 650, 250));
          } else {
            road(cls, gridNode(i, j), gridNode(i + 1, j), line(gridX(i), gridY(j), gridX(i + 1), gridY(j)));
          }
        }
        if (j < 9) {
          boolean acrossRiver = j == 4;
          if (acrossRiver && !BRIDGES.contains(i)) {
            continue;
          }
          if (i == 3 && acrossRiver) {
            // The bridge of A winds 40 m east: 128.06 m.
            road("primary", gridNode(i, j), gridNode(i, j + 1), line(350, 450, 390, 500, 350, 550));
          } else if (i == 15 && j == 7) {
            // Winds 30 m east between (1550,750) and (1550,850): 116.62 m.
            road("residential", gridNode(i, j), gridNode(i, j + 1), line(1550, 750, 1580, 800, 1550, 850));
          } else {
            road("residential", gridNode(i, j), gridNode(i, j + 1), line(gridX(i), gridY(j), gridX(i), gridY(j + 1)));
          }
        }
      }
    }
    // Motorway bridges joining grid nodes across the river: shortcuts a walker may not take.
    road("motorway", gridNode(7, 4), gridNode(7, 5), line(750, 450, 750, 550));
    road("motorway", gridNode(23, 4), gridNode(23, 5), line(2350, 450, 2350, 550));
    // The motorway along the river, with nodes of its own (at x = 100, 300, …) that homes must not join.
    for (int k = 0; k < 14; k++) {
      road("motorway", 900_000L + k, 900_000L + k + 1, line(100 + 200 * k, 500, 300 + 200 * k, 500));
    }
    // An island in C: a service road reached only by a trunk link.
    road("service", 950_001L, 950_002L, line(2800, 985, 2900, 985));
    road("trunk_link", 950_002L, gridNode(29, 9), line(2900, 985, 2950, 950));
    // A driveway without node ids: not in the graph, but still road length.
    road("service", null, null, line(20, 20, 20, 45));
  }

  private void road(String cls, Long from, Long to, LineString geom) {
    add("roads", geom, props("osm_id", osmId++, "class", cls, "name", null, "from_node", from, "to_node", to,
        "length_m", geom.getLength()));
  }

  // ------------------------------------------------------------------------------------------------ points

  private void points() {
    point("transit_stops", 452, 260, "stop_id", "SA1");
    point("transit_stops", 760, 840, "stop_id", "SA2");
    point("transit_stops", 1340, 230, "stop_id", "SB1");
    // C's stop: 46 m south of node (2350,450), just south of the river.
    point("transit_stops", 2350, 404, "stop_id", "SC");

    point("rail_stations", 150, 120, "name", "Alfa FS");
    point("rail_stations", 1850, 880, "name", "Beta FS");

    point("schools", 620, 180, "name", "Scuola A");
    point("schools", 1150, 520, "name", "Scuola B (P3)");
    point("schools", 2712, 760, "name", "Scuola C (P2)");
    point("schools", 3060, 290, "name", "Scuola outside the territory (P1)");

    point("health_structures", 80, 930, "name", "Clinica A");
    point("health_structures", 1320, 492, "name", "Ospedale B (P3)");

    point("pharmacies", 560, 640, "name", "Farmacia A");
    point("pharmacies", 1608, 306, "name", "Farmacia B");
    point("pharmacies", 2950, 120, "name", "Farmacia C");

    point("arpa_stations", 300, 300, "station_id", "ARPA-A1");
    point("arpa_stations", 800, 100, "station_id", "ARPA-A2");
    point("arpa_stations", 1500, 700, "station_id", "ARPA-B1");
    point("arpa_stations", 3300, 500, "station_id", "ARPA-outside");

    add("projects", pt(500, 500), props("project_id", "P-1", "title", "Ponte ciclabile", "corridor", "mobilita",
        "comuni_istat", A + ";" + B, "cost_eur", 1.5e6));
  }

  private void point(String layer, double x, double y, String attribute, String value) {
    add(layer, pt(x, y), props(attribute, value));
  }

  // ------------------------------------------------------------------------------------------------- areas

  private void areas() {
    // Flood zones: nested and overlapping, as on the PGRA maps; F6 reaches outside the territory.
    flood("F1", "P1", box(600, 385, 2300, 640));
    flood("F2", "P2", box(800, 420, 1700, 600));
    flood("F3", "P3", box(1000, 455, 1400, 565));
    flood("F4", "P3", box(500, 300, 700, 480));
    flood("F5", "P2", box(2600, 705, 2800, 805));
    flood("F6", "P1", box(2960, 255, 3200, 345));

    // Landslides: L1 and L2 overlap by 100 × 80 m; L3 crosses the A/B boundary.
    landslide(box(600, 850, 800, 980));
    landslide(box(700, 900, 900, 990));
    landslide(box(950, 100, 1100, 200));

    // Parks: G1 and G2 overlap by 60 × 60 m; G3 crosses A/B; G5 has no node within 30 m (its nearest is
    // (1150,350), 36 m away); G4 is a thin wedge in C with no node within 30 m, whose nearest node (2650,150),
    // 33.8 m from its bottom edge, is not the node nearest to its middle (2550,150), 38.5 m from it.
    green("G1", box(120, 620, 280, 760));
    green("G2", box(220, 700, 400, 820));
    green("G3", box(930, 880, 1080, 960));
    green("G4", polygon(2410, 195, 2690, 182, 2690, 200, 2410, 210));
    green("G5", box(1170, 285, 1220, 320));

    cycleway(line(100, 300, 900, 300));
    cycleway(line(900, 950, 1300, 950));
    cycleway(line(2100, 100, 2400, 100, 2400, 300));
    cycleway(line(2900, 700, 3100, 700));
  }

  private void flood(String id, String hazard, Polygon p) {
    add("flood_hazard", p, props("zone_id", id, "hazard_class", hazard));
  }

  private void landslide(Polygon p) {
    add("landslides", p, props("typology", "scivolamento", "area_m2", p.getArea()));
  }

  private void green(String name, Polygon p) {
    add("green_areas", p, props("name", name, "area_m2", p.getArea()));
  }

  private void cycleway(LineString l) {
    add("cycleways", l, props("name", null, "length_m", l.getLength()));
  }

  // --------------------------------------------------------------------------------------------- buildings

  private void buildings() {
    // C, by hand (see IndicatorJobTest for their walks): 100 residents in all.
    home("c1", square(2386, 586, 5), 10);
    home("c2", square(2310, 590, 5), 20);
    home("c3", square(2244, 578, 5), 30);
    home("c4 (island)", square(2812, 992, 5), 40);

    // An L across the A/B boundary: its centroid (998.5, 321.5) is in A, its interior point (1025, 345) in B.
    home("L", polygon(930, 300, 1030, 300, 1030, 380, 1020, 380, 1020, 310, 930, 310), 25);
    // Across the boundary the other way: interior point (997, 705) in A.
    home("straddler", box(990, 700, 1004, 710), 12);
    // 6 m from a motorway node; its nearest walkable node is (750,550), 61 m away.
    home("by the motorway", square(708, 506, 5), 8);
    // Touching the corner of P3 zone F3 only.
    home("corner of P3", box(1395, 560, 1410, 575), 7);
    // In P3 zone F4, outside the P1 zone F1.
    home("P3 only", box(520, 310, 535, 325), 9);

    Random random = new Random(20_240_601);
    for (String istat : List.of(A, B)) {
      double x0 = istat.equals(A) ? 0 : 1_000;
      for (int k = 0; k < 28; k++) {
        double half = 4 + 5 * random.nextDouble();
        double x = x0 + 15 + random.nextDouble() * 970;
        double y = 15 + random.nextDouble() * 970;
        home(istat + "-" + k, square(x, y, half), 1 + random.nextInt(50));
      }
    }

    // Public buildings (none in C), also in the buildings layer.
    publicBuilding("PB1 school", box(600, 200, 640, 230), 1_500.0, 180.0, "E", 50.5, 12_000.0, false);
    publicBuilding("PB2 town hall", box(300, 100, 330, 130), 800.0, 95.0, "B", 12.0, 0.0, true);
    publicBuilding("PB3 library", box(820, 600, 850, 620), 400.0, null, "G", null, 3_000.0, true);
    publicBuilding("PB4 gym", box(985, 820, 1025, 840), 1_200.0, 230.0, " f ", 60.0, 8_000.0, false);
    publicBuilding("PB5 school", box(1500, 150, 1540, 170), 2_000.0, 120.0, "D", 40.0, null, false);
    publicBuilding("PB6 clinic", box(1700, 400, 1720, 420), 600.0, 300.0, null, 25.0, 1_000.0, true);

    // Other buildings: a warehouse across B/C (interior point (2005, 320) in C), and a barn across C's east
    // boundary whose interior point (3010, 610) is outside the territory (its western 10 m still cover C).
    building("industrial", box(1980, 300, 2030, 340));
    building("agricultural", box(2990, 600, 3030, 620));
  }

  private void home(String label, Polygon p, long residents) {
    add("population", p, props("label", label, "residents", residents));
    building("residential", p);
  }

  private void publicBuilding(String name, Polygon p, double floor, Double kwh, String cls, Double co2, Double pv,
                              boolean estimated) {
    add("public_buildings_energy", p, props("name", name, "floor_area_m2", floor, "energy_class", cls,
        "ep_gl_nren_kwh_m2", kwh, "co2_t", co2, "pv_kwh_year", pv, "estimated", estimated));
    building("public", p);
  }

  private void building(String use, Polygon p) {
    String period = PERIODS.get(periodCursor++ % PERIODS.size());
    add("buildings", p, props("use", use, "footprint_m2", p.getArea(), "construction_period", period));
  }

  // ------------------------------------------------------------------------------------------------ shapes

  private void add(String layer, Geometry g, Map<String, Object> props) {
    layers.computeIfAbsent(layer, k -> new ArrayList<>()).add(new Feat(g, props));
  }

  private static Map<String, Object> props(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static Coordinate at(double x, double y) {
    return new Coordinate(X0 + x, Y0 + y);
  }

  static Point pt(double x, double y) {
    return GF.createPoint(at(x, y));
  }

  static LineString line(double... xy) {
    Coordinate[] cs = new Coordinate[xy.length / 2];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = at(xy[2 * i], xy[2 * i + 1]);
    }
    return GF.createLineString(cs);
  }

  static Polygon polygon(double... xy) {
    Coordinate[] cs = new Coordinate[xy.length / 2 + 1];
    for (int i = 0; i < xy.length / 2; i++) {
      cs[i] = at(xy[2 * i], xy[2 * i + 1]);
    }
    cs[cs.length - 1] = cs[0];
    return GF.createPolygon(cs);
  }

  static Polygon box(double x1, double y1, double x2, double y2) {
    return polygon(x1, y1, x2, y1, x2, y2, x1, y2);
  }

  static Polygon square(double cx, double cy, double half) {
    return box(cx - half, cy - half, cx + half, cy + half);
  }
}
