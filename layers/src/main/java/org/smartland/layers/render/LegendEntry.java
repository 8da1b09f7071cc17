package org.smartland.layers.render;

/**
 * One row of a legend: the rule's label and where its swatch is in the legend image (pixels, y downwards).
 */
public record LegendEntry(String label, int swatchX, int swatchY, int swatchWidth, int swatchHeight) {
  /** The centre pixel of the swatch. */
  public int centreX() {
    return swatchX + swatchWidth / 2;
  }

  public int centreY() {
    return swatchY + swatchHeight / 2;
  }
}
