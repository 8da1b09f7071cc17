package org.smartland.layers.render;

import java.awt.Color;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * What to draw: a bounding box in the map CRS (x = easting/longitude, whatever the CRS's official axis
 * order; protocols swap while parsing), the image size and the background.
 *
 * @param bbox       the area shown; its edges are the image edges
 * @param srid       the map CRS (EPSG code)
 * @param width      image width in pixels
 * @param height     image height in pixels
 * @param background the background colour; empty for a transparent image
 */
public record MapView(Envelope bbox, int srid, int width, int height, Optional<Color> background) {
  /** The largest width or height accepted, a guard against out-of-memory; protocols set tighter limits. */
  public static final int MAX_SIZE = 16384;

  public MapView {
    Objects.requireNonNull(bbox, "bbox");
    Objects.requireNonNull(background, "background");
    bbox = new Envelope(bbox);
    if (bbox.isNull() || !(bbox.getWidth() > 0) || !(bbox.getHeight() > 0)
        || !Double.isFinite(bbox.getWidth()) || !Double.isFinite(bbox.getHeight())) {
      throw new IllegalArgumentException("the bbox must have a finite, positive width and height: " + bbox);
    }
    if (width < 1 || height < 1 || width > MAX_SIZE || height > MAX_SIZE) {
      throw new IllegalArgumentException("image size " + width + "x" + height + " is not between 1 and " + MAX_SIZE);
    }
  }

  /** A transparent view. */
  public static MapView transparent(Envelope bbox, int srid, int width, int height) {
    return new MapView(bbox, srid, width, height, Optional.empty());
  }

  @Override
  public Envelope bbox() {
    return new Envelope(bbox);
  }
}
