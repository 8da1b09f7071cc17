package org.smartland.layers.style;

/** Where a label goes relative to its feature: next to a point, or along a line. */
public sealed interface LabelPlacement {

  /** The SLD default: the label's left-middle at the point (polygons: at the interior point). */
  PointPlacement DEFAULT = new PointPlacement(0, 0.5, 0, 0, 0);

  /**
   * A label placed at a point.
   *
   * @param anchorX       which point of the label box sits on the (displaced) point: 0 = left, 1 = right
   * @param anchorY       0 = bottom, 1 = top
   * @param displacementX offset in pixels, positive to the right
   * @param displacementY offset in pixels, positive upwards
   * @param rotation      degrees, clockwise
   */
  record PointPlacement(double anchorX, double anchorY, double displacementX, double displacementY,
                        double rotation) implements LabelPlacement {
    public PointPlacement {
      if (!(Double.isFinite(anchorX) && Double.isFinite(anchorY) && Double.isFinite(displacementX)
          && Double.isFinite(displacementY) && Double.isFinite(rotation))) {
        throw new IllegalArgumentException("point placement values must be finite numbers");
      }
    }
  }

  /**
   * A label written along a line, following its straightest stretch and kept upright.
   *
   * @param perpendicularOffset distance from the line in pixels, positive to the left of the line's direction
   */
  record LinePlacement(double perpendicularOffset) implements LabelPlacement {
    public LinePlacement {
      if (!Double.isFinite(perpendicularOffset)) {
        throw new IllegalArgumentException("perpendicular offset must be a finite number");
      }
    }
  }
}
