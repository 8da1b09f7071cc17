package org.smartland.layers.style;

import java.util.Objects;
import java.util.Optional;

/**
 * A mark centred on each point; on polygons at the interior point, on lines at the middle of each line.
 *
 * @param mark     the shape
 * @param size     its height in pixels
 * @param fill     the inside, if any
 * @param stroke   the outline, if any
 * @param rotation degrees, clockwise
 */
public record PointSymbolizer(Mark mark, double size, Optional<Fill> fill, Optional<Stroke> stroke,
                              double rotation) implements Symbolizer {
  /** The SLD default mark size in pixels. */
  public static final double DEFAULT_SIZE = 6;

  public PointSymbolizer {
    Objects.requireNonNull(mark, "mark");
    Objects.requireNonNull(fill, "fill");
    Objects.requireNonNull(stroke, "stroke");
    if (!(size >= 0) || Double.isInfinite(size)) {
      throw new IllegalArgumentException("mark size " + size + " is not a finite, non-negative number");
    }
    if (!Double.isFinite(rotation)) {
      throw new IllegalArgumentException("mark rotation must be a finite number");
    }
  }

  public static PointSymbolizer of(Mark mark, double size, Fill fill, Stroke stroke) {
    return new PointSymbolizer(mark, size, Optional.of(fill), Optional.of(stroke), 0);
  }
}
