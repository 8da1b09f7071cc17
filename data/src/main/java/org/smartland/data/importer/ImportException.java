package org.smartland.data.importer;

/** An import that failed for a reason other than a bad source file or configuration (e.g. the store failed). */
public class ImportException extends RuntimeException {
  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }

  public ImportException(String message) {
    super(message);
  }
}
