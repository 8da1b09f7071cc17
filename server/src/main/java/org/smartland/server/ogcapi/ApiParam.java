package org.smartland.server.ogcapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parameter of an API route, as the OpenAPI document describes it.
 *
 * @param name        the parameter name
 * @param in          {@code path}, {@code query} or {@code header}
 * @param description for people
 * @param schema      its JSON Schema
 * @param style       {@code form} for comma lists ({@code explode: false}), or null
 */
public record ApiParam(String name, String in, String description, Map<String, Object> schema, String style) {
  public static ApiParam path(String name, String description) {
    return new ApiParam(name, "path", description, Map.of("type", "string"), null);
  }

  public static ApiParam query(String name, String description, Map<String, Object> schema) {
    return new ApiParam(name, "query", description, schema, null);
  }

  /** A request header the route reads, e.g. {@code If-Match}. */
  public static ApiParam header(String name, String description) {
    return new ApiParam(name, "header", description, Map.of("type", "string"), null);
  }

  static ApiParam list(String name, String description, Map<String, Object> itemSchema) {
    return new ApiParam(name, "query", description, Map.of("type", "array", "items", itemSchema), "form");
  }

  public static Map<String, Object> string() {
    return Map.of("type", "string");
  }

  public static Map<String, Object> enumOf(List<String> values) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "string");
    m.put("enum", values);
    return m;
  }

  static Map<String, Object> integer(int min, int max, int defaultValue) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "integer");
    m.put("minimum", min);
    m.put("maximum", max);
    m.put("default", defaultValue);
    return m;
  }
}
