package org.smartland.layers.query;

import org.locationtech.jts.geom.Envelope;

/**
 * A bounding box in a given CRS, easting/longitude first whatever the CRS's official axis order (protocols
 * swap while parsing).
 */
public record BoundingBox(double minX, double minY, double maxX, double maxY, int srid) {
  public BoundingBox {
    if (!(Double.isFinite(minX) && Double.isFinite(minY) && Double.isFinite(maxX) && Double.isFinite(maxY))) {
      throw new InvalidQueryException("bbox coordinates must be finite numbers");
    }
    if (minX > maxX || minY > maxY) {
      throw new InvalidQueryException("bbox minimum must not exceed its maximum");
    }
  }

  public Envelope envelope() {
    return new Envelope(minX, maxX, minY, maxY);
  }
}
