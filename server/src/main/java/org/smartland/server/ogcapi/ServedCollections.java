package org.smartland.server.ogcapi;

import io.javalin.http.NotFoundResponse;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.server.TerritoryLayers;

/**
 * The collections served now: one per layer of the territory, in catalog order. {@link #refresh} builds them again
 * when layers are published or withdrawn; the map is replaced whole, so a request iterating it sees one state.
 */
final class ServedCollections {
  private final TerritoryLayers territory;
  private volatile Map<String, Collection> byId;

  ServedCollections(TerritoryLayers territory) {
    this.territory = territory;
    this.byId = collectionsOf(territory);
  }

  /** Follows the territory's layers; returns the ids of the collections that came, went or changed store. */
  synchronized Set<String> refresh() {
    Map<String, Collection> before = byId;
    Map<String, Collection> after = collectionsOf(territory);
    byId = after;
    Set<String> changed = new HashSet<>(before.keySet());
    changed.addAll(after.keySet());
    changed.removeIf(id -> sameLayer(before.get(id), after.get(id)));
    return changed;
  }

  Map<String, Collection> all() {
    return byId;
  }

  /** The collection of that id; a 404 if there is none. */
  Collection get(String id) {
    Collection c = byId.get(id);
    if (c == null) {
      throw new NotFoundResponse("there is no collection '" + ApiCrs.abbreviate(id) + "'; see /ogc/collections");
    }
    return c;
  }

  private static Map<String, Collection> collectionsOf(TerritoryLayers territory) {
    Map<String, Collection> out = new LinkedHashMap<>();
    for (LayerDefinition d : territory.catalog().layers()) {
      out.put(d.id(), new Collection(d, territory.store(d.id()).orElseThrow(), () -> territory.summary(d.id())));
    }
    return Collections.unmodifiableMap(out);
  }

  private static boolean sameLayer(Collection a, Collection b) {
    return a != null && b != null && a.store() == b.store();
  }
}
