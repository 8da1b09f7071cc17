package org.smartland.server.ogcapi;

/**
 * {@code If-None-Match} against a feature's entity tag, by the weak comparison RFC 9110 prescribes for it: a
 * {@code W/} prefix is ignored, {@code *} matches any existing feature.
 */
final class ItemEtag {
  private ItemEtag() {
  }

  /** Whether the client's copy is current (answer 304); false when there is no header. */
  static boolean noneMatch(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String t : ifNoneMatch.split(",")) {
      String s = t.trim();
      if (s.startsWith("W/")) {
        s = s.substring(2);
      }
      if (s.equals("*") || s.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
