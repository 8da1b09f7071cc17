package org.smartland.server.wfs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code next} and {@code previous} links of a page: the request's own URL with every parameter kept
 * as sent, STARTINDEX moved by one page and COUNT made explicit.
 */
record PageLinks(Optional<String> next, Optional<String> previous) {
  static final PageLinks NONE = new PageLinks(Optional.empty(), Optional.empty());

  /**
   * @param serviceUrl the URL without query string
   * @param params     the request's parameters as sent (name → values)
   */
  static PageLinks of(String serviceUrl, Map<String, List<String>> params, long startIndex, long pageSize,
                      long returned, long matched) {
    if (pageSize <= 0) {
      return NONE;
    }
    Optional<String> next = startIndex + returned < matched
        ? Optional.of(url(serviceUrl, params, startIndex + pageSize, pageSize)) : Optional.empty();
    Optional<String> previous = startIndex > 0
        ? Optional.of(url(serviceUrl, params, Math.max(0, startIndex - pageSize), pageSize)) : Optional.empty();
    return new PageLinks(next, previous);
  }

  private static String url(String base, Map<String, List<String>> params, long startIndex, long pageSize) {
    StringBuilder sb = new StringBuilder(base);
    char sep = '?';
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      String upper = e.getKey().toUpperCase(Locale.ROOT);
      if (upper.equals("STARTINDEX") || upper.equals("COUNT") || upper.equals("MAXFEATURES")) {
        continue;
      }
      for (String v : e.getValue()) {
        sb.append(sep).append(encode(e.getKey())).append('=').append(encode(v));
        sep = '&';
      }
    }
    sb.append(sep).append("STARTINDEX=").append(startIndex).append("&COUNT=").append(pageSize);
    return sb.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
