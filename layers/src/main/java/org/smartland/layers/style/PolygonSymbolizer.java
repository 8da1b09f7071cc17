package org.smartland.layers.style;

import java.util.Objects;
import java.util.Optional;

/**
 * Fills an area, then strokes its outline. Either part may be absent (no fill: outline only). On lines only
 * the stroke applies; points are not drawn.
 */
public record PolygonSymbolizer(Optional<Fill> fill, Optional<Stroke> stroke) implements Symbolizer {
  public PolygonSymbolizer {
    Objects.requireNonNull(fill, "fill");
    Objects.requireNonNull(stroke, "stroke");
  }

  public static PolygonSymbolizer of(Fill fill, Stroke stroke) {
    return new PolygonSymbolizer(Optional.of(fill), Optional.of(stroke));
  }
}
