package org.smartland.server.uploads;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Receives an upload's file into a temporary file named by the server: the raw body, or the one file part of a
 * {@code multipart/form-data} body ({@link MultipartBody}). Counts its bytes and hashes it on the way; stops with a 413
 * as soon as the limit is passed, and refuses an empty file (400).
 */
final class UploadBody {
  private UploadBody() {
  }

  /**
   * @param body        the request body (not yet read)
   * @param contentType the request's {@code Content-Type}
   * @throws UploadRefusedException 400 for an empty or malformed body, 413 past {@code maxBytes}
   */
  static ReceivedFile receive(InputStream body, String contentType, Path tmpDir, long maxBytes) {
    Path file;
    try {
      Files.createDirectories(tmpDir);
      file = Files.createTempFile(tmpDir, "upload-", ".part");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file in " + tmpDir, e);
    }
    try {
      InputStream in = new CappedInputStream(body, maxBytes);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      ReceivedFile received;
      try (DigestOutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), sha)) {
        if (isMultipart(contentType)) {
          MultipartBody.Parts parts = MultipartBody.read(in, boundary(contentType), out);
          received = new ReceivedFile(file, 0, "", parts.filename(), parts.contentType(), parts.fields());
        } else {
          in.transferTo(out);
          received = new ReceivedFile(file, 0, "", Optional.empty(), Optional.empty(), Map.of());
        }
      }
      long size = Files.size(file);
      if (size == 0) {
        throw new UploadRefusedException(400, "InvalidParameterValue", "the upload is empty: send the file as the"
            + " request body");
      }
      return new ReceivedFile(file, size, HexFormat.of().formatHex(sha.digest()), received.filename(),
          received.contentType(), received.fields());
    } catch (IOException e) {
      delete(file);
      throw new UploadRefusedException(400, "InvalidParameterValue", "the upload could not be received: "
          + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      delete(file);
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  static boolean isMultipart(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  private static String boundary(String contentType) {
    for (String param : contentType.split(";")) {
      String p = param.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
        String b = p.substring(9).strip();
        if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
          b = b.substring(1, b.length() - 1);
        }
        if (!b.isEmpty() && b.length() <= 70) {
          return b;
        }
      }
    }
    throw new UploadRefusedException(400, "InvalidParameterValue", "the multipart/form-data Content-Type has no"
        + " valid boundary");
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }

}
