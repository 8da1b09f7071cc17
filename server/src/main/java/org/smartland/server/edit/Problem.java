package org.smartland.server.edit;

/**
 * Something wrong with one feature of a write or an upload.
 *
 * @param feature the feature's position (1-based) in the file or request, 0 for the whole file
 * @param field   the attribute at fault, {@code geometry}, or empty for the feature as a whole
 * @param message what is wrong, in words a contractor can act on
 */
public record Problem(long feature, String field, String message) {
  @Override
  public String toString() {
    return (feature > 0 ? "feature " + feature : "file") + (field.isEmpty() ? "" : " [" + field + "]") + ": " + message;
  }
}
