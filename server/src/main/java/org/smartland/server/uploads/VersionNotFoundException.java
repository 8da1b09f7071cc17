package org.smartland.server.uploads;

/** A restore of a version the layer does not have, or whose snapshot cannot be read: 404. */
public final class VersionNotFoundException extends RuntimeException {
  public VersionNotFoundException(String layer, int version) {
    super("layer '" + layer + "' has no version " + version);
  }

  public VersionNotFoundException(String message) {
    super(message);
  }
}
