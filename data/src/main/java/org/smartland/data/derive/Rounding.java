package org.smartland.data.derive;

/** Rounding of derived measures to a fixed number of decimals, half up. */
final class Rounding {
  private Rounding() {
  }

  static double to(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
