package org.smartland.layers.tiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * An encoded tile ready to serve: the MVT bytes (empty for an empty tile, served as 204), the same bytes
 * gzipped (for clients accepting {@code Content-Encoding: gzip}; empty when the tile is) and a strong ETag
 * of the MVT bytes: a quoted, URL-safe Base64 SHA-256. The arrays are shared: do not modify them.
 */
public record Tile(byte[] mvt, byte[] gzipped, String etag) {
  public Tile {
    Objects.requireNonNull(mvt, "mvt");
    Objects.requireNonNull(gzipped, "gzipped");
    Objects.requireNonNull(etag, "etag");
  }

  /** The tile of these MVT bytes, gzipped and hashed once. */
  public static Tile of(byte[] mvt) {
    return new Tile(mvt, mvt.length == 0 ? new byte[0] : gzip(mvt), '"' + sha256(mvt) + '"');
  }

  /** Whether no feature is in the tile (HTTP 204). */
  public boolean isEmpty() {
    return mvt.length == 0;
  }

  /**
   * The strong ETag of the gzipped representation: it differs from {@link #etag()}, as a strong validator
   * must for another content coding.
   */
  public String gzippedEtag() {
    return etag.substring(0, etag.length() - 1) + "-gzip\"";
  }

  /** The bytes counted against a cache's size: both arrays and a fixed allowance for the rest. */
  long weight() {
    return mvt.length + gzipped.length + 200L;
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] bytes) {
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
