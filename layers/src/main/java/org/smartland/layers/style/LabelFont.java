package org.smartland.layers.style;

import java.util.List;

/**
 * The font of a label.
 *
 * @param families font families in order of preference; the renderer takes the first one installed, else
 *                 the logical font {@code SansSerif}; empty means {@code SansSerif}
 * @param size     size in pixels
 * @param bold     {@code font-weight: bold}
 * @param italic   {@code font-style: italic} or {@code oblique}
 */
public record LabelFont(List<String> families, double size, boolean bold, boolean italic) {
  /** The SLD default: 10 pixel SansSerif, plain. */
  public static final LabelFont DEFAULT = new LabelFont(List.of(), 10, false, false);

  public LabelFont {
    families = List.copyOf(families);
    if (!(size > 0) || Double.isInfinite(size)) {
      throw new IllegalArgumentException("font size " + size + " is not a finite, positive number");
    }
  }
}
