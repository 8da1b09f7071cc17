package org.smartland.layers.query;

/**
 * A query that cannot be run as asked: an unknown property, a value of the wrong type, a bad bbox, a limit
 * out of range. Protocols report it as a client error (400 / InvalidParameterValue).
 */
public class InvalidQueryException extends RuntimeException {
  public InvalidQueryException(String message) {
    super(message);
  }
}
