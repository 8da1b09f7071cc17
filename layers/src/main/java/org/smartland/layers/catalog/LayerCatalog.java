package org.smartland.layers.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartland.layers.crs.Crs;

/**
 * The layers of one territory, in the order the configuration lists them, with the corridors and the CRSs
 * the territory offers. Immutable; read by {@link LayerCatalogReader}, and copied with layers added or removed
 * when result layers come and go.
 */
public final class LayerCatalog {
  private final String territoryId;
  private final String title;
  private final String description;
  private final int nativeSrid;
  private final List<Crs> offeredCrs;
  private final Map<String, Corridor> corridors = new LinkedHashMap<>();
  private final Map<String, LayerDefinition> layers = new LinkedHashMap<>();

  public LayerCatalog(String territoryId, String title, String description, int nativeSrid, List<Crs> offeredCrs,
                      List<Corridor> corridors, List<LayerDefinition> layers) {
    this.territoryId = territoryId;
    this.title = title;
    this.description = description;
    this.nativeSrid = nativeSrid;
    this.offeredCrs = List.copyOf(offeredCrs);
    for (Corridor c : corridors) {
      if (this.corridors.put(c.id(), c) != null) {
        throw new IllegalArgumentException("corridor '" + c.id() + "' is declared twice");
      }
    }
    for (LayerDefinition l : layers) {
      if (this.layers.put(l.id(), l) != null) {
        throw new IllegalArgumentException("layer '" + l.id() + "' is declared twice");
      }
      l.corridor().filter(c -> !this.corridors.containsKey(c)).ifPresent(c -> {
        throw new IllegalArgumentException("layer '" + l.id() + "' names unknown corridor '" + c + "'");
      });
    }
  }

  /**
   * This catalog with more layers after its own, e.g. the analytics' result layers.
   *
   * @throws IllegalArgumentException if a layer id is already taken
   */
  public LayerCatalog withLayers(List<LayerDefinition> more) {
    List<LayerDefinition> all = new java.util.ArrayList<>(layers.values());
    all.addAll(more);
    return new LayerCatalog(territoryId, title, description, nativeSrid, offeredCrs, List.copyOf(corridors.values()),
        all);
  }

  /** This catalog without the layers of these ids (ids it does not have are ignored), e.g. a scenario's results. */
  public LayerCatalog without(Collection<String> layerIds) {
    List<LayerDefinition> kept = layers.values().stream().filter(l -> !layerIds.contains(l.id())).toList();
    return new LayerCatalog(territoryId, title, description, nativeSrid, offeredCrs, List.copyOf(corridors.values()),
        kept);
  }

  public String territoryId() {
    return territoryId;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public int nativeSrid() {
    return nativeSrid;
  }

  public List<Crs> offeredCrs() {
    return offeredCrs;
  }

  public Collection<Corridor> corridors() {
    return corridors.values();
  }

  public Optional<Corridor> corridor(String id) {
    return Optional.ofNullable(corridors.get(id));
  }

  public Collection<LayerDefinition> layers() {
    return layers.values();
  }

  public Optional<LayerDefinition> layer(String id) {
    return Optional.ofNullable(layers.get(id));
  }
}
