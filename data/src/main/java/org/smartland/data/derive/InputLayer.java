package org.smartland.data.derive;

import java.util.List;
import org.smartland.data.source.SourceFeature;
import org.smartland.data.territory.ConfigException;
import org.smartland.layers.catalog.LayerDefinition;

/**
 * A layer built earlier in the same import, as a derivation reads it: its definition and its features with
 * exactly the layer's attributes, geometries in the territory CRS.
 */
public record InputLayer(LayerDefinition definition, List<SourceFeature> features) {
  public InputLayer {
    features = List.copyOf(features);
  }

  /** Fails unless the layer declares these attributes. */
  public InputLayer require(String derivation, String... attributes) {
    for (String a : attributes) {
      if (definition.attribute(a).isEmpty()) {
        throw new ConfigException("derivation " + derivation + ": input layer '" + definition.id()
            + "' has no attribute '" + a + "'");
      }
    }
    return this;
  }
}
