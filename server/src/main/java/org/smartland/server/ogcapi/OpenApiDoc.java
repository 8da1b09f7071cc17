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
      Map<String, Object> content = new LinkedHashMap<>();
      for (String mt : r.mediaTypes()) {
        content.put(mt, Map.of());
      }
      if (r.method().equals("post")) {
        op.put("requestBody", Map.of("required", true, "content", Map.of("application/json",
            Map.of("schema", Map.of("type", "object")))));
      }
      Map<String, Object> responses = new LinkedHashMap<>();
      responses.put("200", Map.of("description", r.summary(), "content", content));
      if (r.method().equals("post")) {
        responses.put("201", Map.of("description", "accepted to run in the background (Prefer: respond-async);"
            + " Location names the job", "content", content));
      }
      responses.put("400", error("a parameter is invalid; the description names it"));
      if (r.path().contains("{")) {
        responses.put("404", error("no such resource"));
      }
      responses.put("500", error("a server error; the description carries the request id"));
      op.put("responses", responses);
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
