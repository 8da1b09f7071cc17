package org.smartland.layers.store;

/** The store failed: unreachable, a broken file, an I/O error. Reported as a server-side error (503/500). */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
