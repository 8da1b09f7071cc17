package org.smartland.data.derive;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.smartland.data.source.SourceFeature;
import org.smartland.data.territory.ConfigException;
import org.smartland.data.territory.ConfigNode;
import org.smartland.data.territory.TerritoryConfig;
import org.smartland.layers.catalog.LayerDefinition;

/**
 * What a derivation gets: the territory, the layer it builds, the features read from the layer's own
 * source (mapped, valid, in the territory CRS; empty for a layer that reads no file), the earlier layers it
 * names by role, its parameters, and where to report warnings.
 */
public record DerivationContext(TerritoryConfig territory, LayerDefinition layer, List<SourceFeature> own,
                                Map<String, InputLayer> inputs, ConfigNode params, Consumer<String> warnings) {
  public DerivationContext {
    own = List.copyOf(own);
    inputs = Map.copyOf(inputs);
  }

  /** The input layer with this role; fails if the configuration did not give it. */
  public InputLayer input(String role) {
    InputLayer in = inputs.get(role);
    if (in == null) {
      throw new ConfigException("layer '" + layer.id() + "': its derivation needs input '" + role
          + "' (inputs: {" + role + ": <layer id>})");
    }
    return in;
  }

  public void warn(String message) {
    warnings.accept(message);
  }
}
