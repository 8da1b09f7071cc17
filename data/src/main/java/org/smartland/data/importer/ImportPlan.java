package org.smartland.data.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.smartland.data.derive.Derivation;
import org.smartland.data.derive.Derivations;
import org.smartland.data.source.SourceException;
import org.smartland.data.territory.DeriveSpec;
import org.smartland.data.territory.FieldSpec;
import org.smartland.data.territory.LayerSource;
import org.smartland.data.territory.ReadSpec;
import org.smartland.data.territory.TerritoryConfig;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.LayerDefinition;

/**
 * Checks, before anything is built, what can be checked without reading the data: the sources directory and
 * every source file exist, every format and derivation is known and given the inputs it needs, and every
 * attribute of every layer is filled by a field or by the layer's derivation.
 */
final class ImportPlan {
  private ImportPlan() {
  }

  static void check(TerritoryConfig territory, Path sourcesDir, Derivations derivations) {
    checkConfiguration(territory, derivations);
    checkSources(territory, sourcesDir);
  }

  /**
   * Every format and derivation known and given its inputs; every attribute filled — except in the layers that start
   * empty ({@code source: {empty: true}}), which the services fill.
   */
  static void checkConfiguration(TerritoryConfig territory, Derivations derivations) {
    for (LayerDefinition layer : territory.catalog().layers()) {
      LayerSource s = territory.source(layer.id()).orElseThrow();
      if (s.read().isEmpty() && s.derive().isEmpty()) {
        continue;
      }
      s.read().ifPresent(r -> checkFormat(r, s));
      Set<String> filled = new HashSet<>();
      s.fields().stream().map(FieldSpec::name).forEach(filled::add);
      if (s.derive().isPresent()) {
        Derivation d = derivation(s, s.derive().get(), derivations);
        filled.addAll(d.writes());
      }
      for (AttributeDefinition a : layer.attributes()) {
        if (!filled.contains(a.name())) {
          throw s.node().error("attribute '" + a.name() + "' of layer '" + layer.id()
              + "' is filled by no field and no derivation");
        }
      }
    }
  }

  /** The sources directory and every file the layers read exist. */
  static void checkSources(TerritoryConfig territory, Path sourcesDir) {
    if (!Files.isDirectory(sourcesDir)) {
      throw new SourceException(sourcesDir.toString(), "sources directory does not exist");
    }
    for (LayerSource s : territory.sources()) {
      s.read().ifPresent(r -> checkFile(r, s, sourcesDir));
    }
  }

  private static void checkFormat(ReadSpec r, LayerSource s) {
    if (!SourceReaders.formats().contains(r.format())) {
      throw s.node().child("format").error("unknown format '" + r.format() + "' (formats: " + SourceReaders.formats() + ")");
    }
  }

  private static void checkFile(ReadSpec r, LayerSource s, Path sourcesDir) {
    Path file = sourcesDir.resolve(r.file());
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new SourceException(r.file(), "source file not found (looked for " + file.toAbsolutePath().normalize()
          + ", needed by layer '" + s.layer() + "')");
    }
  }

  private static Derivation derivation(LayerSource s, DeriveSpec spec, Derivations derivations) {
    Derivation d = derivations.get(spec.method()).orElseThrow(() -> s.node().child("derive").error(
        "unknown derivation '" + spec.method() + "' (derivations: " + derivations.names() + ")"));
    if (d.readsOwnSource() && s.read().isEmpty()) {
      throw s.node().error("derivation " + d.name() + " works on the layer's own source: give format and file");
    }
    if (!d.readsOwnSource() && s.read().isPresent()) {
      throw s.node().error("derivation " + d.name() + " builds the layer from other layers: it reads no file");
    }
    for (String role : d.roles()) {
      if (!spec.inputs().containsKey(role)) {
        throw s.node().error("derivation " + d.name() + " needs input '" + role + "' (inputs: {" + role + ": <layer id>})");
      }
    }
    return d;
  }
}
