package org.smartland.layers.render;

/** A straight-enough piece of a line in pixels, from (x0, y0) to (x1, y1), along which a label can be written. */
record Stretch(double x0, double y0, double x1, double y1) {
  double length() {
    return Math.hypot(x1 - x0, y1 - y0);
  }
}
