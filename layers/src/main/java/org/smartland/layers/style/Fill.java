package org.smartland.layers.style;

import java.awt.Color;
import java.util.Objects;

/**
 * A solid fill.
 *
 * @param color   the colour, opaque (its alpha is ignored)
 * @param opacity 0 (invisible) to 1 (opaque)
 */
public record Fill(Color color, double opacity) {
  /** The SLD default fill: 50 % grey, opaque. */
  public static final Fill DEFAULT = new Fill(new Color(0x808080), 1);

  public Fill {
    Objects.requireNonNull(color, "color");
    if (!(opacity >= 0 && opacity <= 1)) {
      throw new IllegalArgumentException("fill opacity " + opacity + " is not between 0 and 1");
    }
  }

  public static Fill of(Color color) {
    return new Fill(color, 1);
  }

  public Fill withOpacity(double newOpacity) {
    return new Fill(color, newOpacity);
  }
}
