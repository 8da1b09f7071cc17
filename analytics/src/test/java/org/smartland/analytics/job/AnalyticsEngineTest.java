package org.smartland.analytics.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.smartland.analytics.results.AnalyticsLayers;
import org.smartland.analytics.runs.AnalyticsRun;
import org.smartland.analytics.runs.AnalyticsRuns;
import org.smartland.analytics.runs.TerritoryAnalytics;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.DataChanges;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.StoreException;
import org.smartland.layers.store.StoreStatus;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;

/**
 * A whole run on the synthetic territory: the result layers are written with the run's id, the projects' measures
 * agree with a plain JTS computation, and a run that fails leaves the previous results as they were.
 */
class AnalyticsEngineTest {
  @TempDir
  static Path dir;
  static GeoPackageDatabase db;
  static AnalyticsEngine engine;
  static TerritoryAnalytics analytics;
  static IndicatorFixture fixture;
  static final GeometryFactory GF = new GeometryFactory();

  @BeforeAll
  static void setUp() {
    fixture = IndicatorFixture.build();
    LayerCatalog catalog = IndicatorFixture.catalog();
    db = GeoPackageDatabase.create(dir.resolve("fixture.gpkg"), new CrsTransforms());
    fixture.writeTo(db, catalog);
    FeatureStore projects = db.layer(FeatureSchema.of(catalog.layer("projects").orElseThrow()));
    projects.insertAll(Stream.of(
        project("P-2", "acqua", IndicatorFixture.A, 2.0e6, GF.createPolygon(new org.locationtech.jts.geom.Coordinate[] {
            IndicatorFixture.at(100, 100), IndicatorFixture.at(400, 100), IndicatorFixture.at(400, 400),
            IndicatorFixture.at(100, 400), IndicatorFixture.at(100, 100)})),
        project("P-3", "energia", IndicatorFixture.B, 0.5e6, IndicatorFixture.pt(1500, 500)),
        project("P-4", "qualita_vita", IndicatorFixture.C, null, IndicatorFixture.pt(2500, 800))));
    analytics = TerritoryAnalytics.load(IndicatorFixture.INDICATORS, catalog, db);
    engine = new AnalyticsEngine("local[2]");
  }

  static Feature project(String id, String corridor, String comune, Double cost, Geometry g) {
    Map<String, Object> p = new HashMap<>();
    p.put("project_id", id);
    p.put("title", "Project " + id);
    p.put("corridor", corridor);
    p.put("comuni_istat", comune);
    p.put("cost_eur", cost);
    return Feature.of(g, p);
  }

  @AfterAll
  static void tearDown() {
    engine.close();
    db.close();
  }

  @Test
  void a_run_writes_the_results_and_a_failed_run_leaves_them_in_place() {
    Path log = dir.resolve("runs.jsonl");
    AnalyticsRun first;
    try (AnalyticsRuns runs = new AnalyticsRuns("fixture", log, (id, p) -> engine.run(analytics, id, p))) {
      first = runs.runNow();
    }
    assertEquals(AnalyticsRun.Status.SUCCEEDED, first.status(), first.error().orElse(""));
    List<Feature> indicators = read(AnalyticsLayers.INDICATORS);
    assertEquals(3, indicators.size());
    indicators.forEach(f -> assertEquals(1L, f.properties().get("run_id")));
    assertEquals(1, read(AnalyticsLayers.INDICATORS_TERRITORY).size());
    List<Feature> priorities = read(AnalyticsLayers.PRIORITIES);
    assertEquals(4, priorities.size());
    assertEquals(List.of(1L, 2L, 3L, 4L), priorities.stream().map(f -> (Long) f.properties().get("rank")).sorted()
        .toList());

    // the same measures by plain JTS: residents whose home's interior point lies in the grown geometry
    for (Feature p : priorities) {
      String id = (String) p.properties().get("project_id");
      String corridor = (String) p.properties().get("corridor");
      Geometry area = p.geometry().orElseThrow().buffer(analytics.settings().influenceOf(corridor));
      double residents = 0;
      for (IndicatorFixture.Feat home : fixture.layer("population")) {
        Point at = home.geom().getInteriorPoint();
        if (area.contains(at)) {
          residents += ((Number) home.props().get("residents")).doubleValue();
        }
      }
      assertEquals(residents, (Double) p.properties().get("residents_reached"), 1e-6, id);
      long others = priorities.stream().filter(q -> !q.properties().get("corridor").equals(corridor))
          .filter(q -> q.geometry().orElseThrow().isWithinDistance(p.geometry().orElseThrow(),
              analytics.settings().synergyM())).count();
      assertEquals((double) others, (Double) p.properties().get("synergy"), 1e-9, id);
    }
    Map<String, Object> before = indicators.get(0).properties();

    FeatureDatabase broken = new FailingDatabase(db, "population");
    TerritoryAnalytics failing = new TerritoryAnalytics(analytics.catalog(), analytics.indicators(),
        analytics.settings(), broken);
    AnalyticsRun second;
    try (AnalyticsRuns runs = new AnalyticsRuns("fixture", log, (id, p) -> engine.run(failing, id, p))) {
      second = runs.runNow();
    }
    assertEquals(2, second.id());
    assertEquals(AnalyticsRun.Status.FAILED, second.status());
    assertTrue(second.error().orElseThrow().contains("population"), second.error().orElseThrow());
    assertEquals(before, read(AnalyticsLayers.INDICATORS).get(0).properties(), "the previous results stay");
    assertEquals(4, read(AnalyticsLayers.PRIORITIES).size());

    try (AnalyticsRuns reopened = new AnalyticsRuns("fixture", log, (id, p) -> engine.run(analytics, id, p))) {
      assertEquals(List.of(AnalyticsRun.Status.FAILED, AnalyticsRun.Status.SUCCEEDED),
          reopened.list().stream().map(AnalyticsRun::status).toList(), "the log survives a restart");
      assertEquals(1, reopened.lastSucceeded().orElseThrow().id());
    }
  }

