package org.smartland.server.wms;

/**
 * The bounds every WMS request must respect, advertised in the capabilities and enforced on every request.
 *
 * @param maxWidth        widest image, in pixels
 * @param maxHeight       tallest image, in pixels
 * @param layerLimit      most layers in one GetMap
 * @param maxFeatureCount most features one GetFeatureInfo returns per layer
 */
public record WmsLimits(int maxWidth, int maxHeight, int layerLimit, int maxFeatureCount) {
  public static final WmsLimits DEFAULT = new WmsLimits(4096, 4096, 32, 50);
}
