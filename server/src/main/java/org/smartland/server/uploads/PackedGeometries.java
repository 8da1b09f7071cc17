package org.smartland.server.uploads;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * The geometry factory of the readers: 2D coordinates packed in {@code double} arrays (16 bytes a vertex rather than
 * about 40 for {@link org.locationtech.jts.geom.Coordinate} objects), since a file may hold millions of them.
 */
final class PackedGeometries {
  static final GeometryFactory FACTORY = new GeometryFactory(PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

  private PackedGeometries() {
  }

  /** A sequence of the x, y pairs in {@code xy} (its length is even). */
  static CoordinateSequence sequence(double[] xy) {
    return PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(xy, 2);
  }

  /** The ring {@code xy}, closed when its last position differs from its first. */
  static double[] closed(double[] xy) {
    int n = xy.length;
    if (n >= 4 && (xy[0] != xy[n - 2] || xy[1] != xy[n - 1])) {
      double[] out = java.util.Arrays.copyOf(xy, n + 2);
      out[n] = xy[0];
      out[n + 1] = xy[1];
      return out;
    }
    return xy;
  }
}
