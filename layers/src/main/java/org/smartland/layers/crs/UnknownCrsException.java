package org.smartland.layers.crs;

/** A CRS name that is malformed or not known to the EPSG database. */
public class UnknownCrsException extends RuntimeException {
  public UnknownCrsException(String name) {
    super("unknown or unsupported CRS '" + name + "'");
  }
}