  @Test
  void the_next_run_sees_a_change_to_a_layer_and_rebuilds_only_what_depends_on_it() {
    List<String> first = new ArrayList<>();
    engine.run(analytics, 10, (p, m) -> first.add(m));
    double before = stopShareOf(IndicatorFixture.C);
    List<String> unchanged = new ArrayList<>();
    engine.run(analytics, 11, (p, m) -> unchanged.add(m));
    assertEquals(before, stopShareOf(IndicatorFixture.C), 1e-12, "same data, same value");
    assertTrue(unchanged.stream().noneMatch(m -> m.startsWith("pop_walk:")), "nothing rebuilt: " + unchanged);

    // a new stop right by C's home c1 (10 of its 100 residents, so far 402.6 m from a stop on foot)
    FeatureStore stops = db.layer(FeatureSchema.of(analytics.catalog().layer("transit_stops").orElseThrow()));
    stops.write(List.of(new org.smartland.layers.store.FeatureChange.Insert(Feature.of(
        IndicatorFixture.pt(2386, 590), Map.of()))));
    List<String> after = new ArrayList<>();
    engine.run(analytics, 12, (p, m) -> after.add(m));
    assertTrue(stopShareOf(IndicatorFixture.C) >= before + 10, before + " → " + stopShareOf(IndicatorFixture.C));
    assertTrue(after.stream().anyMatch(m -> m.startsWith("pop_walk:")), "the walks are computed again: " + after);
    assertTrue(after.stream().noneMatch(m -> m.startsWith("buildings_clip:")), "the rest is reused: " + after);
  }

  static double stopShareOf(String comune) {
    return read(AnalyticsLayers.INDICATORS).stream().filter(f -> f.properties().get("istat_code").equals(comune))
        .mapToDouble(f -> (Double) f.properties().get("mob_res_stop_400m")).findFirst().orElseThrow();
  }

  static List<Feature> read(String layer) {
    LayerDefinition def = analytics.resultLayers().stream().filter(l -> l.id().equals(layer)).findFirst().orElseThrow();
    try (Stream<Feature> s = db.layer(FeatureSchema.of(def)).query(FeatureQuery.all())) {
      return new ArrayList<>(s.toList());
    }
  }

  /** A database that cannot open one layer, as when a table was dropped under the server. */
  record FailingDatabase(FeatureDatabase delegate, String missing) implements FeatureDatabase {
    public String type() {
      return delegate.type();
    }

    public List<String> layerNames() {
      return delegate.layerNames();
    }

    public FeatureStore layer(FeatureSchema schema) {
      if (schema.name().equals(missing)) {
        throw new StoreException("layer '" + missing + "' cannot be read");
      }
      return delegate.layer(schema);
    }

    public FeatureStore createLayer(FeatureSchema schema) {
      return delegate.createLayer(schema);
    }

    public void describeLayer(String name, String description) {
      delegate.describeLayer(name, description);
    }

    public void dropLayer(String name) {
      delegate.dropLayer(name);
    }

    public StoreStatus status() {
      return delegate.status();
    }

    public DataChanges changes() {
      return delegate.changes();
    }

    public void close() {
    }
  }
}
