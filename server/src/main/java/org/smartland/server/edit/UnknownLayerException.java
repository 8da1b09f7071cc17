package org.smartland.server.edit;

/** A write to a layer the territory does not serve: 404. */
public final class UnknownLayerException extends RuntimeException {
  public UnknownLayerException(String layer) {
    super("no layer '" + layer + "'");
  }
}
