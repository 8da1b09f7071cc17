package org.smartland.data.osm;

/** An OSM element whose geometry cannot be built (missing nodes, an open ring); the element is skipped. */
public class OsmGeometryException extends RuntimeException {
  public OsmGeometryException(String message) {
    super(message);
  }
}
