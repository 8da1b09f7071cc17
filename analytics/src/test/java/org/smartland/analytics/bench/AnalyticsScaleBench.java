package org.smartland.analytics.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.smartland.analytics.job.AnalyticsEngine;
import org.smartland.analytics.runs.RunSummary;
import org.smartland.analytics.runs.TerritoryAnalytics;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerCatalogReader;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;

/**
 * Times a territory's full analytics recompute twice in one JVM, on one {@link AnalyticsEngine}: cold (Spark
 * starts and every layer is read from the GeoPackage into Spark) and warm (session up, layers cached). Prints the
 * stage seconds of both {@link RunSummary}s, the input feature counts and the peak heap used during each run
 * (sampled every 100 ms from {@link Runtime}), as {@code RESULT} lines that {@code docs/benchmarks/run-analytics-scale.sh}
 * turns into a table.
 *
 * <p>Usage: {@code AnalyticsScaleBench SCALED.gpkg territory.yaml _indicators.yaml [MASTER] [LABEL]} (paths as given,
 * normally relative to the repository root; MASTER defaults to {@code local[2]}).
 */
public final class AnalyticsScaleBench {
  private AnalyticsScaleBench() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: AnalyticsScaleBench SCALED.gpkg territory.yaml _indicators.yaml [MASTER] [LABEL]");
      System.exit(2);
    }
    Path gpkg = Path.of(args[0]);
    LayerCatalog catalog = LayerCatalogReader.read(Path.of(args[1]));
    Path indicators = Path.of(args[2]);
    String master = args.length > 3 ? args[3] : "local[2]";
    String label = args.length > 4 ? args[4] : gpkg.getFileName().toString();

    AtomicLong peak = new AtomicLong();
    Thread sampler = new Thread(() -> {
      Runtime rt = Runtime.getRuntime();
      while (!Thread.currentThread().isInterrupted()) {
        long used = rt.totalMemory() - rt.freeMemory();
        peak.accumulateAndGet(used, Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();

    long start = System.nanoTime();
    try (GeoPackageDatabase db = GeoPackageDatabase.open(gpkg, new CrsTransforms());
         AnalyticsEngine engine = new AnalyticsEngine(master)) {
      TerritoryAnalytics analytics = TerritoryAnalytics.load(indicators, catalog, db);
      for (int run = 1; run <= 2; run++) {
        String kind = run == 1 ? "cold" : "warm";
        peak.set(0);
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        RunSummary s = engine.run(analytics, run, (percent, message) -> System.out.printf(Locale.ROOT,
            "  [%7.1f s %3.0f%%] %s%n", (System.nanoTime() - start) / 1e9, percent, message));
        double wall = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> st = s.stageSeconds();
        Map<String, Long> in = s.inputs();
        System.out.printf(Locale.ROOT, "RESULT label=%s run=%s buildings=%d population=%d roads=%d comuni=%d"
                + " projects=%d spark_start=%.2f indicators=%.2f project_measures=%.2f ranking=%.2f write=%.2f"
                + " total=%.2f wall=%.2f peak_heap_gb=%.2f gc_s=%.1f max_heap_gb=%.1f%n",
            label, kind, in.getOrDefault("buildings", 0L), in.getOrDefault("population", 0L),
            in.getOrDefault("roads", 0L), s.comuni(), s.projects(), st.getOrDefault("spark_start", 0.0),
            st.get("indicators"), st.get("project_measures"), st.get("ranking"), st.get("write"), st.get("total"),
            wall, peak.get() / 1e9, (gcMillis() - gc0) / 1e3, Runtime.getRuntime().maxMemory() / 1e9);
        System.out.println("  inputs: " + new java.util.TreeMap<>(in));
      }
    } finally {
      sampler.interrupt();
    }
    System.exit(0);
  }

  private static long gcMillis() {
    long ms = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }
}
