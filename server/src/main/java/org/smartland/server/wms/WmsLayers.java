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
import org.smartland.server.security.AccessDeniedException;
import org.smartland.server.security.LayerAccess;
import org.smartland.server.security.Principal;

/**
 * The layers WMS serves at one moment, and the named groups whose name draws all their members: one per corridor
 * that has layers, plus {@link WmsCatalog#BASE_GROUP} for the layers outside corridors. Immutable: the catalog
 * replaces it whole when layers come or go, so a request sees one state from start to end.
 */
final class WmsLayers {
  private final Map<String, WmsLayer> layers;
  private final Map<String, List<WmsLayer>> groups;
  /** Layers left out because the request's principal may not read them: naming one is refused, not unknown. */
  private final Set<String> denied;
  private final Principal principal;

  private WmsLayers(Map<String, WmsLayer> layers, Map<String, List<WmsLayer>> groups, Set<String> denied,
                    Principal principal) {
    this.layers = Collections.unmodifiableMap(layers);
    this.groups = Collections.unmodifiableMap(groups);
    this.denied = Set.copyOf(denied);
    this.principal = principal;
  }

  /**
   * The layers {@code who} may read: private layers they may not read are left out of the layers and the groups (a
   * group keeps its readable members); naming one directly answers 401 or 403.
   */
  WmsLayers readableBy(Principal who, LayerAccess access) {
    Set<String> hidden = layers.keySet().stream().filter(id -> !access.canRead(who, id))
        .collect(java.util.stream.Collectors.toSet());
    if (hidden.isEmpty()) {
      return this;
    }
    Map<String, WmsLayer> visible = new LinkedHashMap<>(layers);
    visible.keySet().removeAll(hidden);
    Map<String, List<WmsLayer>> visibleGroups = new LinkedHashMap<>();
    groups.forEach((name, members) -> {
      List<WmsLayer> kept = members.stream().filter(l -> !hidden.contains(l.definition().id())).toList();
      if (!kept.isEmpty()) {
        visibleGroups.put(name, kept);
      }
    });
    return new WmsLayers(visible, visibleGroups, hidden, who);
  }

  private void refuseDenied(String name) {
    if (denied.contains(name)) {
      throw AccessDeniedException.of(principal, "reading layer '" + name + "'");
    }
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
    return new WmsLayers(copy, groups, Set.of(), Principal.anonymous());
  }

  Collection<WmsLayer> layers() {
    return layers.values();
  }

  /** The layer of this name; empty when there is none. @throws AccessDeniedException for a layer left out */
  Optional<WmsLayer> layer(String name) {
    refuseDenied(name);
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
    refuseDenied(name);
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
