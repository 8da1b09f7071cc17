package org.smartland.layers.style;

import org.locationtech.jts.geom.Envelope;
import org.smartland.layers.crs.CrsTransforms;

/**
 * The OGC scale denominator of a map view, as WMS and SLD scale ranges use it.
 *
 * <p>Method: the ground width of the bounding box divided by the image width in metres, with the OGC
 * "standardized rendering pixel" of 0.28 mm. For a geographic CRS the width in degrees is converted at the
 * latitude of the box centre on a sphere of radius 6,378,137 m; a projected CRS is taken to be in metres (as
 * every CRS the territories offer is), without correcting projection scale factors (so EPSG:3857 gives the
 * same figures as other OGC servers). A box of zero width has scale 0.
 */
public final class ScaleDenominator {
  /** The OGC standardized rendering pixel size, in metres. */
  public static final double PIXEL_SIZE_METRES = 0.00028;
  /** The radius used to convert degrees to metres. */
  public static final double EARTH_RADIUS_METRES = 6_378_137;

  private ScaleDenominator() {
  }

  /**
   * The scale denominator of an image {@code widthPx} wide showing {@code bbox} (easting/longitude first) in
   * the CRS {@code srid}.
   *
   * @throws IllegalArgumentException if the width is not positive
   */
  public static double of(Envelope bbox, int srid, int widthPx, CrsTransforms crs) {
    if (widthPx <= 0) {
      throw new IllegalArgumentException("image width must be positive, not " + widthPx);
    }
    double groundWidth = bbox.getWidth();
    if (crs.isGeographic(srid)) {
      double centreLat = Math.toRadians((bbox.getMinY() + bbox.getMaxY()) / 2);
      groundWidth = Math.toRadians(bbox.getWidth()) * EARTH_RADIUS_METRES * Math.cos(centreLat);
    }
    return groundWidth / (widthPx * PIXEL_SIZE_METRES);
  }
}
