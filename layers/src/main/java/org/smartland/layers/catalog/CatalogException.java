package org.smartland.layers.catalog;

/** A territory configuration that cannot be read: the message names the file and the place in it. */
public class CatalogException extends RuntimeException {
  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }

  public CatalogException(String message) {
    super(message);
  }
}
