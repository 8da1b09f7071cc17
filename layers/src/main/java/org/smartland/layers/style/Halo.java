package org.smartland.layers.style;

import java.util.Objects;

/**
 * A band of colour around label glyphs that keeps them readable over busy maps.
 *
 * @param radius how far the halo reaches beyond the glyph outlines, in pixels
 * @param fill   its colour and opacity
 */
public record Halo(double radius, Fill fill) {
  public Halo {
    Objects.requireNonNull(fill, "fill");
    if (!(radius >= 0) || Double.isInfinite(radius)) {
      throw new IllegalArgumentException("halo radius " + radius + " is not a finite, non-negative number");
    }
  }
}
