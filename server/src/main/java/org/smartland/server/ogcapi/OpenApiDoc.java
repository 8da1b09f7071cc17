package org.smartland.server.ogcapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.0 document of the API, generated from the route declarations ({@link ApiRoute}) that also
 * register the handlers: what it lists is what answers.
 */
final class OpenApiDoc {
  static final String MEDIA_TYPE = "application/vnd.oai.openapi+json;version=3.0";

  private OpenApiDoc() {
  }

  static Map<String, Object> of(List<ApiRoute> routes, String root, String title, String description) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.3");
    doc.put("info", Map.of("title", title, "version", "1.0.0", "description", description,
        "license", Map.of("name", "Apache-2.0", "url", "https://www.apache.org/licenses/LICENSE-2.0")));
    doc.put("servers", List.of(Map.of("url", root)));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (ApiRoute r : routes) {
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("operationId", r.operationId());
      op.put("summary", r.summary());
      op.put("tags", List.of(r.tag()));
      List<Map<String, Object>> params = new ArrayList<>();
      for (ApiParam p : r.params()) {
        Map<String, Object> pm = new LinkedHashMap<>();
        pm.put("name", p.name());
        pm.put("in", p.in());
        pm.put("required", p.in().equals("path"));
        pm.put("description", p.description());
        pm.put("schema", p.schema());
        if (p.style() != null) {
          pm.put("style", p.style());
          pm.put("explode", false);
        }
        params.add(pm);
      }
      op.put("parameters", params);
      if (!r.bodyTypes().isEmpty()) {
        Map<String, Object> body = new LinkedHashMap<>();
        r.bodyTypes().forEach(t -> body.put(t, Map.of("schema", Map.of("type", "object"))));
        op.put("requestBody", Map.of("required", true, "content", body));
      }
      op.put("responses", responses(r));
      @SuppressWarnings("unchecked")
      Map<String, Object> methods = (Map<String, Object>) paths.computeIfAbsent(r.path().substring("/ogc".length())
          .isEmpty() ? "/" : r.path().substring("/ogc".length()), k -> new LinkedHashMap<String, Object>());
      methods.put(r.method(), op);
    }
    doc.put("paths", paths);
    doc.put("components", Map.of("schemas", Map.of("exception", Map.of("type", "object", "required",
        List.of("code"), "properties", Map.of("code", Map.of("type", "string"),
            "description", Map.of("type", "string"))))));
    return doc;
  }

  /** The route's own answers, then the errors every route may give, in status order. */
  private static Map<String, Object> responses(ApiRoute r) {
    java.util.TreeMap<String, Object> out = new java.util.TreeMap<>();
    out.put("400", error("a parameter or the request body is invalid; the description names it"));
    if (r.path().contains("{")) {
      out.put("404", error("no such resource"));
    }
    if (r.path().contains("{collectionId}")) {
      out.put("401", error("the collection is private: sign in (WWW-Authenticate says how)"));
      out.put("403", error("the collection is private and not readable by the signed-in user"));
    }
    out.put("500", error("a server error; the description carries the request id"));
    r.responses().forEach((status, a) -> out.put(status, response(a, status)));
    return new LinkedHashMap<>(out);
  }

  private static Map<String, Object> response(ApiResponse a, String status) {
    if (status.startsWith("4") || status.startsWith("5")) {
      return error(a.description());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("description", a.description());
    if (!a.headers().isEmpty()) {
      Map<String, Object> headers = new LinkedHashMap<>();
      a.headers().forEach(h -> headers.put(h, Map.of("description", HEADERS.getOrDefault(h, h),
          "schema", Map.of("type", "string"))));
      m.put("headers", headers);
    }
    if (!a.mediaTypes().isEmpty()) {
      Map<String, Object> content = new LinkedHashMap<>();
      a.mediaTypes().forEach(t -> content.put(t, Map.of()));
      m.put("content", content);
    }
    return m;
  }

  private static final Map<String, String> HEADERS = Map.of(
      "Location", "the URI of the new resource",
      "ETag", "the entity tag of the feature's stored state; send it back in If-Match to write only if nobody"
          + " changed the feature meanwhile",
      "Allow", "the methods the asker may use on this resource now",
      "Accept-Post", "the media types a POST body may have",
      "Accept-Patch", "the media types a PATCH body may have",
      "Content-Crs", "the CRS of the coordinates in the answer");

  private static Map<String, Object> error(String description) {
    return Map.of("description", description, "content",
        Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/exception"))));
  }

  /** A readable page of the routes and their parameters (the service-doc). */
  static String html(List<ApiRoute> routes, String root) {
    StringBuilder sb = new StringBuilder("<p>Routes answer JSON by default, HTML with <code>f=html</code> where shown. "
        + "Errors are JSON <code>{code, description}</code> with the HTTP status. The machine-readable description is "
        + Html.link(root + "/api", "the OpenAPI 3.0 document") + ".</p>");
    for (ApiRoute r : routes) {
      sb.append("<h2><code>").append(r.method().toUpperCase(java.util.Locale.ROOT)).append(' ').append(Html.escape(r.path())).append("</code></h2><p>").append(Html.escape(r.summary()))
          .append(" (").append(Html.escape(String.join(", ", r.mediaTypes()))).append(")</p>");
      if (!r.params().isEmpty()) {
        sb.append("<table><tr><th>parameter</th><th>in</th><th>description</th></tr>");
        for (ApiParam p : r.params()) {
          sb.append("<tr><td><code>").append(Html.escape(p.name())).append("</code></td><td>").append(p.in())
              .append("</td><td>").append(Html.escape(p.description())).append("</td></tr>");
        }
        sb.append("</table>");
      }
    }
    return sb.toString();
  }
}
