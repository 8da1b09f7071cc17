package org.smartland.server.uploads;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that refuses to be read past a limit: the 413 the security filter gives for a declared
 * {@code Content-Length}, enforced while streaming, for bodies sent chunked or with a length that lies.
 */
final class CappedInputStream extends FilterInputStream {
  private final long max;
  private long read;

  CappedInputStream(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) {
    read += n;
    if (read > max) {
      throw new UploadRefusedException(413, "ContentTooLarge", "the upload has more than " + max
          + " bytes; at most " + max + " are accepted");
    }
  }
}
