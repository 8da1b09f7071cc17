package org.smartland.server.ogcapi;

import io.javalin.http.Context;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;

/**
 * The CRS of the geometries in a request body: CRS84 (lon/lat, as GeoJSON has it) unless a {@code Content-Crs}
 * header (OGC API - Features Part 2 and Part 4, e.g. {@code <http://www.opengis.net/def/crs/EPSG/0/32632>}) names
 * another CRS the API offers. Geometries are brought to the native CRS: axes swapped first where the CRS is
 * north-first ({@code …/EPSG/0/4326} is lat/lon), then reprojected.
 */
final class ContentCrs {
  static final String HEADER = "Content-Crs";

  private ContentCrs() {
  }

  /** The CRS of this request's body; a 400 when the header names none the API offers. */
  static Crs of(Context ctx, ApiCrs crs) {
    String header = ctx.header(HEADER);
    if (header == null || header.isBlank()) {
      return Crs.CRS84_LONLAT;
    }
    String uri = header.trim();
    if (uri.startsWith("<") && uri.endsWith(">")) {
      uri = uri.substring(1, uri.length() - 1).trim();
    }
    return crs.parseHeader(uri, HEADER);
  }

  /**
   * From {@code from} to {@code nativeSrid}; an {@link IllegalArgumentException} says why a geometry cannot be
   * reprojected.
   */
  static UnaryOperator<Geometry> toNative(Crs from, ApiCrs crs, CrsTransforms transforms, int nativeSrid) {
    boolean swap = crs.northEast(from);
    return g -> {
      Geometry xy = g;
      if (swap) {
        xy = g.copy();
        xy.apply((CoordinateFilter) ContentCrs::swap);
        xy.geometryChanged();
      }
      return transforms.transform(xy, from.srid(), nativeSrid);
    };
  }

  private static void swap(Coordinate c) {
    double x = c.x;
    c.x = c.y;
    c.y = x;
  }
}
