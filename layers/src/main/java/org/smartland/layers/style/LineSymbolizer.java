package org.smartland.layers.style;

import java.util.Objects;

/**
 * Strokes a line (or a polygon's rings).
 *
 * @param stroke              the line style
 * @param perpendicularOffset draws the line this many pixels to the left of its direction (negative: right);
 *                            0 for none
 */
public record LineSymbolizer(Stroke stroke, double perpendicularOffset) implements Symbolizer {
  public LineSymbolizer {
    Objects.requireNonNull(stroke, "stroke");
    if (!Double.isFinite(perpendicularOffset)) {
      throw new IllegalArgumentException("perpendicular offset must be a finite number");
    }
  }

  public static LineSymbolizer of(Stroke stroke) {
    return new LineSymbolizer(stroke, 0);
  }
}
