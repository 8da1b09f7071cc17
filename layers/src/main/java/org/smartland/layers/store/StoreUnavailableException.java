package org.smartland.layers.store;

/** The database cannot be reached right now; the request may succeed later (HTTP 503). */
public class StoreUnavailableException extends StoreException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
