package org.smartland.analytics.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerCatalogReader;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;

/**
 * Builds a scaled copy of a territory's GeoPackage for the analytics scaling benchmark: the whole territory (every
 * layer of its catalog) replicated {@code k} times on a grid, copy {@code c} at column {@code c % cols}, row
 * {@code c / cols}, translated by (column × dx, row × dy) where dx, dy are the extent of all layers plus 2 km, so
 * copies never touch. Copy 0 is the original unchanged; copy {@code c > 0} gets Comuni with ISTAT code
 * {@code <code>-<c>} and name {@code <name> #<c>}, road graph nodes offset by {@code c × 10^12} (so the copies'
 * graphs stay separate), project ids {@code <id>-<c>}; other attributes are copied as they are.
 *
 * <p>The source is only read (its layers held in memory: tens of thousands of features); the output is written
 * layer by layer with {@link FeatureStore#insertAll}, copies streamed one after the other, so the scaled layers
 * are never in memory as a whole.
 *
 * <p>Usage: {@code ScaledTerritory SOURCE.gpkg territory.yaml OUT.gpkg K}
 */
public final class ScaledTerritory {
  /** Gap between copies, metres. */
  static final double GAP_M = 2000;
  static final long NODE_OFFSET = 1_000_000_000_000L;

  private ScaledTerritory() {
  }

  /** What was built. */
  public record Result(int copies, int cols, int rows, double dx, double dy, Map<String, Long> counts, double seconds) {
  }

  public static void main(String[] args) {
    if (args.length != 4) {
      System.err.println("usage: ScaledTerritory SOURCE.gpkg territory.yaml OUT.gpkg K");
      System.exit(2);
    }
    Result r = build(Path.of(args[0]), LayerCatalogReader.read(Path.of(args[1])), Path.of(args[2]),
        Integer.parseInt(args[3]));
    System.out.printf(Locale.ROOT, "built %s: k=%d (%d x %d grid, dx=%.0f m, dy=%.0f m) in %.1f s%n", args[2],
        r.copies(), r.cols(), r.rows(), r.dx(), r.dy(), r.seconds());
    r.counts().forEach((layer, n) -> System.out.printf(Locale.ROOT, "  %-24s %,12d%n", layer, n));
    System.out.printf(Locale.ROOT, "SCALED k=%d buildings=%d population=%d roads=%d build_s=%.1f%n", r.copies(),
        r.counts().getOrDefault("buildings", 0L), r.counts().getOrDefault("population", 0L),
        r.counts().getOrDefault("roads", 0L), r.seconds());
  }

  public static Result build(Path source, LayerCatalog catalog, Path out, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1");
    }
    if (source.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("will not write over the source");
    }
    long t0 = System.nanoTime();
    CrsTransforms crs = new CrsTransforms();
    Map<String, List<Feature>> layers = new LinkedHashMap<>();
    Map<String, FeatureSchema> schemas = new LinkedHashMap<>();
    Envelope extent = new Envelope();
    try (GeoPackageDatabase in = GeoPackageDatabase.open(source, crs)) {
      List<String> present = in.layerNames();
      for (LayerDefinition def : catalog.layers()) {
        if (!present.contains(def.id())) {
          continue;
        }
        FeatureSchema schema = FeatureSchema.of(def);
        FeatureStore store = in.layer(schema);
        List<Feature> features = new ArrayList<>();
        try (Stream<Feature> s = store.query(FeatureQuery.all())) {
          s.forEach(features::add);
        }
        store.extent().ifPresent(extent::expandToInclude);
        layers.put(def.id(), features);
        schemas.put(def.id(), schema);
      }
    }
    double dx = extent.getWidth() + GAP_M;
    double dy = extent.getHeight() + GAP_M;
    int cols = (int) Math.ceil(Math.sqrt(k));
    int rows = (k + cols - 1) / cols;

    Map<String, Long> counts = new LinkedHashMap<>();
    try {
      Files.createDirectories(out.toAbsolutePath().getParent());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    try (GeoPackageDatabase db = GeoPackageDatabase.create(out, crs)) {
      for (Map.Entry<String, List<Feature>> e : layers.entrySet()) {
        String layer = e.getKey();
        List<Feature> originals = e.getValue();
        FeatureStore store = db.createLayer(schemas.get(layer));
        Stream<Feature> copies = IntStream.range(0, k).boxed().flatMap(c -> {
          AffineTransformation shift = AffineTransformation.translationInstance((c % cols) * dx, (c / cols) * dy);
          return originals.stream().map(f -> copy(layer, f, c, shift));
        });
        counts.put(layer, store.insertAll(copies));
      }
    }
    return new Result(k, cols, rows, dx, dy, counts, (System.nanoTime() - t0) / 1e9);
  }

  private static Feature copy(String layer, Feature f, int c, AffineTransformation shift) {
    Geometry g = f.geometry().map(shift::transform).orElse(null);
    if (c == 0) {
      return new Feature(Optional.empty(), Optional.ofNullable(g), f.properties());
    }
    Map<String, Object> p = new HashMap<>(f.properties());
    switch (layer) {
      case "comuni" -> {
        p.computeIfPresent("istat_code", (key, v) -> v + "-" + c);
        p.computeIfPresent("name", (key, v) -> v + " #" + c);
      }
      case "roads" -> {
        p.computeIfPresent("from_node", (key, v) -> (Long) v + c * NODE_OFFSET);
        p.computeIfPresent("to_node", (key, v) -> (Long) v + c * NODE_OFFSET);
      }
      case "projects" -> p.computeIfPresent("project_id", (key, v) -> v + "-" + c);
      default -> {
      }
    }
    // keep the schema's attribute order
    Map<String, Object> ordered = new LinkedHashMap<>();
    f.properties().keySet().forEach(key -> ordered.put(key, p.get(key)));
    return new Feature(Optional.empty(), Optional.ofNullable(g), ordered);
  }
}
