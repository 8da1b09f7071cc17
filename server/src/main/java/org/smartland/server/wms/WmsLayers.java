package org.smartland.server.wms;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartland.layers.catalog.Corridor;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.server.ogc.OgcException;

/**
 * The layers WMS serves at one moment, and the named groups whose name draws all their members: one per corridor
 * that has layers, plus {@link WmsCatalog#BASE_GROUP} for the layers outside corridors. Immutable: the catalog
 * replaces it whole when layers come or go, so a request sees one state from start to end.
 */
final class WmsLayers {
  private final Map<String, WmsLayer> layers;
  private final Map<String, List<WmsLayer>> groups;

  private WmsLayers(Map<String, WmsLayer> layers, Map<String, List<WmsLayer>> groups) {
    this.layers = Collections.unmodifiableMap(layers);
    this.groups = Collections.unmodifiableMap(groups);
  }

  /** The layers, in catalog order, grouped by the catalog's corridors. */
  static WmsLayers grouped(LayerCatalog catalog, Map<String, WmsLayer> layers) {
    Map<String, WmsLayer> copy = new LinkedHashMap<>(layers);
    Map<String, List<WmsLayer>> groups = new LinkedHashMap<>();
    for (Corridor c : catalog.corridors()) {
      List<WmsLayer> members = copy.values().stream()
          .filter(l -> l.definition().corridor().filter(c.id()::equals).isPresent()).toList();
      if (!members.isEmpty()) {
        groups.put(c.id(), members);
      }
    }
    List<WmsLayer> base = copy.values().stream().filter(l -> l.definition().corridor().isEmpty()).toList();
    if (!base.isEmpty() && !copy.containsKey(WmsCatalog.BASE_GROUP)) {
      groups.put(WmsCatalog.BASE_GROUP, base);
    }
    return new WmsLayers(copy, groups);
  }

  Collection<WmsLayer> layers() {
    return layers.values();
  }

  Optional<WmsLayer> layer(String name) {
    return Optional.ofNullable(layers.get(name));
  }

  Map<String, List<WmsLayer>> groups() {
    return groups;
  }

  Set<String> names() {
    return layers.keySet();
  }

  /** The layers a name stands for: the layer itself, or a group's members in order. */
  List<WmsLayer> resolve(String name, String parameter) {
    WmsLayer l = layers.get(name);
    if (l != null) {
      return List.of(l);
    }
    List<WmsLayer> g = groups.get(name);
    if (g != null) {
      return g;
    }
    throw OgcException.badRequest(OgcException.LAYER_NOT_DEFINED, parameter, "layer '" + name + "' is not defined");
  }
}
