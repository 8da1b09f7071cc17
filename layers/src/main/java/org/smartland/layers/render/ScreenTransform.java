package org.smartland.layers.render;

import org.locationtech.jts.geom.Envelope;

/**
 * Map coordinates (easting/longitude first) to image pixels: the bbox's left edge is x = 0, its top edge
 * y = 0, y growing downwards. Pixel (i, j) covers [i, i+1) × [j, j+1).
 */
final class ScreenTransform {
  private final double minX;
  private final double maxY;
  private final double scaleX;
  private final double scaleY;

  ScreenTransform(Envelope bbox, int width, int height) {
    this.minX = bbox.getMinX();
    this.maxY = bbox.getMaxY();
    this.scaleX = width / bbox.getWidth();
    this.scaleY = height / bbox.getHeight();
  }

  double x(double mapX) {
    return (mapX - minX) * scaleX;
  }

  double y(double mapY) {
    return (maxY - mapY) * scaleY;
  }

  /** The map x of a pixel x. */
  double mapX(double px) {
    return minX + px / scaleX;
  }

  /** The map y of a pixel y. */
  double mapY(double py) {
    return maxY - py / scaleY;
  }

  /** Map units per pixel horizontally. */
  double unitsPerPixelX() {
    return 1 / scaleX;
  }

  /** Map units per pixel vertically. */
  double unitsPerPixelY() {
    return 1 / scaleY;
  }
}
