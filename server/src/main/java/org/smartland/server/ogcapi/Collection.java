package org.smartland.server.ogcapi;

import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.store.FeatureStore;
import org.smartland.server.rest.LayerSummary;

/** One collection: a catalog layer with its store and what was measured of it at startup. */
record Collection(LayerDefinition definition, FeatureStore store, java.util.function.Supplier<LayerSummary> summaries) {

  /** The layer's current summary (measured again after every write). */
  LayerSummary summary() {
    return summaries.get();
  }

  /** The name of the geometry in queryables and CQL2 ({@code S_INTERSECTS(geom, …)}). */
  static final String GEOMETRY = "geom";

  String id() {
    return definition.id();
  }

  /** The attribute, if it exists and clients may filter and sort on it. */
  java.util.Optional<AttributeDefinition> queryable(String name) {
    return definition.attribute(name).filter(AttributeDefinition::queryable);
  }
}
