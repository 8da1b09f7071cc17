package org.smartland.analytics.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartland.analytics.job.IndicatorFixture.A;
import static org.smartland.analytics.job.IndicatorFixture.B;
import static org.smartland.analytics.job.IndicatorFixture.C;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.smartland.analytics.indicators.IndicatorResult;
import org.smartland.layers.catalog.IndicatorCatalog;
import org.smartland.layers.catalog.IndicatorCatalogReader;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;

/**
 * The Sedona indicator job on the synthetic territory of {@link IndicatorFixture}, against
 * {@link BruteForceIndicators}: every indicator of the catalogue, for every Comune and for the territory, to
 * 1e-6 relative. A few values are also worked out by hand below, so that the test reads as a specification.
 */
class IndicatorJobTest {
  static final double RELATIVE = 1e-6;

  @TempDir
  static Path dir;
  static SparkSession spark;
  static IndicatorFixture fixture;
  static IndicatorCatalog catalogue;
  static BruteForceIndicators expected;
  static Map<String, IndicatorResult> actual;
  static final List<String> progress = new ArrayList<>();

  @BeforeAll
  static void run() {
    fixture = IndicatorFixture.build();
    LayerCatalog catalog = IndicatorFixture.catalog();
    catalogue = IndicatorCatalogReader.read(IndicatorFixture.INDICATORS, catalog);
    expected = new BruteForceIndicators(fixture);
    GeoPackageDatabase db = GeoPackageDatabase.create(dir.resolve("fixture.gpkg"), new CrsTransforms());
    fixture.writeTo(db, catalog);
    spark = SedonaSessions.start("local[2]", "indicator-job-test");
    try {
      actual = new IndicatorJob(new TerritoryFrames(spark, catalog, db))
          .run(catalogue.indicators(), fixture.comuni, progress::add);
    } finally {
      db.close();
    }
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void every_indicator_of_the_catalogue_applies_and_is_computed() {
    assertEquals(Map.of(), catalogue.notApplicable());
    assertEquals(23, catalogue.indicators().size());
    assertEquals(catalogue.indicators().stream().map(d -> d.id()).toList(), List.copyOf(actual.keySet()));
    assertEquals(List.of(A, B, C), List.copyOf(actual.get("mob_res_stop_400m").byComune().keySet()));
    assertTrue(progress.contains("preparing qol_green_10min"), String.join("\n", progress));
  }

  static Stream<String> indicatorIds() {
    return IndicatorCatalogReader.read(IndicatorFixture.INDICATORS, IndicatorFixture.catalog()).indicators().stream()
        .map(d -> d.id());
  }

  @ParameterizedTest
  @MethodSource("indicatorIds")
  void the_job_agrees_with_the_brute_force_for_every_comune_and_the_territory(String id) {
    IndicatorResult job = actual.get(id);
    BruteForceIndicators.Indicator slow = expected.indicators.get(id);
    List<String> wrong = new ArrayList<>();
    for (String place : List.of(A, B, C, BruteForceIndicators.TERRITORY)) {
      OptionalDouble want = slow.value(place);
      OptionalDouble got = place.equals(BruteForceIndicators.TERRITORY) ? job.territory().value()
          : job.byComune().get(place).value();
      if (!close(want, got)) {
        wrong.add(place + ": job " + got + ", brute force " + want);
      }
    }
    assertEquals(List.of(), wrong, id);
  }

  static boolean close(OptionalDouble want, OptionalDouble got) {
    if (want.isEmpty() || got.isEmpty()) {
      return want.isEmpty() && got.isEmpty();
    }
    double a = want.getAsDouble();
    double b = got.getAsDouble();
    return Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
  }

  // ------------------------------------------------------------------------------- worked out by hand

  /**
   * C's stop SC is 46 m south of node (2350,450), just south of the river; C's only bridge is at x = 2250 (the
   * motorway bridge at x = 2350 is not walkable). Homes north of the river, 100 residents in all:
   * <ul>
   *   <li>c1 (10 residents) at (2386,586): 50.9 m to node (2350,550), then 100 west, 100 across the bridge,
   *       100 east, 46 to the stop = 396.9 m: in;</li>
   *   <li>c2 (20) at (2310,590): 56.6 m to the same node, then the same 346 m = 402.6 m: out, though the stop is
   *       190 m away in a straight line;</li>
   *   <li>c3 (30) at (2244,578): 28.6 m to the bridge's north end (2250,550), then 100 + 100 + 46 = 274.6 m: in;</li>
   *   <li>c4 (40) on the island: its road is reached only by a trunk link, so it walks nowhere.</li>
   * </ul>
   * (10 + 30) / 100 = 40 %.
   */
  @Test
  void comune_c_has_40_percent_of_its_residents_within_400_m_of_a_stop() {
    assertEquals(Math.hypot(36, 36) + 300 + 46, expected.walk("c1", "transit_stops"), 1e-9);
    assertEquals(Math.hypot(40, 40) + 300 + 46, expected.walk("c2", "transit_stops"), 1e-9);
    assertEquals(190.3, IndicatorFixture.pt(2310, 590).distance(IndicatorFixture.pt(2350, 404)), 0.05);
    assertEquals(Double.POSITIVE_INFINITY, expected.walk("c4 (island)", "transit_stops"));

    assertEquals(40.0, value("mob_res_stop_400m", C), 1e-9);
  }

  /**
   * C has no station; Beta FS (1850,880) is 30 m from node (1850,850). c3 walks there along the north bank:
   * 28.6 + 400 west + 300 north + 30 = 758.6 m; c1 and c2 start 100 m further east: 50.9 + 800 + 30 and
   * 56.6 + 800 + 30, beyond 800 m. 30 of 100 residents.
   */
  @Test
  void comune_c_has_30_percent_of_its_residents_within_800_m_of_a_station_in_another_comune() {
    assertEquals(Math.hypot(6, 28) + 700 + 30, expected.walk("c3", "rail_stations"), 1e-9);
    assertEquals(30.0, value("mob_res_rail_800m", C), 1e-9);
  }

  /**
   * C's school (2712,760) is 39.3 m from node (2750,750), north of the river like c1-c3: c1 walks
   * 50.9 + 400 + 200 + 39.3 = 690.2 m, c2 695.9 m, c3 28.6 + 500 + 200 + 39.3 = 767.9 m: (10 + 20 + 30) / 100.
   */
  @Test
  void comune_c_has_60_percent_of_its_residents_within_10_minutes_of_a_school() {
    assertEquals(28.6 + 700 + 39.3, expected.walk("c3", "schools"), 0.1);
    assertEquals(60.0, value("qol_school_10min", C), 1e-9);
  }

  /**
   * The thin park G4 has no node within 30 m, so it joins the network at its nearest node, (2650,150), 33.8 m
   * from it. From c3 that is 28.6 + 100 + 300 + 400 + 33.8 = 862.5 m: beyond 800 m. Through (2550,150), the node
   * nearest to the park's middle rather than to the park, c3 would be at 28.6 + 700 + 38.5 = 767.1 m.
   * No other park is within 800 m of C's homes.
   */
  @Test
  void comune_c_has_no_resident_within_10_minutes_of_a_park() {
    assertEquals(new Coordinate(IndicatorFixture.X0 + 2650, IndicatorFixture.Y0 + 150),
        nodeNearestTo(fixture.layer("green_areas").get(3).geom()));
    assertEquals(862.5, expected.walk("c3", "green_areas"), 0.1);
    assertEquals(0.0, value("qol_green_10min", C), 1e-9);
  }

  /** c3's footprint is in the P1 zone F1 (x ≤ 2300); no home of C is in P3. The school of C is in P2 zone F5. */
  @Test
  void flooding_in_comune_c() {
    assertEquals(30.0, value("acq_res_flood_any", C), 1e-9);
    assertEquals(0.0, value("acq_res_flood_p3", C), 1e-9);
    // School B and hospital B in P3 zone F3; school C in F5; school A is dry, and the school in F6 is outside
    // every Comune.
    assertEquals(0.0, value("acq_services_flood", A), 1e-9);
    assertEquals(2.0, value("acq_services_flood", B), 1e-9);
    assertEquals(1.0, value("acq_services_flood", C), 1e-9);
    assertEquals(3.0, actual.get("acq_services_flood").territory().value().getAsDouble(), 1e-9);
  }

  /**
   * L1 (200 × 130 m) and L2 (200 × 90 m) overlap by 100 × 80 m: 26,000 + 18,000 − 8,000 = 36,000 m²; L3 adds its
   * western 50 × 100 m to A and its eastern 100 × 100 m to B. A: 41,000 m² of 1 km² = 4.1 %; B: 1 %; C: 0 %.
   */
  @Test
  void landslides_count_their_overlap_once_and_are_clipped_to_each_comune() {
    assertEquals(4.1, value("acq_landslide_area", A), 1e-9);
    assertEquals(1.0, value("acq_landslide_area", B), 1e-9);
    assertEquals(0.0, value("acq_landslide_area", C), 1e-9);
    assertEquals(1.7, actual.get("acq_landslide_area").territory().value().getAsDouble(), 1e-9,
        "51,000 m² of 3 km²");
  }

  /**
   * Parks: G1 (160 × 140) and G2 (180 × 120) overlap by 60 × 60: 22,400 + 21,600 − 3,600 = 40,400 m², plus the
   * western 70 × 80 m of G3: 46,000 m² for A's 5,200 ISTAT residents. C: the wedge G4, 280 m wide with sides of
   * 15 and 18 m, 4,620 m² for 100 residents.
   */
  @Test
  void green_per_resident_counts_overlaps_once() {
    assertEquals(46_000.0 / 5_200, value("qol_green_per_resident", A), 1e-9);
    assertEquals(46.2, value("qol_green_per_resident", C), 1e-9);
  }

  /**
   * Public buildings: A has PB1 (1,500 m², 180 kWh/m², E, certified), PB2 (800 m², 95, B, estimated) and PB3
   * (400 m², no kWh/m², G, estimated); PB4 (1,200 m², 230, " f ") lies across the A/B boundary with its interior
   * point in B. A: (1,500 × 180 + 800 × 95) / 2,300 = 150.43 kWh/m²; (1,500 + 400) / 2,700 = 70.4 % in E-G;
   * 1 of 3 certified. C has no public building: no value for the ratios, 0 for the sums.
   *
   * <p>B has PB4, PB5 (2,000 m², D) and PB6 (600 m², no class). The job takes the share of E-G over the floor
   * area whose class is known: 1,200 / 3,200 = 37.5 %; the catalogue's wording ("over all public floor area")
   * would give 1,200 / 3,800 = 31.6 %. The brute force follows the job here.
   */
  @Test
  void energy_of_public_buildings() {
    assertEquals(346_000.0 / 2_300, value("ene_public_kwh_m2", A), 1e-9);
    assertEquals(100 * 1_900.0 / 2_700, value("ene_public_share_eg", A), 1e-9);
    assertEquals(62.5, value("ene_public_co2", A), 1e-9, "PB3 has no CO2 figure");
    assertEquals(15_000.0, value("ene_public_pv", A), 1e-9);
    assertEquals(100 / 3.0, value("dig_public_certified", A), 1e-9);
    assertEquals(37.5, value("ene_public_share_eg", B), 1e-9);
    assertEquals(OptionalDouble.empty(), actual.get("ene_public_kwh_m2").byComune().get(C).value());
    assertEquals(OptionalDouble.empty(), actual.get("ene_public_share_eg").byComune().get(C).value());
    assertEquals(OptionalDouble.empty(), actual.get("dig_public_certified").byComune().get(C).value());
    assertEquals(0.0, value("ene_public_co2", C), 1e-9);
    assertEquals(0.0, value("ene_public_pv", C), 1e-9);
  }

  /** 2 ARPA stations in A (5,200 residents), 1 in B (4,300), none in C; the fourth is outside the territory. */
  @Test
  void sensors_per_10000_residents() {
    assertEquals(2 * 10_000 / 5_200.0, value("dig_sensors_per_10000", A), 1e-9);
    assertEquals(0.0, value("dig_sensors_per_10000", C), 1e-9);
    assertEquals(3 * 10_000 / 9_600.0, actual.get("dig_sensors_per_10000").territory().value().getAsDouble(), 1e-9);
  }

  /**
   * The L-shaped home across the A/B boundary has its centroid in A but its interior point (what
   * ST_PointOnSurface gives) in B: its 25 residents count in B.
   */
  @Test
  void homes_belong_to_the_comune_of_their_interior_point() {
    IndicatorFixture.Feat l = fixture.layer("population").stream().filter(h -> "L".equals(h.get("label")))
        .findFirst().orElseThrow();
    assertEquals(A, expected.comuneOf(l.geom().getCentroid().buffer(0.01)));
    assertEquals(B, expected.comuneOf(l.geom()));
    double residentsB = fixture.layer("population").stream().filter(h -> B.equals(expected.comuneOf(h.geom())))
        .mapToDouble(h -> h.number("residents")).sum();
    assertEquals(residentsB, actual.get("acq_res_flood_any").byComune().get(B).sums().denominator(), 1e-9);
  }

  private static double value(String id, String istat) {
    return actual.get(id).byComune().get(istat).value().orElseThrow();
  }

  private static Coordinate nodeNearestTo(org.locationtech.jts.geom.Geometry g) {
    long node = expected.nearestNode(g).node();
    return new Coordinate(IndicatorFixture.X0 + IndicatorFixture.gridX((int) ((node - 100_000) / 100)),
        IndicatorFixture.Y0 + IndicatorFixture.gridY((int) ((node - 100_000) % 100)));
  }
}
