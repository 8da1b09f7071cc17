package org.smartland.server.wfs;

import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.store.FeatureStore;
import org.smartland.server.rest.LayerSummary;

/** One WFS feature type: a catalog layer with its store and what was measured of it at startup. */
public record FeatureType(LayerDefinition definition, FeatureStore store,
                          java.util.function.Supplier<LayerSummary> summaries) {

  /** The layer's current summary (measured again after every write). */
  public LayerSummary summary() {
    return summaries.get();
  }

  /** The local name, e.g. {@code schools}; qualified with the catalog's prefix on the wire. */
  public String name() {
    return definition.id();
  }
}
