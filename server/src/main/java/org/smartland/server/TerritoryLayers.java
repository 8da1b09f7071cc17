package org.smartland.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.StoreException;
import org.smartland.server.rest.LayerSummary;

/**
 * A territory as the server serves it: the catalog, and for every catalog layer its store and summary,
 * resolved at startup; a layer's summary (extent, count, times) is measured again after each write to it.
 */
public final class TerritoryLayers {
  private final LayerCatalog catalog;
  private final FeatureDatabase database;
  private final CrsTransforms crs;
  private final Map<String, FeatureStore> stores = new LinkedHashMap<>();
  private final Map<String, LayerSummary> summaries = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @throws StoreException naming every catalog layer the database lacks
   */
  public TerritoryLayers(LayerCatalog catalog, FeatureDatabase database, CrsTransforms crs) {
    this.catalog = catalog;
    this.database = database;
    this.crs = crs;
    List<String> problems = new ArrayList<>();
    for (LayerDefinition l : catalog.layers()) {
      try {
        FeatureStore store = database.layer(FeatureSchema.of(l));
        stores.put(l.id(), store);
        summaries.put(l.id(), LayerSummary.measure(l, store, crs));
      } catch (StoreException e) {
        problems.add(e.getMessage());
      }
    }
    database.changes().addListener(layer -> {
      FeatureStore store = stores.get(layer);
      if (store != null) {
        summaries.put(layer, LayerSummary.measure(catalog.layer(layer).orElseThrow(), store, crs));
      }
    });
    if (!problems.isEmpty()) {
      throw new StoreException("the " + database.type() + " store does not match territory '" + catalog.territoryId()
          + "' (run ./smartland import): " + String.join("; ", problems));
    }
  }

  public LayerCatalog catalog() {
    return catalog;
  }

  public CrsTransforms crs() {
    return crs;
  }

  public FeatureDatabase database() {
    return database;
  }

  public Optional<FeatureStore> store(String layerId) {
    return Optional.ofNullable(stores.get(layerId));
  }

  public LayerSummary summary(String layerId) {
    return summaries.get(layerId);
  }
}
