package org.smartland.layers.store;

/** An update or delete named a feature id that the layer does not hold; the whole batch is rolled back. */
public class FeatureNotFoundException extends RuntimeException {
  public FeatureNotFoundException(String layer, String id) {
    super("layer '" + layer + "' has no feature '" + id + "'");
  }
}
