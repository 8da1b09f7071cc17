package org.smartland.layers.render;

import java.util.Objects;
import org.locationtech.jts.geom.Polygon;

/**
 * A label drawn on the map: its text and the (possibly rotated) box it occupies, halo and a one-pixel
 * margin included, as a polygon in pixel coordinates (x to the right, y downwards) whose corners run
 * top-left, top-right, bottom-right, bottom-left of the text (so the first edge is the reading direction). No
 * two placed labels' boxes overlap, and every box lies inside the image.
 */
public record PlacedLabel(String text, Polygon box) {
  public PlacedLabel {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(box, "box");
  }
}
