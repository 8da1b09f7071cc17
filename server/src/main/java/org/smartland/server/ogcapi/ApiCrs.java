package org.smartland.server.ogcapi;

import io.javalin.http.BadRequestResponse;
import java.util.ArrayList;
import java.util.List;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.crs.AxisOrder;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.crs.UnknownCrsException;

/**
 * The CRSs of OGC API - Features Part 2: CRS84 (lon/lat) by default, and every CRS the territory offers,
 * named by OGC URI. A URI means the EPSG axis order, so {@code …/EPSG/0/4326} is lat/lon on the wire.
 */
final class ApiCrs {
  static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

  private final LayerCatalog catalog;
  private final CrsTransforms crs;
  private final List<String> uris;

  ApiCrs(LayerCatalog catalog, CrsTransforms crs) {
    this.catalog = catalog;
    this.crs = crs;
    List<String> out = new ArrayList<>();
    out.add(CRS84);
    for (Crs c : catalog.offeredCrs()) {
      String uri = c.withEpsgAxisOrder().uri();
      if (!out.contains(uri)) {
        out.add(uri);
      }
    }
    String storage = storageUri();
    if (!out.contains(storage)) {
      out.add(storage);
    }
    this.uris = List.copyOf(out);
  }

  /** Every CRS URI a collection can be asked in, CRS84 first. */
  List<String> uris() {
    return uris;
  }

  String storageUri() {
    return Crs.epsg(catalog.nativeSrid()).withEpsgAxisOrder().uri();
  }

  /** A CRS the API offers, from a {@code crs}, {@code bbox-crs} or {@code filter-crs} parameter. */
  Crs parse(String uri, String parameter) {
    return parseNamed(uri, "parameter " + parameter);
  }

  /** A CRS the API offers, from a request header such as {@code Content-Crs}. */
  Crs parseHeader(String uri, String header) {
    return parseNamed(uri, "header " + header);
  }

  private Crs parseNamed(String uri, String where) {
    Crs c;
    try {
      c = Crs.parse(uri);
    } catch (UnknownCrsException e) {
      throw new BadRequestResponse(where + ": '" + abbreviate(uri) + "' is not a CRS URI; use one of " + uris);
    }
    if (!uris.contains(c.uri())) {
      throw new BadRequestResponse(where + ": CRS " + abbreviate(uri) + " is not offered; use one of " + uris);
    }
    return c;
  }

  /** Whether coordinates in this CRS are written north first (EPSG:4326 by URI, EPSG:6707). */
  boolean northEast(Crs c) {
    return crs.axisOrder(c) == AxisOrder.NORTH_EAST;
  }

  static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
