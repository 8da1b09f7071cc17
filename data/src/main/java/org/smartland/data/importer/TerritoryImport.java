package org.smartland.data.importer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.smartland.data.derive.Derivations;
import org.smartland.data.derive.InputLayer;
import org.smartland.data.source.SourceFeature;
import org.smartland.data.territory.TerritoryConfig;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.InvalidFeatureException;
import org.smartland.layers.store.StoreException;

/**
 * Builds a territory's database from its sources: checks the plan ({@link ImportPlan}), stages an empty
 * database with the {@link ImportTarget}, builds every layer in catalog order ({@link LayerBuilder}) and
 * writes it, clips the layers after the boundary layer to the boundary plus the configured buffer, and
 * finally publishes the staged database in one atomic step. Any failure — a bad file, a derivation that
 * cannot be done, a store error — leaves the published database untouched and discards the staged one.
 * Importing again from the same sources gives the same database.
 */
public final class TerritoryImport {
  private final CrsTransforms crs;
  private final Derivations derivations;
  private final ImportListener listener;

  public TerritoryImport(CrsTransforms crs, ImportListener listener) {
    this(crs, Derivations.standard(), listener);
  }

  public TerritoryImport(CrsTransforms crs, Derivations derivations, ImportListener listener) {
    this.crs = crs;
    this.derivations = derivations;
    this.listener = listener;
  }

  /**
   * Imports the territory.
   *
   * @param sourcesDir the directory the source file names are relative to
   * @throws org.smartland.data.source.SourceException    for a missing or bad source file
   * @throws org.smartland.data.territory.ConfigException for a configuration the data cannot satisfy
   * @throws org.smartland.data.derive.DerivationException when a derivation cannot be done
   * @throws ImportException                              when the database cannot be built or published
   */
  public ImportReport run(TerritoryConfig territory, Path sourcesDir, ImportTarget target) {
    long start = System.nanoTime();
    ImportPlan.check(territory, sourcesDir, derivations);
    listener.started(territory, target.description());
    LayerBuilder builder = new LayerBuilder(territory, sourcesDir, SourceReaders.forImport(crs), derivations, crs);
    Map<String, InputLayer> built = new HashMap<>();
    Optional<ClipArea> clip = Optional.empty();
    List<LayerReport> reports = new ArrayList<>();
    try (StagedBuild build = target.stage()) {
      for (LayerDefinition layer : territory.catalog().layers()) {
        listener.layerStarted(layer.id());
        long t = System.nanoTime();
        LayerReport report = new LayerReport(layer.id());
        List<SourceFeature> features = builder.build(layer, territory.source(layer.id()).orElseThrow(), built, clip, report);
        report.written(write(build.database(), layer, features));
        report.elapsed(Duration.ofNanos(System.nanoTime() - t));
        built.put(layer.id(), new InputLayer(layer, features));
        if (layer.id().equals(territory.boundaryLayer())) {
          clip = Optional.of(boundary(layer, features, territory.clipBufferMetres()));
        }
        reports.add(report);
        listener.layerFinished(report);
      }
      build.publish();
    }
    ImportReport report = new ImportReport(territory.id(), target.description(), reports,
        Duration.ofNanos(System.nanoTime() - start));
    listener.finished(report);
    return report;
  }

  private static ClipArea boundary(LayerDefinition layer, List<SourceFeature> features, double buffer) {
    if (features.isEmpty()) {
      throw new ImportException("the boundary layer '" + layer.id() + "' is empty: nothing to clip the other layers to");
    }
    List<Geometry> parts = features.stream().map(SourceFeature::geometry).toList();
    return ClipArea.around(parts, buffer);
  }

  private static long write(FeatureDatabase db, LayerDefinition layer, List<SourceFeature> features) {
    try {
      long n = db.createLayer(FeatureSchema.of(layer))
          .insertAll(features.stream().map(f -> Feature.of(f.geometry(), f.properties())));
      db.describeLayer(layer.id(), layer.title() + ". " + (layer.description().isEmpty() ? "" : layer.description() + " ")
          + layer.provenance().summary());
      return n;
    } catch (InvalidFeatureException e) {
      throw new ImportException("layer '" + layer.id() + "': " + e.getMessage(), e);
    } catch (StoreException e) {
      throw new ImportException("cannot write layer '" + layer.id() + "': " + e.getMessage(), e);
    }
  }
}
