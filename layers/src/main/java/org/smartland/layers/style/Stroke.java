package org.smartland.layers.style;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * A solid or dashed line, sizes in pixels.
 *
 * @param color      the colour, opaque (its alpha is ignored)
 * @param opacity    0 (invisible) to 1 (opaque)
 * @param width      line width in pixels, not negative
 * @param dashArray  alternating dash and gap lengths in pixels; empty for a solid line
 * @param dashOffset how far into the dash pattern the line starts, in pixels
 * @param cap        line ends
 * @param join       line corners
 */
public record Stroke(Color color, double opacity, double width, List<Double> dashArray, double dashOffset,
                     LineCap cap, LineJoin join) {
  /** The SLD default stroke: black, opaque, 1 pixel, solid, butt ends, mitred corners. */
  public static final Stroke DEFAULT = new Stroke(Color.BLACK, 1, 1, List.of(), 0, LineCap.BUTT, LineJoin.MITRE);

  public Stroke {
    Objects.requireNonNull(color, "color");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(join, "join");
    dashArray = List.copyOf(dashArray);
    if (!(opacity >= 0 && opacity <= 1)) {
      throw new IllegalArgumentException("stroke opacity " + opacity + " is not between 0 and 1");
    }
    if (!(width >= 0) || Double.isInfinite(width)) {
      throw new IllegalArgumentException("stroke width " + width + " is not a finite, non-negative number");
    }
    if (dashArray.stream().anyMatch(d -> !(d >= 0) || d.isInfinite())) {
      throw new IllegalArgumentException("stroke dash lengths must be finite, non-negative numbers: " + dashArray);
    }
    if (!dashArray.isEmpty() && dashArray.stream().mapToDouble(Double::doubleValue).sum() == 0) {
      throw new IllegalArgumentException("stroke dash array " + dashArray + " has no length");
    }
    if (!Double.isFinite(dashOffset)) {
      throw new IllegalArgumentException("stroke dash offset must be a finite number");
    }
  }

  /** A solid, opaque line of this colour and width. */
  public static Stroke of(Color color, double width) {
    return new Stroke(color, 1, width, List.of(), 0, LineCap.BUTT, LineJoin.MITRE);
  }

  public Stroke withOpacity(double newOpacity) {
    return new Stroke(color, newOpacity, width, dashArray, dashOffset, cap, join);
  }

  public Stroke withDashArray(List<Double> dashes) {
    return new Stroke(color, opacity, width, dashes, dashOffset, cap, join);
  }
}
