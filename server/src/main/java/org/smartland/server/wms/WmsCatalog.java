package org.smartland.server.wms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartland.layers.catalog.Corridor;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.style.Style;
import org.smartland.layers.style.StyleCheck;
import org.smartland.layers.style.StyleLibrary;
import org.smartland.server.TerritoryLayers;

/**
 * The WMS view of the territory: each layer with its styles, and the named groups (one per corridor, plus
 * {@code base} for layers outside corridors) whose name draws all their layers. At startup, a style that is
 * missing or reads an attribute the layer lacks stops the startup with its name. A layer published later with
 * such a style is left out of WMS only, with a warning; the groups follow the layers as they come and go.
 */
public final class WmsCatalog {
  public static final String BASE_GROUP = "base";
  private static final Logger LOG = LoggerFactory.getLogger(WmsCatalog.class);

  private final TerritoryLayers territory;
  private final StyleLibrary styles;
  private volatile WmsLayers current;
  /** The layer ids of the last refresh, served or not: a layer left out is reported once. */
  private Set<String> seen;

  /**
   * @throws IllegalArgumentException if a layer's style is missing or does not fit the layer, or a layer id is also
   *                                  a corridor id
   */
  public WmsCatalog(TerritoryLayers territory, StyleLibrary styles) {
    this.territory = territory;
    this.styles = styles;
    LayerCatalog catalog = territory.catalog();
    List<String> problems = new ArrayList<>();
    Map<String, WmsLayer> layers = new LinkedHashMap<>();
    for (LayerDefinition def : catalog.layers()) {
      List<Style> layerStyles = new ArrayList<>();
      List<String> wrong = check(def, layerStyles);
      problems.addAll(wrong);
      if (wrong.isEmpty()) {
        layers.put(def.id(), layer(def, layerStyles));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("WMS styles do not fit territory '" + catalog.territoryId()
          + "': " + String.join("; ", problems));
    }
    for (Corridor c : catalog.corridors()) {
      if (layers.containsKey(c.id())) {
        throw new IllegalArgumentException("corridor id '" + c.id() + "' is also a layer id; WMS names must be unique");
      }
    }
    this.current = WmsLayers.grouped(catalog, layers);
    this.seen = ids(catalog);
    territory.onLayersChanged(this::refresh);
  }

  /** The territory's layers changed: the layers and groups are built again, leaving out layers that do not fit. */
  private synchronized void refresh() {
    LayerCatalog catalog = territory.catalog();
    Map<String, WmsLayer> layers = new LinkedHashMap<>();
    for (LayerDefinition def : catalog.layers()) {
      List<Style> layerStyles = new ArrayList<>();
      List<String> wrong = check(def, layerStyles);
      if (catalog.corridor(def.id()).isPresent()) {
        wrong.add("layer id '" + def.id() + "' is also a corridor id; WMS names must be unique");
      }
      if (wrong.isEmpty()) {
        layers.put(def.id(), layer(def, layerStyles));
      } else if (!seen.contains(def.id())) {
        LOG.warn("layer '{}' is left out of WMS (it stays in WFS and OGC API): {}", def.id(), String.join("; ", wrong));
      }
    }
    current = WmsLayers.grouped(catalog, layers);
    seen = ids(catalog);
  }

  /** The layer's styles into {@code out}; what is wrong with them, if anything. */
  private List<String> check(LayerDefinition def, List<Style> out) {
    List<String> problems = new ArrayList<>();
    for (String name : def.styles()) {
      Optional<Style> style = styles.style(name);
      if (style.isEmpty()) {
        problems.add("layer '" + def.id() + "' names style '" + name + "', which no style file defines");
        continue;
      }
      for (String property : StyleCheck.propertiesUsed(style.get())) {
        if (def.attribute(property).isEmpty()) {
          problems.add("style '" + style.get().name() + "' of layer '" + def.id() + "' reads unknown attribute '"
              + property + "'");
        }
      }
      out.add(style.get());
    }
    return problems;
  }

  private WmsLayer layer(LayerDefinition def, List<Style> layerStyles) {
    return new WmsLayer(def, territory.store(def.id()).orElseThrow(), () -> territory.summary(def.id()), layerStyles);
  }

  private static Set<String> ids(LayerCatalog catalog) {
    return catalog.layers().stream().map(LayerDefinition::id).collect(Collectors.toUnmodifiableSet());
  }

  public TerritoryLayers territory() {
    return territory;
  }

  /** The layers and groups served now, for a request that must see one state throughout. */
  WmsLayers current() {
    return current;
  }

  public Iterable<WmsLayer> layers() {
    return current.layers();
  }

  public Optional<WmsLayer> layer(String name) {
    return current.layer(name);
  }

  public Map<String, List<WmsLayer>> groups() {
    return current.groups();
  }

  public Set<String> layerNames() {
    return current.names();
  }

  /** The layers a name stands for: the layer itself, or a group's members in order. */
  public List<WmsLayer> resolve(String name, String parameter) {
    return current.resolve(name, parameter);
  }
}
