package org.smartland.layers.crs;

/** The order in which a CRS name says coordinates are written on the wire. */
public enum AxisOrder {
  /** x = easting or longitude first. */
  EAST_NORTH,
  /** y = northing or latitude first (EPSG:4326 in WMS 1.3.0, WFS 2.0 URNs, OGC API Part 2). */
  NORTH_EAST
}
