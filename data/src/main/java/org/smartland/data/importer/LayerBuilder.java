package org.smartland.data.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.smartland.data.derive.Derivation;
import org.smartland.data.derive.DerivationContext;
import org.smartland.data.derive.Derivations;
import org.smartland.data.derive.InputLayer;
import org.smartland.data.source.SourceData;
import org.smartland.data.source.SourceException;
import org.smartland.data.source.SourceFeature;
import org.smartland.data.territory.ClipMode;
import org.smartland.data.territory.FieldSpec;
import org.smartland.data.territory.LayerSource;
import org.smartland.data.territory.ReadSpec;
import org.smartland.data.territory.TerritoryConfig;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.sql.ValueCoercion;

/**
 * Builds one layer's features, in this order: read the file; map each feature's properties to attributes;
 * reproject to the layer's CRS; validate (repairing what can be repaired, failing on what cannot); clip to
 * the territory; merge duplicates; run the derivation; fill computed measures; keep exactly the layer's
 * attributes, each converted to its type.
 */
final class LayerBuilder {
  private final TerritoryConfig territory;
  private final Path sourcesDir;
  private final SourceReaders readers;
  private final Derivations derivations;
  private final CrsTransforms crs;

  LayerBuilder(TerritoryConfig territory, Path sourcesDir, SourceReaders readers, Derivations derivations,
               CrsTransforms crs) {
    this.territory = territory;
    this.sourcesDir = sourcesDir;
    this.readers = readers;
    this.derivations = derivations;
    this.crs = crs;
  }

  List<SourceFeature> build(LayerDefinition layer, LayerSource s, Map<String, InputLayer> built,
                            Optional<ClipArea> clip, LayerReport report) {
    List<SourceFeature> features = new ArrayList<>();
    if (s.read().isPresent()) {
      features = read(layer, s, s.read().get(), clip, report);
    }
    if (s.dedupe()) {
      int before = features.size();
      features = Deduplicator.byGeometry(features);
      report.merged(before - features.size());
    }
    if (s.derive().isPresent()) {
      features = derive(layer, s, features, built, report);
    }
    if (features.isEmpty()) {
      report.warn("the layer has no features");
    }
    return finish(layer, s, features);
  }

  private List<SourceFeature> read(LayerDefinition layer, LayerSource s, ReadSpec r, Optional<ClipArea> clip,
                                   LayerReport report) {
    SourceData data = readers.get(r.format()).orElseThrow().read(sourcesDir.resolve(r.file()), r.file(), r.options());
    data.warnings().forEach(report::warn);
    report.read(data.features().size());
    FieldMapper mapper = new FieldMapper(layer, s.fields(), r.file(), data.columns());
    List<SourceFeature> out = new ArrayList<>(data.features().size());
    int outside = 0;
    for (SourceFeature f : data.features()) {
      Map<String, Object> values = mapper.map(f, report);
      Geometry g;
      try {
        g = crs.transform(f.geometry(), data.srid(), layer.nativeSrid());
      } catch (IllegalArgumentException e) {
        throw new SourceException(r.file(), f.id(), "cannot reproject from EPSG:" + data.srid() + ": " + e.getMessage());
      }
      GeometryRepair.Result valid = GeometryRepair.valid(g, layer.geometryType());
      if (valid.geometry().isEmpty()) {
        if (!s.skipUnrepairable()) {
          throw new SourceException(r.file(), f.id(), valid.problem());
        }
        report.skipped(f.id(), valid.problem());
        continue;
      }
      valid.repaired().ifPresent(reason -> report.repaired(f.id(), reason));
      Optional<Geometry> kept = clip.isEmpty() ? valid.geometry() : clip.get().apply(valid.geometry().get(), s.clip());
      if (kept.isPresent() && s.clip() == ClipMode.CUT) {
        kept = GeometryRepair.valid(kept.get(), layer.geometryType()).geometry();
      }
      if (kept.isEmpty()) {
        outside++;
        continue;
      }
      out.add(new SourceFeature(f.id(), kept.get(), values));
    }
    report.outside(outside);
    return out;
  }

  private List<SourceFeature> derive(LayerDefinition layer, LayerSource s, List<SourceFeature> own,
                                     Map<String, InputLayer> built, LayerReport report) {
    Derivation d = derivations.get(s.derive().get().method()).orElseThrow();
    Map<String, InputLayer> inputs = new LinkedHashMap<>();
    s.derive().get().inputs().forEach((role, id) -> inputs.put(role, built.get(id)));
    DerivationContext ctx = new DerivationContext(territory, layer, own, inputs, s.derive().get().params(), report::warn);
    List<SourceFeature> out = new ArrayList<>();
    for (SourceFeature f : d.derive(ctx)) {
      GeometryRepair.Result valid = GeometryRepair.valid(f.geometry(), layer.geometryType());
      if (valid.geometry().isEmpty()) {
        throw new ImportException("layer '" + layer.id() + "': derivation " + d.name() + " made feature " + f.id()
            + " with an unusable geometry: " + valid.problem());
      }
      valid.repaired().ifPresent(reason -> report.repaired(f.id(), reason));
      out.add(f.withGeometry(valid.geometry().get()));
    }
    return out;
  }

  private static List<SourceFeature> finish(LayerDefinition layer, LayerSource s, List<SourceFeature> features) {
    List<FieldSpec> computed = s.fields().stream().filter(f -> f.computed().isPresent()).toList();
    List<SourceFeature> out = new ArrayList<>(features.size());
    for (SourceFeature f : features) {
      Map<String, Object> p = new LinkedHashMap<>();
      for (AttributeDefinition a : layer.attributes()) {
        Object v = f.get(a.name());
        try {
          p.put(a.name(), ValueCoercion.to(a.type(), v));
        } catch (IllegalArgumentException e) {
          throw new ImportException("layer '" + layer.id() + "': feature " + f.id() + ": attribute '" + a.name()
              + "': " + e.getMessage());
        }
      }
      for (FieldSpec c : computed) {
        if (layer.attribute(c.name()).isPresent()) {
          p.put(c.name(), Measures.of(c.computed().get(), f.geometry()));
        }
      }
      out.add(f.withProperties(p));
    }
    return out;
  }
}
