package org.smartland.data.derive;

/**
 * A derivation that cannot be carried out with the data it was given: the message names the layer and the
 * problem (e.g. a Comune of the territory missing from the boundaries file).
 */
public class DerivationException extends RuntimeException {
  public DerivationException(String message) {
    super(message);
  }
}
