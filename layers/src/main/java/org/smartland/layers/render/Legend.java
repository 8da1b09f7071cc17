package org.smartland.layers.render;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/** A legend image and its rows, top to bottom. */
public record Legend(BufferedImage image, List<LegendEntry> entries) {
  public Legend {
    Objects.requireNonNull(image, "image");
    entries = List.copyOf(entries);
  }
}
