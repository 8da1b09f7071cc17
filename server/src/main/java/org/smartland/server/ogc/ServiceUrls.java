package org.smartland.server.ogc;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The URL clients should use for a service, as advertised in capabilities and paging links. */
public final class ServiceUrls {
  private ServiceUrls() {
  }

  /**
   * This request's URL without its query string, honouring well-formed {@code X-Forwarded-Proto/Host} from a
   * reverse proxy (advertising {@code http://host/ows}, never with a trailing {@code ?} or {@code &}).
   */
  public static String of(Context ctx) {
    String forwardedProto = ctx.header("X-Forwarded-Proto");
    String forwardedHost = ctx.header("X-Forwarded-Host");
    String scheme = forwardedProto != null && forwardedProto.matches("https?") ? forwardedProto : ctx.scheme();
    String host = forwardedHost != null && forwardedHost.matches("[A-Za-z0-9.:\\[\\]-]+") ? forwardedHost : ctx.host();
    return scheme + "://" + (host == null ? "localhost" : host) + ctx.contextPath() + ctx.path();
  }

  /** {@code http://host/ogc} (the part of this request's URL up to the given root path), whatever the path. */
  public static String upTo(Context ctx, String rootPath) {
    String url = of(ctx);
    int i = url.indexOf(rootPath);
    return i < 0 ? url : url.substring(0, i + rootPath.length());
  }

  /** {@code base} with the parameters (name → values) as a query string, in their order, every part encoded. */
  public static String withQuery(String base, Map<String, List<String>> params) {
    StringBuilder sb = new StringBuilder(base);
    char sep = '?';
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      for (String v : e.getValue()) {
        sb.append(sep).append(encode(e.getKey())).append('=').append(encode(v));
        sep = '&';
      }
    }
    return sb.toString();
  }

  /** A query-string part, spaces as {@code %20}. */
  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
