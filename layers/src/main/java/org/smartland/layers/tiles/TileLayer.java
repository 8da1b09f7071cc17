package org.smartland.layers.tiles;

import java.util.List;

/** One named layer of a vector tile and its features, in the order they are written. */
public record TileLayer(String name, List<TileFeature> features) {
  public TileLayer {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a tile layer needs a name");
    }
    features = List.copyOf(features);
  }
}
