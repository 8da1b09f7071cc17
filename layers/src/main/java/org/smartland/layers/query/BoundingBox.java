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

  /**
   * A box from its lower and upper corners as written on the wire: {@code northEast} when the CRS name puts
   * northing/latitude first (EPSG:4326 by URN or URI), which is swapped here so the box is easting first.
   *
   * @throws InvalidQueryException if a number is not finite or the lower corner exceeds the upper one
   */
  public static BoundingBox ofCorners(double lower0, double lower1, double upper0, double upper1, boolean northEast,
                                      int srid) {
    return northEast ? new BoundingBox(lower1, lower0, upper1, upper0, srid)
        : new BoundingBox(lower0, lower1, upper0, upper1, srid);
  }

  public Envelope envelope() {
    return new Envelope(minX, maxX, minY, maxY);
  }
}
