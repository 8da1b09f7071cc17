package org.smartland.server.uploads;

/**
 * A request refused before its file is read: no layer named (400), an empty body (400), a body over the limit (413),
 * a content type that is not an upload format (415), the server busy with other uploads (503).
 */
public final class UploadRefusedException extends RuntimeException {
  private final int status;
  private final String code;

  public UploadRefusedException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
