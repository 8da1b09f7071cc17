package org.smartland.analytics.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartland.analytics.indicators.IndicatorResult;
import org.smartland.analytics.results.AnalyticsLayers;
import org.smartland.analytics.runs.RunSummary;
import org.smartland.analytics.runs.TerritoryAnalytics;
import org.smartland.layers.catalog.IndicatorCatalogReader;
import org.smartland.layers.catalog.IndicatorDefinition;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.postgis.PostgisDatabase;
import org.smartland.layers.store.postgis.TestPostgis;

/**
 * The same job reading the synthetic territory from PostGIS (through the same FeatureStore seam) gives the same
 * values as the brute force, and a whole run writes its result layers back into PostGIS.
 */
class IndicatorJobPostgisIT {
  static PostgisDatabase db;
  static SparkSession spark;
  static IndicatorFixture fixture;
  static LayerCatalog catalog;

  @BeforeAll
  static void setUp() {
    fixture = IndicatorFixture.build();
    catalog = IndicatorFixture.catalog();
    db = TestPostgis.newDatabase("analytics", new CrsTransforms());
    fixture.writeTo(db, catalog);
    spark = SedonaSessions.start("local[2]", "indicator-job-postgis");
  }

  @AfterAll
  static void tearDown() {
    spark.stop();
    TestPostgis.drop(db);
  }

  @Test
  void the_indicators_read_from_postgis_agree_with_the_brute_force_and_the_results_are_written_back() {
    List<IndicatorDefinition> indicators = IndicatorCatalogReader.read(IndicatorFixture.INDICATORS, catalog)
        .indicators();
    Map<String, IndicatorResult> actual = new IndicatorJob(new TerritoryFrames(spark, catalog, db))
        .run(indicators, fixture.comuni, m -> { });
    BruteForceIndicators expected = new BruteForceIndicators(fixture);
    List<String> wrong = new java.util.ArrayList<>();
    for (IndicatorDefinition d : indicators) {
      IndicatorResult r = actual.get(d.id());
      BruteForceIndicators.Indicator slow = expected.indicators.get(d.id());
      for (String place : fixture.comuni.keySet()) {
        if (!IndicatorJobTest.close(slow.value(place), r.byComune().get(place).value())) {
          wrong.add(d.id() + " in " + place);
        }
      }
      if (!IndicatorJobTest.close(slow.value(BruteForceIndicators.TERRITORY), r.territory().value())) {
        wrong.add(d.id() + " for the territory");
      }
    }
    assertEquals(List.of(), wrong);

    try (AnalyticsEngine engine = new AnalyticsEngine("local[2]")) {
      RunSummary summary = engine.run(TerritoryAnalytics.load(IndicatorFixture.INDICATORS, catalog, db), 7,
          (p, m) -> { });
      assertEquals(23, summary.indicators());
    }
    FeatureSchema schema = FeatureSchema.of(TerritoryAnalytics.load(IndicatorFixture.INDICATORS, catalog, db)
        .resultLayers().get(0));
    try (Stream<Feature> s = db.layer(schema).query(FeatureQuery.all())) {
      List<Feature> rows = s.toList();
      assertEquals(3, rows.size());
      rows.forEach(f -> assertEquals(7L, f.properties().get("run_id")));
      assertTrue(rows.stream().allMatch(f -> f.properties().get("mob_res_stop_400m") instanceof Double));
    }
    assertEquals(AnalyticsLayers.INDICATORS, schema.name());
  }
}
