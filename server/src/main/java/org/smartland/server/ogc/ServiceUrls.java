package org.smartland.server.ogc;

import io.javalin.http.Context;

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
}
