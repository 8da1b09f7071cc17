package org.smartland.layers.render;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/** A rendered map and the labels placed on it (in placement order). */
public record RenderResult(BufferedImage image, List<PlacedLabel> labels) {
  public RenderResult {
    Objects.requireNonNull(image, "image");
    labels = List.copyOf(labels);
  }
}
