package org.smartland.server.ogcapi;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartland.server.ogc.ServiceUrls;

/** Link objects ({@code href, rel, type, title}) and the URLs they point to. */
final class ApiLinks {
  private ApiLinks() {
  }

  static Map<String, Object> link(String href, String rel, String type, String title) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("href", href);
    m.put("rel", rel);
    m.put("type", type);
    if (title != null) {
      m.put("title", title);
    }
    return m;
  }

  /** {@code http://host/ogc}, whatever the path of this request. */
  static String root(Context ctx) {
    return ServiceUrls.upTo(ctx, "/ogc");
  }

  /** This request's URL with the given query parameters (name → values), in their order. */
  static String withQuery(String base, Map<String, List<String>> params) {
    return ServiceUrls.withQuery(base, params);
  }

  /** The request's parameters with {@code name} set to one value (replacing what was there). */
  static Map<String, List<String>> replace(Map<String, List<String>> params, String name, String value) {
    Map<String, List<String>> out = new LinkedHashMap<>(params);
    out.put(name, List.of(value));
    return out;
  }

  static String encode(String s) {
    return ServiceUrls.encode(s);
  }
}
