package org.smartland.server.wfs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.smartland.server.ogc.ServiceUrls;

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
    Map<String, List<String>> kept = new LinkedHashMap<>();
    params.forEach((name, values) -> {
      String upper = name.toUpperCase(Locale.ROOT);
      if (!upper.equals("STARTINDEX") && !upper.equals("COUNT") && !upper.equals("MAXFEATURES")) {
        kept.put(name, values);
      }
    });
    kept.put("STARTINDEX", List.of(Long.toString(startIndex)));
    kept.put("COUNT", List.of(Long.toString(pageSize)));
    return ServiceUrls.withQuery(base, kept);
  }
}
