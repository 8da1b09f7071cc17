package org.smartland.layers.store;

/**
 * A feature that does not fit its layer: unknown attribute, value of the wrong type, wrong geometry type,
 * invalid geometry. The whole batch is rolled back; the message names the feature and the problem.
 */
public class InvalidFeatureException extends RuntimeException {
  public InvalidFeatureException(String message) {
    super(message);
  }
}
