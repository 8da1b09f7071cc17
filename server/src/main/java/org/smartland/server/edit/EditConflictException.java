package org.smartland.server.edit;

/** A conditional write (If-Match) whose feature changed since the writer read it: 412, nothing written. */
public final class EditConflictException extends RuntimeException {
  public EditConflictException(String message) {
    super(message);
  }
}
