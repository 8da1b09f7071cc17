package org.smartland.server.wms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartland.layers.catalog.Corridor;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.style.Style;
import org.smartland.layers.style.StyleCheck;
import org.smartland.layers.style.StyleLibrary;
import org.smartland.server.TerritoryLayers;
import org.smartland.server.ogc.OgcException;

/**
 * The WMS view of the territory, resolved once at startup: each layer with its styles, and the named
 * groups (one per corridor, plus {@code base} for layers outside corridors) whose name draws all their
 * layers. A style that is missing or reads an attribute the layer lacks stops the startup with its name.
 */
public final class WmsCatalog {
  public static final String BASE_GROUP = "base";

  private final TerritoryLayers territory;
  private final Map<String, WmsLayer> layers = new LinkedHashMap<>();
  private final Map<String, List<WmsLayer>> groups = new LinkedHashMap<>();

  public WmsCatalog(TerritoryLayers territory, StyleLibrary styles) {
    this.territory = territory;
    List<String> problems = new ArrayList<>();
    for (LayerDefinition def : territory.catalog().layers()) {
      List<Style> layerStyles = new ArrayList<>();
      for (String name : def.styles()) {
        Optional<Style> style = styles.style(name);
        if (style.isEmpty()) {
          problems.add("layer '" + def.id() + "' names style '" + name + "', which no style file defines");
          continue;
        }
        for (String property : StyleCheck.propertiesUsed(style.get())) {
          if (def.attribute(property).isEmpty()) {
            problems.add("style '" + style.get().name() + "' of layer '" + def.id() + "' reads unknown attribute '" + property + "'");
          }
        }
        layerStyles.add(style.get());
      }
      if (layerStyles.size() < def.styles().size()) {
        continue;
      }
      layers.put(def.id(), new WmsLayer(def, territory.store(def.id()).orElseThrow(), () -> territory.summary(def.id()),
          layerStyles));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("WMS styles do not fit territory '" + territory.catalog().territoryId()
          + "': " + String.join("; ", problems));
    }
    for (Corridor c : territory.catalog().corridors()) {
      if (layers.containsKey(c.id())) {
        throw new IllegalArgumentException("corridor id '" + c.id() + "' is also a layer id; WMS names must be unique");
      }
      List<WmsLayer> members = layers.values().stream()
          .filter(l -> l.definition().corridor().filter(c.id()::equals).isPresent()).toList();
      if (!members.isEmpty()) {
        groups.put(c.id(), members);
      }
    }
    List<WmsLayer> base = layers.values().stream().filter(l -> l.definition().corridor().isEmpty()).toList();
    if (!base.isEmpty() && !layers.containsKey(BASE_GROUP)) {
      groups.put(BASE_GROUP, base);
    }
  }

  public TerritoryLayers territory() {
    return territory;
  }

  public Iterable<WmsLayer> layers() {
    return layers.values();
  }

  public Optional<WmsLayer> layer(String name) {
    return Optional.ofNullable(layers.get(name));
  }

  public Map<String, List<WmsLayer>> groups() {
    return groups;
  }

  public Set<String> layerNames() {
    return layers.keySet();
  }

  /** The layers a name stands for: the layer itself, or a group's members in order. */
  public List<WmsLayer> resolve(String name, String parameter) {
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
