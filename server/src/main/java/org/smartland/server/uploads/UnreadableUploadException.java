package org.smartland.server.uploads;

/**
 * The file cannot be read at all (not the format it claims, truncated, a hostile archive, a cap passed): the upload is
 * rejected with this one file-level problem, and nothing is written.
 */
public final class UnreadableUploadException extends RuntimeException {
  public UnreadableUploadException(String message) {
    super(message);
  }

  public UnreadableUploadException(String message, Throwable cause) {
    super(message, cause);
  }
}
