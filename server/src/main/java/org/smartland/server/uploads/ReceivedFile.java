package org.smartland.server.uploads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * An uploaded file received into a temporary file of the server's choosing.
 *
 * @param file        where it is
 * @param size        its bytes
 * @param sha256      its SHA-256, in hex
 * @param filename    the client's name for it (a multipart part's filename), if it gave one: metadata only
 * @param contentType the part's own content type, for multipart bodies
 * @param fields      the text parts of a multipart body, by name
 */
record ReceivedFile(Path file, long size, String sha256, Optional<String> filename, Optional<String> contentType,
                    Map<String, String> fields) implements AutoCloseable {
  ReceivedFile {
    fields = Map.copyOf(fields);
  }

  /** Deletes the temporary file. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
