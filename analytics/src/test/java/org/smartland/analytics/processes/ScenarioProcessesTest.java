package org.smartland.analytics.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.smartland.analytics.exposure.HazardClass;
import org.smartland.analytics.job.AnalyticsEngine;
import org.smartland.analytics.job.BruteForceIndicators;
import org.smartland.analytics.job.IndicatorFixture;
import org.smartland.analytics.runs.TerritoryAnalytics;
import org.smartland.analytics.scenario.FloodImpact;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;

/**
 * The three processes on the synthetic three-Comune territory of the indicator tests, run through the queue as the
 * server runs them, against hand-worked figures and the independent brute force ({@link FloodImpact} over the
 * fixture's own features, {@link BruteForceIndicators} over a fixture changed as the scenario changes it).
 */
class ScenarioProcessesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CrsTransforms CRS = new CrsTransforms();

  @TempDir
  static Path dir;
  static IndicatorFixture fixture;
  static LayerCatalog catalog;
  static GeoPackageDatabase db;
  static AnalyticsEngine engine;
  static ScenarioEnvironment env;
  static ScenarioRuns runs;
  static final List<LayerDefinition> published = new CopyOnWriteArrayList<>();
  static final ScenarioRuns.Publisher PUBLISHER = into(published);

  /** A publisher that keeps the published layers in a list. */
  static ScenarioRuns.Publisher into(List<LayerDefinition> list) {
    return new ScenarioRuns.Publisher() {
      @Override
      public void publish(List<LayerDefinition> layers) {
        list.addAll(layers);
      }

      @Override
      public void withdraw(Collection<String> layerIds) {
        list.removeIf(l -> layerIds.contains(l.id()));
      }
    };
  }

  @BeforeAll
  static void start() {
    fixture = IndicatorFixture.build();
    catalog = IndicatorFixture.catalog();
    db = GeoPackageDatabase.create(dir.resolve("fixture.gpkg"), CRS);
    fixture.writeTo(db, catalog);
    engine = new AnalyticsEngine("local[2]");
    env = new ScenarioEnvironment(TerritoryAnalytics.load(IndicatorFixture.INDICATORS, catalog, db), CRS,
        ScenarioSettings.load(IndicatorFixture.INDICATORS), engine);
    runs = newRuns(dir.resolve("runs"), ScenarioSettings.Limits.DEFAULT);
  }

  static ScenarioRuns newRuns(Path at, ScenarioSettings.Limits limits) {
    return newRuns(at, limits, env, db, PUBLISHER);
  }

  static ScenarioRuns newRuns(Path at, ScenarioSettings.Limits limits, ScenarioEnvironment e, GeoPackageDatabase d,
                              ScenarioRuns.Publisher publisher) {
    return new ScenarioRuns("fixture", at, List.of(new FloodProcess(e), new RetrofitProcess(e),
        new AccessibilityProcess(e)), d, new ResultLayers(d, catalog), publisher, limits, e::cancel);
  }

  /** A territory of its own (run numbers start again at 1, so runs must not share a database). */
  static GeoPackageDatabase ownDatabase(String name) {
    GeoPackageDatabase d = GeoPackageDatabase.create(dir.resolve(name + ".gpkg"), CRS);
    fixture.writeTo(d, catalog);
    return d;
  }

  static ScenarioEnvironment environment(GeoPackageDatabase d) {
    return new ScenarioEnvironment(TerritoryAnalytics.load(IndicatorFixture.INDICATORS, catalog, d), CRS,
        ScenarioSettings.load(IndicatorFixture.INDICATORS), engine);
  }

  @AfterAll
  static void stop() {
    runs.close();
    engine.close();
    db.close();
  }

  static ScenarioRun run(String process, String inputs) throws Exception {
    ScenarioRun r = runs.await(runs.submit(process, JSON.readTree(inputs)).id(), Duration.ofMinutes(5));
    assertEquals(ScenarioRun.Status.SUCCESSFUL, r.status(), () -> "run failed: " + r.error());
    return r;
  }

  static JsonNode comune(ScenarioRun r, String istat) {
    for (JsonNode n : r.outputs().orElseThrow().path("by_comune")) {
      if (n.path("istat").asText().equals(istat)) {
        return n;
      }
    }
    throw new AssertionError("no Comune " + istat);
  }

  static JsonNode delta(ScenarioRun r, String indicator) {
    for (JsonNode n : r.outputs().orElseThrow().path("indicator_deltas")) {
      if (n.path("id").asText().equals(indicator)) {
        return n;
      }
    }
    throw new AssertionError("no indicator " + indicator);
  }

  static JsonNode deltaOf(JsonNode indicator, String istat) {
    for (JsonNode n : indicator.path("by_comune")) {
      if (n.path("istat").asText().equals(istat)) {
        return n;
      }
    }
    throw new AssertionError("no Comune " + istat);
  }

  static List<Feature> features(String layerId) {
    LayerDefinition def = published.stream().filter(l -> l.id().equals(layerId)).findFirst().orElseThrow(
        () -> new AssertionError(layerId + " is not published"));
    try (Stream<Feature> s = db.layer(FeatureSchema.of(def)).query(FeatureQuery.all())) {
      return s.toList();
    }
  }

  static String fid(String layer, String attribute, String value) {
    try (Stream<Feature> s = db.layer(FeatureSchema.of(catalog.layer(layer).orElseThrow())).query(FeatureQuery.all())) {
      return s.filter(f -> value.equals(f.properties().get(attribute))).findFirst().orElseThrow().id().orElseThrow();
    }
  }

  /** The brute-force flood over the fixture's features, with each home's Comune. */
  static FloodImpact.Result bruteFlood(HazardClass h, String layer) {
    List<FloodImpact.Zone> zones = fixture.layer("flood_hazard").stream().map(z -> new FloodImpact.Zone(z.geom(),
        HazardClass.parse((String) z.get("hazard_class")))).toList();
    BruteForceIndicators b = new BruteForceIndicators(fixture);
    List<FloodImpact.Asset> assets = new ArrayList<>();
    List<IndicatorFixture.Feat> fs = fixture.layer(layer);
    for (int i = 0; i < fs.size(); i++) {
      IndicatorFixture.Feat f = fs.get(i);
      String istat = b.comuneOf(f.geom());
      if (istat != null) {
        assets.add(new FloodImpact.Asset(istat + "#" + i, layer, f.geom(),
            f.props().get("residents") == null ? 0 : f.number("residents")));
      }
    }
    List<FloodImpact.Road> roads = new ArrayList<>();
    for (int i = 0; i < fixture.layer("roads").size(); i++) {
      roads.add(new FloodImpact.Road(i, fixture.layer("roads").get(i).geom()));
    }
    return FloodImpact.of(h, zones, assets, roads);
  }

  // ------------------------------------------------------------------------------------------------ flood

  @Test
  void a_p3_flood_hits_the_p3_services_and_the_homes_the_brute_force_finds() throws Exception {
    ScenarioRun r = run("flood", "{\"hazard_scenario\": \"P3\"}");
    JsonNode summary = r.outputs().orElseThrow().path("summary");
    Set<String> services = new HashSet<>();
    features("scenario_" + r.id() + "_services_hit").forEach(f -> services.add((String) f.properties().get("name")));
    assertTrue(services.contains("Scuola B (P3)") && services.contains("Ospedale B (P3)"), services.toString());
    assertFalse(services.contains("Scuola C (P2)"), "a P2 zone is not flooded by a P3 flood");
    assertEquals(1, summary.path("schools_hit").asInt());
    assertEquals(1, summary.path("health_structures_hit").asInt());

    FloodImpact.Result homes = bruteFlood(HazardClass.P3, "population");
    assertEquals(homes.residentsHit(), summary.path("residents_hit").asDouble(), 1e-6);
    assertEquals(homes.assetsHit().size(), summary.path("homes_hit").asInt());
    for (String istat : List.of(IndicatorFixture.A, IndicatorFixture.B, IndicatorFixture.C)) {
      double expected = homes.assetsHit().stream().filter(id -> id.startsWith(istat + "#"))
          .mapToDouble(id -> fixture.layer("population").get(Integer.parseInt(id.substring(7))).number("residents"))
          .sum();
      assertEquals(expected, comune(r, istat).path("residents_hit").asDouble(), 1e-6, istat);
    }
    assertEquals(bruteFlood(HazardClass.P3, "buildings").assetsHit().size(), summary.path("buildings_hit").asInt());
    assertEquals(homes.roadsCut().size(), summary.path("road_segments_cut").asInt());
    assertEquals(homes.roadsCut().size(), features("scenario_" + r.id() + "_roads_cut").size());
    // the hand-drawn homes: "corner of P3" touches F3 and "P3 only" lies in F4; "by the motorway" is only in P1
    List<String> hit = homes.assetsHit();
    List<IndicatorFixture.Feat> population = fixture.layer("population");
    Set<Object> labels = new HashSet<>();
    hit.forEach(id -> labels.add(population.get(Integer.parseInt(id.substring(7))).get("label")));
    assertTrue(labels.containsAll(List.of("corner of P3", "P3 only")), labels.toString());
    assertFalse(labels.contains("by the motorway"));
    for (JsonNode n : r.outputs().orElseThrow().path("by_comune")) {
      assertTrue(n.path("residents_hit").asDouble() <= n.path("residents").asDouble());
    }
  }

  @Test
  void a_p1_flood_agrees_with_the_baseline_flood_indicators() throws Exception {
    ScenarioRun r = run("flood", "{\"hazard_scenario\": \"P1\"}");
    JsonNode summary = r.outputs().orElseThrow().path("summary");
    BruteForceIndicators b = new BruteForceIndicators(fixture);
    BruteForceIndicators.Indicator any = b.indicators.get("acq_res_flood_any");
    assertEquals(any.byComune().values().stream().mapToDouble(BruteForceIndicators.Sums::num).sum(),
        summary.path("residents_hit").asDouble(), 1e-6, "every resident in any zone is hit by a P1 flood");
    assertEquals(b.indicators.get("acq_road_km_flood").value(BruteForceIndicators.TERRITORY).getAsDouble(),
        summary.path("road_km_under_water").asDouble(), 1e-6);
    assertEquals(2, summary.path("schools_hit").asInt(), "B and C; the P1 school outside the Comuni is not counted");
    FloodImpact.Result p1 = bruteFlood(HazardClass.P1, "population");
    assertEquals(p1.roadsCut().size(), summary.path("road_segments_cut").asInt());
    Geometry flooded = UnaryUnionOp.union(fixture.layer("flood_hazard").stream().map(IndicatorFixture.Feat::geom)
        .toList());
    assertEquals(flooded.getArea() / 1e6, summary.path("flooded_km2").asDouble(), 1e-6);

    // damage: each building at the depth of the deepest zone it touches, by the configured rule
    org.smartland.analytics.scenario.DepthDamage rule = env.settings().floodDamage().orElseThrow();
    double damage = 0;
    for (IndicatorFixture.Feat building : fixture.layer("buildings")) {
      if (b.comuneOf(building.geom()) == null) {
        continue;
      }
      HazardClass worst = null;
      for (IndicatorFixture.Feat zone : fixture.layer("flood_hazard")) {
        HazardClass h = HazardClass.parse((String) zone.get("hazard_class"));
        if (zone.geom().intersects(building.geom()) && (worst == null || h.atLeast(worst))) {
          worst = h;
        }
      }
      if (worst != null) {
        damage += rule.damage(worst, building.geom().getArea());
      }
    }
    assertTrue(damage > 0);
    assertEquals(damage, summary.path("damage_eur").asDouble(), 1e-3);

    // access: every home that lost its access had one; every detour is longer
    List<Feature> access = features("scenario_" + r.id() + "_access_change");
    assertFalse(access.isEmpty(), "the P1 flood cuts two of the three bridges and floods a school and a hospital");
    for (Feature f : access) {
      Map<String, Object> p = f.properties();
      assertNotNull(p.get("before_m"));
      if (p.get("status").equals("lost")) {
        assertEquals(null, p.get("after_m"));
      } else {
        assertTrue(((Number) p.get("after_m")).doubleValue() > ((Number) p.get("before_m")).doubleValue());
      }
    }
    // walking during the flood: no one gets closer to a school
    JsonNode school = delta(r, "qol_school_10min");
    assertTrue(school.path("territory").path("delta").asDouble() <= 1e-9);
    assertTrue(school.path("territory").path("numerator_delta").asDouble() < 0,
        "the flooded school B and the cut bridges leave residents out of a 10-minute walk");
  }

  @Test
  void the_same_inputs_give_the_same_outputs_and_each_run_its_own_layers() throws Exception {
    ScenarioRun a = run("flood", "{\"hazard_scenario\": \"P2\"}");
    ScenarioRun b = run("flood", "{\"hazard_scenario\": \"P2\"}");
    ObjectNode oa = a.outputs().orElseThrow().deepCopy();
    ObjectNode ob = b.outputs().orElseThrow().deepCopy();
    oa.remove("layers");
    ob.remove("layers");
    assertEquals(oa, ob);
    assertEquals(a.dataRead(), b.dataRead(), "the same data, by fingerprint");
    assertFalse(a.dataRead().isEmpty());
    assertEquals(5, a.layers().size());
    assertTrue(a.layers().stream().allMatch(l -> l.id().startsWith("scenario_" + a.id() + "_")));
    LayerDefinition def = published.stream().filter(l -> l.id().equals("scenario_" + a.id() + "_buildings_hit"))
        .findFirst().orElseThrow();
    assertTrue(def.abstractWithProvenance().contains("Scenario run " + a.id()), def.abstractWithProvenance());
    assertEquals(features("scenario_" + a.id() + "_buildings_hit").size(),
        features("scenario_" + b.id() + "_buildings_hit").size());
    assertTrue(a.seconds().get("total") > 0);

    // dismissing a finished run withdraws its layers and drops their tables
    runs.dismiss(a.id());
    assertEquals(ScenarioRun.Status.DISMISSED, runs.get(a.id()).orElseThrow().status());
    assertTrue(published.stream().noneMatch(l -> l.id().startsWith("scenario_" + a.id() + "_")));
    assertTrue(db.layerNames().stream().noneMatch(n -> n.startsWith("scenario_" + a.id() + "_")));
    assertTrue(db.layerNames().contains("scenario_" + b.id() + "_buildings_hit"));
  }

  // ---------------------------------------------------------------------------------------------- retrofit

  @Test
  void retrofitting_the_school_to_class_b_saves_what_the_hand_worked_figures_say() throws Exception {
    String pb1 = fid("public_buildings_energy", "name", "PB1 school");
    ScenarioRun r = run("retrofit", "{\"buildings\": [\"" + pb1 + "\"], \"target_class\": \"B\"}");
    JsonNode s = r.outputs().orElseThrow().path("summary");
    // 1,500 m² from 180 to 60 kWh/m² (class B's reference in _indicators.yaml)
    assertEquals(1, s.path("buildings").asInt());
    assertEquals(180_000, s.path("kwh_saved").asDouble(), 1e-6);
    assertEquals(45_000, s.path("eur_saved").asDouble(), 1e-6);
    assertEquals(50.5 * 180_000 / 270_000, s.path("co2_t_saved").asDouble(), 1e-6);
    assertEquals(450_000, s.path("investment_eur").asDouble(), 1e-6);
    assertEquals(10, s.path("payback_years").asDouble(), 1e-6);
    assertEquals(180_000, comune(r, IndicatorFixture.A).path("kwh_saved").asDouble(), 1e-6);
    // Alfa's floor-weighted kWh/m²: PB1 (1,500 m²) and PB2 (800 m², 95); PB3 has no figure
    JsonNode kwh = deltaOf(delta(r, "ene_public_kwh_m2"), IndicatorFixture.A);
    assertEquals((1_500 * 180 + 800 * 95) / 2_300.0, kwh.path("before").asDouble(), 1e-6);
    assertEquals((1_500 * 60 + 800 * 95) / 2_300.0, kwh.path("after").asDouble(), 1e-6);
    assertEquals(0, deltaOf(delta(r, "ene_public_kwh_m2"), IndicatorFixture.B).path("delta").asDouble(), 1e-9);

    // the same, against the brute force on a fixture with PB1 changed
    IndicatorFixture changed = IndicatorFixture.build();
    List<IndicatorFixture.Feat> pbs = changed.layers.get("public_buildings_energy");
    for (int i = 0; i < pbs.size(); i++) {
      if ("PB1 school".equals(pbs.get(i).get("name"))) {
        Map<String, Object> p = new HashMap<>(pbs.get(i).props());
        p.put("ep_gl_nren_kwh_m2", 60.0);
        p.put("energy_class", "B");
        p.put("co2_t", 50.5 - 50.5 * 180_000 / 270_000);
        pbs.set(i, new IndicatorFixture.Feat(pbs.get(i).geom(), p));
      }
    }
    BruteForceIndicators after = new BruteForceIndicators(changed);
    for (String id : List.of("ene_public_kwh_m2", "ene_public_share_eg", "ene_public_co2")) {
      for (String istat : List.of(IndicatorFixture.A, IndicatorFixture.B, IndicatorFixture.C)) {
        JsonNode v = deltaOf(delta(r, id), istat).path("after");
        if (after.indicators.get(id).value(istat).isPresent()) {
          assertEquals(after.indicators.get(id).value(istat).getAsDouble(), v.asDouble(), 1e-6, id + " " + istat);
        } else {
          assertTrue(v.isNull(), id + " " + istat);
        }
      }
    }
    Feature f = features("scenario_" + r.id() + "_retrofit_buildings").get(0);
    assertEquals("B", f.properties().get("class_after"));
    assertEquals("E", f.properties().get("class_before"));
  }

  @Test
  void retrofit_inputs_that_do_not_fit_are_refused_naming_the_input() throws Exception {
    assertEquals("target_class", refused("retrofit", "{\"target_class\": \"Z\"}"));
    assertEquals("buildings", refused("retrofit", "{\"buildings\": [\"no-such-id\"], \"target_class\": \"B\"}"));
    assertEquals("target_class", refused("retrofit", "{\"energy_classes\": [\"G\"]}"));
    assertEquals("pv", refused("retrofit", "{\"target_class\": \"B\", \"pv\": \"everywhere\"}"));
    assertEquals("filter", refused("retrofit", "{\"target_class\": \"B\", \"filter\": \"nosuch = 1\"}"));
    assertEquals("filter", refused("retrofit", "{\"target_class\": \"B\", \"filter\": \"name = \"}"));
    assertEquals("energy_classes", refused("retrofit", "{\"target_class\": \"A4\", \"energy_classes\": [\"X\"]}"));
    assertEquals("colour", refused("retrofit", "{\"target_class\": \"B\", \"colour\": \"red\"}"));
  }

  static String refused(String process, String inputs) throws Exception {
    return assertThrows(InvalidInputException.class, () -> runs.submit(process, JSON.readTree(inputs))).input();
  }

  // ----------------------------------------------------------------------------------------- accessibility

  /** A local fixture position as CRS84 GeoJSON coordinates. */
  static String lonLat(double x, double y) {
    Geometry p = CRS.transform(new GeometryFactory().createPoint(new Coordinate(IndicatorFixture.X0 + x,
        IndicatorFixture.Y0 + y)), 32632, 4326);
    return "[" + p.getCoordinate().x + ", " + p.getCoordinate().y + "]";
  }

  @Test
  void moving_gammas_stop_across_the_river_changes_reach_as_the_brute_force_says() throws Exception {
    String sc = fid("transit_stops", "stop_id", "SC");
    ScenarioRun r = run("accessibility", "{\"remove_stops\": [\"" + sc + "\"], \"add_stops\": {\"type\": \"Point\","
        + " \"coordinates\": " + lonLat(2350, 555) + "}}");
    IndicatorFixture changed = IndicatorFixture.build();
    List<IndicatorFixture.Feat> stops = changed.layers.get("transit_stops");
    IndicatorFixture.Feat template = stops.stream().filter(s -> "SC".equals(s.get("stop_id"))).findFirst().orElseThrow();
    stops.remove(template);
    Geometry moved = CRS.transform(CRS.transform(new GeometryFactory().createPoint(new Coordinate(
        IndicatorFixture.X0 + 2350, IndicatorFixture.Y0 + 555)), 32632, 4326), 4326, 32632);
    stops.add(new IndicatorFixture.Feat(moved, template.props()));
    BruteForceIndicators before = new BruteForceIndicators(IndicatorFixture.build());
    BruteForceIndicators after = new BruteForceIndicators(changed);
    JsonNode stop = delta(r, "mob_res_stop_400m");
    for (String istat : List.of(IndicatorFixture.A, IndicatorFixture.B, IndicatorFixture.C)) {
      JsonNode c = deltaOf(stop, istat);
      assertEquals(before.indicators.get("mob_res_stop_400m").byComune().get(istat).num(),
          c.path("numerator_before").asDouble(), 1e-6, istat);
      assertEquals(after.indicators.get("mob_res_stop_400m").byComune().get(istat).num(),
          c.path("numerator_after").asDouble(), 1e-6, istat);
      assertEquals(c.path("numerator_delta").asDouble(), comune(r, istat).path("residents_stop_delta").asDouble(),
          1e-6);
    }
    assertTrue(deltaOf(stop, IndicatorFixture.C).path("numerator_delta").asDouble() != 0,
        "moving the stop across the river changes Gamma's reach");
    List<Feature> changes = features("scenario_" + r.id() + "_network_changes");
    assertEquals(Set.of("stop_added", "stop_removed"), new HashSet<>(changes.stream().map(f -> f.properties()
        .get("change")).toList()));
  }

  @Test
  void a_cycle_path_adds_its_km_and_a_closed_bridge_keeps_no_one_closer() throws Exception {
    // a 600 m cycle path along y = 150 inside Beta (x 1200..1800)
    ScenarioRun r = run("accessibility", "{\"add_cycle_paths\": {\"type\": \"LineString\", \"coordinates\": ["
        + lonLat(1200, 150) + ", " + lonLat(1800, 150) + "]}, \"close_roads\": {\"type\": \"Polygon\","
        + " \"coordinates\": [[" + lonLat(1230, 470) + ", " + lonLat(1270, 470) + ", " + lonLat(1270, 530) + ", "
        + lonLat(1230, 530) + ", " + lonLat(1230, 470) + "]]}}");
    JsonNode cycle = deltaOf(delta(r, "mob_cycle_km_per_1000"), IndicatorFixture.B);
    double residentsB = 4_300;
    assertEquals(0.6 * 1000 / residentsB, cycle.path("delta").asDouble(), 1e-3, "0.6 km more per 4,300 residents");
    JsonNode summary = r.outputs().orElseThrow().path("summary");
    assertTrue(summary.path("road_segments_closed").asInt() >= 1, "the bridge at x = 1250 is closed");
    JsonNode stop = delta(r, "mob_res_stop_400m");
    assertTrue(deltaOf(stop, IndicatorFixture.A).path("numerator_delta").asDouble() <= 1e-9);
  }

  @Test
  void accessibility_inputs_that_do_not_fit_are_refused_naming_the_input() throws Exception {
    assertEquals("add_stops", refused("accessibility", "{}"));
    assertEquals("add_stops", refused("accessibility", "{\"add_stops\": {\"type\": \"Point\", \"coordinates\": [0, 0]}}"));
    assertEquals("add_stops", refused("accessibility", "{\"add_stops\": {\"type\": \"LineString\", \"coordinates\": ["
        + lonLat(10, 10) + ", " + lonLat(20, 20) + "]}}"));
    assertEquals("remove_stops", refused("accessibility", "{\"remove_stops\": [\"no-such-stop\"]}"));
    assertEquals("add_cycle_paths", refused("accessibility", "{\"add_cycle_paths\": {\"type\": \"LineString\"}}"));
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 10_001; i++) {
      many.append(i == 0 ? "" : ", ").append(lonLat(100 + i * 0.01, 100));
    }
    assertEquals("add_cycle_paths", refused("accessibility", "{\"add_cycle_paths\": {\"type\": \"LineString\","
        + " \"coordinates\": [" + many + "]}}"));
    assertEquals("hazard_scenario", refused("flood", "{}"));
    assertEquals("hazard_scenario", refused("flood", "{\"hazard_scenario\": \"P4\"}"));
    assertEquals("water_level_rise_m", refused("flood", "{\"water_level_rise_m\": 1.5}"));
    assertThrows(ScenarioRuns.UnknownProcess.class, () -> runs.submit("tsunami", JSON.readTree("{}")));
  }

  // ------------------------------------------------------------------------------------------------ limits

  @Test
  void a_run_over_its_time_limit_is_cancelled_and_leaves_no_table() throws Exception {
    GeoPackageDatabase own = ownDatabase("limited");
    ScenarioRuns limited = newRuns(dir.resolve("limited"), new ScenarioSettings.Limits(0, 1, 10_000, 5_000),
        environment(own), own, into(new ArrayList<>()));
    try {
      ScenarioRun first = limited.submit("flood", JSON.readTree("{\"hazard_scenario\": \"P1\"}"));
      assertThrows(ScenarioRuns.QueueFull.class, () -> limited.submit("flood", JSON.readTree(
          "{\"hazard_scenario\": \"P1\"}")), "max_queued 0: one run at a time");
      ScenarioRun ended = limited.await(first.id(), Duration.ofMinutes(2));
      assertEquals(ScenarioRun.Status.FAILED, ended.status());
      assertTrue(ended.error().orElseThrow().contains("limit of 1 s"), ended.error().orElseThrow());
      assertTrue(own.layerNames().stream().noneMatch(n -> n.startsWith("scenario_")), own.layerNames().toString());
    } finally {
      limited.close();
      own.close();
    }
  }

  @Test
  void a_dismissed_running_run_publishes_nothing_and_runs_survive_a_restart() throws Exception {
    Path at = dir.resolve("restart");
    GeoPackageDatabase own = ownDatabase("restart");
    ScenarioEnvironment ownEnv = environment(own);
    List<LayerDefinition> ownPublished = new CopyOnWriteArrayList<>();
    ScenarioRuns first = newRuns(at, ScenarioSettings.Limits.DEFAULT, ownEnv, own, into(ownPublished));
    ScenarioRun kept;
    ScenarioRun dismissed;
    try {
      kept = first.await(first.submit("retrofit", JSON.readTree("{\"energy_classes\": [\"F\"], \"target_class\": \"C\"}"))
          .id(), Duration.ofMinutes(5));
      assertEquals(ScenarioRun.Status.SUCCESSFUL, kept.status(), () -> kept.error().orElse(""));
      dismissed = first.submit("flood", JSON.readTree("{\"hazard_scenario\": \"P1\"}"));
      while (first.get(dismissed.id()).orElseThrow().status() == ScenarioRun.Status.ACCEPTED) {
        Thread.sleep(20);
      }
      assertEquals(ScenarioRun.Status.DISMISSED, first.dismiss(dismissed.id()).orElseThrow().status());
      first.await(dismissed.id(), Duration.ofMinutes(2));
      assertEquals(ScenarioRun.Status.DISMISSED, first.get(dismissed.id()).orElseThrow().status());
    } finally {
      first.close();
    }
    long dismissedId = dismissed.id();
    assertTrue(own.layerNames().stream().noneMatch(n -> n.startsWith("scenario_" + dismissedId + "_")));
    assertTrue(own.layerNames().contains("scenario_" + kept.id() + "_retrofit_buildings"));

    assertTrue(ownPublished.stream().noneMatch(l -> l.id().startsWith("scenario_" + dismissedId + "_")));
    ownPublished.clear();
    ScenarioRuns again = newRuns(at, ScenarioSettings.Limits.DEFAULT, ownEnv, own, into(ownPublished));
    try {
      assertEquals(kept.outputs().orElseThrow().toString(), again.get(kept.id()).orElseThrow().outputs().orElseThrow()
          .toString());
      assertEquals(ScenarioRun.Status.DISMISSED, again.get(dismissedId).orElseThrow().status());
      assertTrue(ownPublished.stream().anyMatch(l -> l.id().equals("scenario_" + kept.id() + "_retrofit_buildings")),
          "a restart publishes the kept run's layers again");
      assertTrue(ownPublished.stream().noneMatch(l -> l.id().startsWith("scenario_" + dismissedId + "_")));
    } finally {
      again.close();
      own.close();
    }
  }
}
