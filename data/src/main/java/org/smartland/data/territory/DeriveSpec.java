package org.smartland.data.territory;

import java.util.Map;

/**
 * A derivation applied to a layer: the method's name, the layers it reads by role (for example
 * {@code {buildings: buildings, comuni: comuni}}) and its parameters.
 *
 * @param method the registered derivation name, e.g. {@code population_by_building}
 * @param inputs role → layer id; each layer must come earlier in the file
 * @param params the {@code params} mapping (an empty mapping when not given)
 */
public record DeriveSpec(String method, Map<String, String> inputs, ConfigNode params) {
  public DeriveSpec {
    inputs = Map.copyOf(inputs);
  }
}
