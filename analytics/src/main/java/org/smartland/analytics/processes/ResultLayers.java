package org.smartland.analytics.processes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.catalog.Provenance;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;

/**
 * The tables of the scenario runs' result layers, {@code scenario_<run>_<name>}: written whole (created, filled in
 * one transaction, described), declared as catalog layers with their provenance "scenario run N", and dropped.
 */
public final class ResultLayers {
  private static final Logger LOG = LoggerFactory.getLogger(ResultLayers.class);
  private static final Pattern NAME = Pattern.compile(ScenarioRuns.LAYER_PREFIX + "(\\d+)_[a-z0-9_]+");

  private final FeatureDatabase database;
  private final LayerCatalog territory;

  public ResultLayers(FeatureDatabase database, LayerCatalog territory) {
    this.database = database;
    this.territory = territory;
  }

  /** The id of a run's layer. */
  static String layerId(long runId, String name) {
    return ScenarioRuns.LAYER_PREFIX + runId + "_" + name;
  }

  /**
   * Writes every layer of a run; if one fails, those already written are dropped and the failure is thrown.
   *
   * @return the layers written, in order
   */
  List<ScenarioRun.LayerSpec> write(long runId, ScenarioProcess process, JsonNode inputs, List<ResultLayer> layers) {
    List<ScenarioRun.LayerSpec> out = new ArrayList<>();
    String provenance = "Scenario run " + runId + ": process '" + process.id() + "' (" + process.title()
        + ") with inputs " + inputs + "; its record is at /ogc/jobs/" + runId + ".";
    try {
      for (ResultLayer l : layers) {
        ScenarioRun.LayerSpec spec = new ScenarioRun.LayerSpec(layerId(runId, l.name()), l, l.features().size(),
            provenance);
        LayerDefinition def = definition(spec);
        FeatureStore store = database.createLayer(FeatureSchema.of(def));
        out.add(spec);
        database.describeLayer(def.id(), def.abstractWithProvenance());
        List<FeatureChange> inserts = new ArrayList<>();
        for (Feature f : l.features()) {
          java.util.Map<String, Object> p = new java.util.LinkedHashMap<>(f.properties());
          p.put("run_id", runId);
          inserts.add(new FeatureChange.Insert(Feature.of(f.geometry().orElse(null), p)));
        }
        if (!inserts.isEmpty()) {
          store.write(inserts);
        }
      }
    } catch (RuntimeException e) {
      drop(runId);
      throw e;
    }
    return out;
  }

  /** The catalog layer of a written result layer. */
  LayerDefinition definition(ScenarioRun.LayerSpec spec) {
    ResultLayer l = spec.layer();
    List<AttributeDefinition> attributes = new ArrayList<>(l.attributes());
    attributes.add(new AttributeDefinition("run_id", AttributeType.INTEGER, "Scenario run", true));
    Optional<String> corridor = territory.corridor(l.corridor()).isPresent() ? Optional.of(l.corridor())
        : Optional.empty();
    return new LayerDefinition(spec.id(), "Scenario run " + runOf(spec.id()) + " — " + l.title(), l.description(),
        List.of("scenario", "run " + runOf(spec.id())), new Provenance.Derived(spec.provenance(), l.inputLayers()),
        l.geometryType(), territory.nativeSrid(), attributes, l.style(), Optional.empty(), corridor, List.of());
  }

  /** Drops every table of a run (those that exist). */
  void drop(long runId) {
    for (String name : database.layerNames()) {
      Matcher m = NAME.matcher(name);
      if (m.matches() && Long.parseLong(m.group(1)) == runId) {
        dropQuietly(name);
      }
    }
  }

  /** Drops the scenario tables of every run but these (left over by runs that did not finish). */
  void dropAllBut(Collection<Long> runIds) {
    for (String name : database.layerNames()) {
      Matcher m = NAME.matcher(name);
      if (m.matches() && !runIds.contains(Long.parseLong(m.group(1)))) {
        dropQuietly(name);
      }
    }
  }

  private void dropQuietly(String name) {
    try {
      database.dropLayer(name);
    } catch (RuntimeException e) {
      LOG.warn("scenario table {} could not be dropped: {}", name, e.getMessage());
    }
  }

  private static long runOf(String layerId) {
    Matcher m = NAME.matcher(layerId);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + layerId + "' is not a scenario layer id");
    }
    return Long.parseLong(m.group(1));
  }
}
