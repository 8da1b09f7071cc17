package org.smartland.server.wms;

import java.util.List;
import org.smartland.layers.store.Feature;

/** The features GetFeatureInfo found in one layer, nearest first, geometries in the map CRS. */
record LayerHits(WmsLayer layer, List<Feature> features) {
  LayerHits {
    features = List.copyOf(features);
  }
}
