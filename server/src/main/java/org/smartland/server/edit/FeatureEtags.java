package org.smartland.server.edit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.locationtech.jts.io.WKBWriter;
import org.smartland.layers.store.Feature;

/**
 * The strong entity tag of a stored feature: a hash of its id, geometry and attribute values, so that any change
 * gives a new tag and an unchanged feature the same one, whichever service reads it.
 */
public final class FeatureEtags {
  private FeatureEtags() {
  }

  /** The quoted tag, e.g. {@code "3f2a…"}. */
  public static String of(Feature f) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(f.id().orElse("").getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      f.geometry().ifPresent(g -> md.update(new WKBWriter(2).write(g)));
      for (Map.Entry<String, Object> e : f.properties().entrySet()) {
        md.update((byte) 0);
        md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        md.update((byte) '=');
        md.update(String.valueOf(e.getValue()).getBytes(StandardCharsets.UTF_8));
      }
      return "\"" + HexFormat.of().formatHex(md.digest(), 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether an {@code If-Match} header value matches the tag: {@code *}, or one of its comma-separated tags (weak
   * tags never match: the comparison is strong).
   */
  public static boolean matches(String ifMatch, String etag) {
    for (String t : ifMatch.split(",")) {
      String s = t.trim();
      if (s.equals("*") || s.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
