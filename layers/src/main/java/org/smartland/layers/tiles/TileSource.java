package org.smartland.layers.tiles;

import java.util.List;
import java.util.Objects;
import org.smartland.layers.store.FeatureStore;

/**
 * One layer of a vector tile set: the tile layer's name, the store its features come from, the zoom levels
 * it appears at (inclusive) and the attributes written for each feature (empty for none).
 *
 * @throws IllegalArgumentException if the zoom range is empty or negative, or an attribute is not in the
 *                                  store's schema
 */
public record TileSource(String layerName, FeatureStore store, int minZoom, int maxZoom, List<String> attributes) {
  public TileSource {
    if (layerName == null || layerName.isEmpty()) {
      throw new IllegalArgumentException("a tile source needs a layer name");
    }
    Objects.requireNonNull(store, "store");
    if (minZoom < 0 || maxZoom < minZoom) {
      throw new IllegalArgumentException("bad zoom range " + minZoom + "-" + maxZoom + " for tile layer " + layerName);
    }
    attributes = List.copyOf(attributes);
    for (String a : attributes) {
      if (store.schema().attribute(a).isEmpty()) {
        throw new IllegalArgumentException("tile layer " + layerName + ": layer " + store.schema().name()
            + " has no attribute '" + a + "'");
      }
    }
  }

  /** Whether the layer appears at zoom {@code z}. */
  public boolean coversZoom(int z) {
    return z >= minZoom && z <= maxZoom;
  }
}
