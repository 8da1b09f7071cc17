package org.smartland.server;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Locale;
import org.smartland.analytics.job.AnalyticsEngine;
import org.smartland.analytics.results.AnalyticsLayers;
import org.smartland.analytics.runs.AnalyticsRun;
import org.smartland.analytics.runs.AnalyticsRuns;
import org.smartland.analytics.runs.TerritoryAnalytics;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerCatalogReader;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.FeatureDatabase;

/**
 * {@code ./smartland analytics run --territory NAME}: recomputes a territory's indicators and project ranking
 * with the same engine and run log as the server, printing the progress; exit code 0 when the run succeeded, 1
 * when it failed (the previous results stay), 2 for a usage problem.
 */
final class AnalyticsCli {
  private AnalyticsCli() {
  }

  static int run(ServerConfig config, PrintStream out) {
    if (!Files.isRegularFile(config.indicatorsFile())) {
      throw new IllegalArgumentException("no indicator catalogue at " + config.indicatorsFile());
    }
    CrsTransforms crs = new CrsTransforms();
    LayerCatalog catalog = LayerCatalogReader.read(Main.requireFile(config));
    try (FeatureDatabase db = Main.openDatabase(config, crs);
         AnalyticsEngine engine = new AnalyticsEngine(config.sparkMaster())) {
      TerritoryAnalytics analytics = TerritoryAnalytics.load(config.indicatorsFile(), catalog, db);
      double[] shown = {-1};
      try (AnalyticsRuns runs = new AnalyticsRuns(config.territory(), config.analyticsRunLog(),
          (id, progress) -> engine.run(analytics, id, (percent, message) -> {
            progress.report(percent, message);
            out.printf(Locale.ROOT, "[%3.0f%%] %s%n", percent, message);
            shown[0] = percent;
          }))) {
        out.printf("analytics of %s (%d indicators, Spark %s)%n", catalog.territoryId(),
            analytics.indicators().indicators().size(), config.sparkMaster());
        AnalyticsRun done = runs.runNow();
        out.println(AnalyticsRuns.toJson(done).toPrettyString());
        if (done.status() == AnalyticsRun.Status.SUCCEEDED) {
          out.printf("run %d written to layers %s, %s and %s%n", done.id(), AnalyticsLayers.INDICATORS,
              AnalyticsLayers.INDICATORS_TERRITORY, AnalyticsLayers.PRIORITIES);
          return 0;
        }
        return 1;
      }
    }
  }
}
