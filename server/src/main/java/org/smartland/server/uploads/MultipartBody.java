package org.smartland.server.uploads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code multipart/form-data} body (RFC 7578) read as it streams: its one file part (a part with a {@code filename})
 * is copied to the caller's stream, its text parts (such as {@code note}) kept, up to 64 KiB each. The parts' headers
 * are limited to 8 KiB; a second file part, no file part, or a body that ends before its closing boundary is a 400.
 */
final class MultipartBody {
  private static final int MAX_HEADERS = 8 * 1024;
  private static final int MAX_FIELD = 64 * 1024;

  /** The file part's name and type as the client gave them, and the text parts by name. */
  record Parts(Optional<String> filename, Optional<String> contentType, Map<String, String> fields) {
  }

  private final InputStream in;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int len;

  private MultipartBody(InputStream in) {
    this.in = in;
  }

  static Parts read(InputStream in, String boundary, OutputStream file) throws IOException {
    return new MultipartBody(in).parts(("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), file);
  }

  private Parts parts(byte[] delimiter, OutputStream file) throws IOException {
    Delimited search = new Delimited(delimiter);
    pushFront("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    if (!search.copyUntil(this, OutputStream.nullOutputStream())) {
      throw malformed("the multipart body has no boundary '" + new String(delimiter, 4, delimiter.length - 4,
          StandardCharsets.ISO_8859_1) + "'");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Optional<String> filename = Optional.empty();
    Optional<String> type = Optional.empty();
    boolean gotFile = false;
    while (true) {
      int a = next();
      int b = next();
      if (a == '-' && b == '-') {
        break;
      }
      while (!(a == '\r' && b == '\n')) {
        if (b < 0) {
          throw malformed("the multipart body ends inside a boundary line");
        }
        a = b;
        b = next();
      }
      Map<String, String> headers = headers();
      String disposition = headers.getOrDefault("content-disposition", "");
      Optional<String> name = param(disposition, "name");
      Optional<String> partFile = param(disposition, "filename");
      boolean ended;
      if (partFile.isPresent()) {
        if (gotFile) {
          throw malformed("the multipart body has more than one file part; send one file per upload");
        }
        gotFile = true;
        filename = partFile.filter(f -> !f.isBlank());
        type = Optional.ofNullable(headers.get("content-type"));
        ended = search.copyUntil(this, file);
      } else {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ended = search.copyUntil(this, new OutputStream() {
          @Override
          public void write(int c) {
            if (text.size() >= MAX_FIELD) {
              throw new UploadRefusedException(400, "InvalidParameterValue", "the multipart field '"
                  + ZipEntries.printable(name.orElse("")) + "' is longer than " + MAX_FIELD + " bytes");
            }
            text.write(c);
          }
        });
        name.ifPresent(n -> fields.put(n, text.toString(StandardCharsets.UTF_8)));
      }
      if (!ended) {
        throw malformed("the multipart body ends before its closing boundary");
      }
    }
    if (!gotFile) {
      throw malformed("the multipart body has no file part (a part with a filename)");
    }
    return new Parts(filename, type, fields);
  }

  private Map<String, String> headers() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    StringBuilder line = new StringBuilder();
    int total = 0;
    while (true) {
      int c = next();
      if (c < 0) {
        throw malformed("the multipart body ends inside a part's headers");
      }
      if (++total > MAX_HEADERS) {
        throw malformed("a multipart part has more than " + MAX_HEADERS + " bytes of headers");
      }
      if (c == '\n') {
        String l = line.toString().strip();
        line.setLength(0);
        if (l.isEmpty()) {
          return out;
        }
        int colon = l.indexOf(':');
        if (colon > 0) {
          out.put(l.substring(0, colon).strip().toLowerCase(Locale.ROOT), l.substring(colon + 1).strip());
        }
      } else {
        line.append((char) c);
      }
    }
  }

  /** A parameter of a Content-Disposition header, quoted or not. */
  static Optional<String> param(String header, String name) {
    for (String part : header.split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
      String p = part.strip();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase(name)) {
        String v = p.substring(eq + 1).strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1).replace("\\\"", "\"");
        }
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  int next() throws IOException {
    if (pos == len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    return buf[pos++] & 0xff;
  }

  private void pushFront(byte[] bytes) {
    System.arraycopy(bytes, 0, buf, 0, bytes.length);
    len = bytes.length;
    pos = 0;
  }

  private static UploadRefusedException malformed(String message) {
    return new UploadRefusedException(400, "InvalidParameterValue", message);
  }

  /** Copies bytes until a delimiter (Knuth-Morris-Pratt, so a partial match is never lost). */
  private static final class Delimited {
    private final byte[] d;
    private final int[] fail;

    Delimited(byte[] d) {
      this.d = d;
      this.fail = new int[d.length];
      for (int i = 1, k = 0; i < d.length; i++) {
        while (k > 0 && d[i] != d[k]) {
          k = fail[k - 1];
        }
        if (d[i] == d[k]) {
          k++;
        }
        fail[i] = k;
      }
    }

    /** Copies to {@code out} everything before the next delimiter, which is consumed; false at the end of the body. */
    boolean copyUntil(MultipartBody body, OutputStream out) throws IOException {
      int j = 0;
      while (true) {
        int c = body.next();
        if (c < 0) {
          out.write(d, 0, j);
          return false;
        }
        while (j > 0 && (d[j] & 0xff) != c) {
          int k = fail[j - 1];
          out.write(d, 0, j - k);
          j = k;
        }
        if ((d[j] & 0xff) == c) {
          if (++j == d.length) {
            return true;
          }
        } else {
          out.write(c);
        }
      }
    }
  }
}
