package org.smartland.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.StoreException;
import org.smartland.server.rest.LayerSummary;

/**
 * A territory as the server serves it: the catalog, and for every catalog layer its store and summary. The
 * layers of the configuration are resolved at startup; result layers are {@link #publish published} and
 * {@link #withdraw withdrawn} while the server runs, and the services follow through {@link #onLayersChanged}.
 * A layer's summary (extent, count, times) is measured again after each write to it.
 *
 * <p>Thread-safe: the catalog and the stores are swapped together, so a reader sees a layer with its store or
 * not at all; publishing and withdrawing are serialized, and the listeners run before either returns.
 */
public final class TerritoryLayers {
  private static final Logger LOG = LoggerFactory.getLogger(TerritoryLayers.class);

  /** The catalog and the store of each of its layers, replaced whole when layers come or go. */
  private record Published(LayerCatalog catalog, Map<String, FeatureStore> stores) {
  }

  private final FeatureDatabase database;
  private final CrsTransforms crs;
  private final Map<String, LayerSummary> summaries = new ConcurrentHashMap<>();
  /** How many committed writes each layer has seen since the server started: clients refresh when it moves. */
  private final Map<String, java.util.concurrent.atomic.AtomicLong> revisions = new ConcurrentHashMap<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private volatile Published published;

  /**
   * @throws StoreException naming every catalog layer the database lacks
   */
  public TerritoryLayers(LayerCatalog catalog, FeatureDatabase database, CrsTransforms crs) {
    this.database = database;
    this.crs = crs;
    Map<String, FeatureStore> stores = new LinkedHashMap<>();
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
    this.published = new Published(catalog, Collections.unmodifiableMap(stores));
    database.changes().addListener(this::measureAgain);
    if (!problems.isEmpty()) {
      throw new StoreException("the " + database.type() + " store does not match territory '" + catalog.territoryId()
          + "' (run ./smartland import): " + String.join("; ", problems));
    }
  }

  /**
   * Adds layers whose tables already exist in the database, all together: each is opened and measured first, and
   * only if every one succeeds does the catalog change. Then the listeners run.
   *
   * @throws IllegalArgumentException if an id is already in the catalog (or given twice), or names an unknown
   *                                  corridor; nothing changes
   * @throws StoreException           if a layer's table is missing or lacks a column; nothing changes
   */
  public synchronized void publish(List<LayerDefinition> layers) {
    Published now = published;
    for (LayerDefinition l : layers) {
      if (now.stores().containsKey(l.id())) {
        throw new IllegalArgumentException("layer '" + l.id() + "' is already published");
      }
    }
    LayerCatalog catalog = now.catalog().withLayers(layers);
    Map<String, FeatureStore> stores = new LinkedHashMap<>(now.stores());
    Map<String, LayerSummary> measured = new LinkedHashMap<>();
    for (LayerDefinition l : layers) {
      FeatureStore store = database.layer(FeatureSchema.of(l));
      stores.put(l.id(), store);
      measured.put(l.id(), LayerSummary.measure(l, store, crs));
    }
    summaries.putAll(measured);
    published = new Published(catalog, Collections.unmodifiableMap(stores));
    LOG.info("published layers {}", measured.keySet());
    listeners.forEach(Runnable::run);
  }

  /**
   * Removes layers from the catalog (ids it does not have are ignored), then runs the listeners. Their tables stay:
   * the caller drops them once withdrawn.
   */
  public synchronized void withdraw(Collection<String> layerIds) {
    Published now = published;
    List<String> known = layerIds.stream().filter(now.stores()::containsKey).distinct().toList();
    Map<String, FeatureStore> stores = new LinkedHashMap<>(now.stores());
    stores.keySet().removeAll(known);
    published = new Published(now.catalog().without(known), Collections.unmodifiableMap(stores));
    known.forEach(summaries::remove);
    if (!known.isEmpty()) {
      LOG.info("withdrew layers {}", known);
    }
    listeners.forEach(Runnable::run);
  }

  /** Runs {@code listener} after every {@link #publish} and {@link #withdraw}, before they return. */
  public void onLayersChanged(Runnable listener) {
    listeners.add(listener);
  }

  /** A layer's data changed: its summary is measured again, unless it is no longer published. */
  private void measureAgain(String layerId) {
    revisions.computeIfAbsent(layerId, k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
    Published now = published;
    FeatureStore store = now.stores().get(layerId);
    if (store == null) {
      return;
    }
    LayerSummary summary = LayerSummary.measure(now.catalog().layer(layerId).orElseThrow(), store, crs);
    synchronized (this) {
      if (published.stores().get(layerId) == store) {
        summaries.put(layerId, summary);
      }
    }
  }

  public LayerCatalog catalog() {
    return published.catalog();
  }

  public CrsTransforms crs() {
    return crs;
  }

  public FeatureDatabase database() {
    return database;
  }

  public Optional<FeatureStore> store(String layerId) {
    return Optional.ofNullable(published.stores().get(layerId));
  }

  /** The number of writes to the layer since the server started (0 for none): it changes with every write. */
  public long revision(String layerId) {
    var r = revisions.get(layerId);
    return r == null ? 0 : r.get();
  }

  /** The layer's current summary; null if the layer is not published. */
  public LayerSummary summary(String layerId) {
    return summaries.get(layerId);
  }
}
