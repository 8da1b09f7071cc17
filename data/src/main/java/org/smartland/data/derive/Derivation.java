package org.smartland.data.derive;

import java.util.List;
import java.util.Set;
import org.smartland.data.source.SourceFeature;

/**
 * A method that builds a layer from its own source and/or earlier layers. Each is named in the territory
 * file ({@code derive: <name>}) and states its method in the layer's provenance.
 */
public interface Derivation {

  /** The name the configuration uses. */
  String name();

  /** Whether the layer must also read a file (whose features arrive as {@link DerivationContext#own()}). */
  boolean readsOwnSource();

  /** The input roles it needs. */
  Set<String> roles();

  /** The attributes it fills; the layer's other attributes must come from its fields. */
  Set<String> writes();

  /**
   * The layer's features, geometries in the territory CRS.
   *
   * @throws DerivationException if the data does not allow the derivation
   */
  List<SourceFeature> derive(DerivationContext context);
}
