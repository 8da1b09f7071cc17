package org.smartland.analytics.processes;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The JSON Schemas of process inputs and outputs. */
final class Schemas {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Schemas() {
  }

  static ObjectNode enumOf(List<String> values, String defaultValue) {
    ObjectNode s = JSON.objectNode().put("type", "string");
    values.forEach(s.putArray("enum")::add);
    if (defaultValue != null) {
      s.put("default", defaultValue);
    }
    return s;
  }

  static ObjectNode number(double minimum, double maximum) {
    return JSON.objectNode().put("type", "number").put("minimum", minimum).put("maximum", maximum);
  }

  static ObjectNode bool(boolean defaultValue) {
    return JSON.objectNode().put("type", "boolean").put("default", defaultValue);
  }

  static ObjectNode stringArray(int maxItems) {
    ObjectNode s = JSON.objectNode().put("type", "array").put("maxItems", maxItems);
    s.putObject("items").put("type", "string");
    return s;
  }

  static ObjectNode string() {
    return JSON.objectNode().put("type", "string");
  }

  /** A GeoJSON geometry of the given types (in CRS84 longitude/latitude), by the OGC's format key. */
  static ObjectNode geometry(List<String> types) {
    ObjectNode s = JSON.objectNode().put("type", "object").put("format", "geojson-geometry");
    s.putArray("required").add("type").add("coordinates");
    ObjectNode props = s.putObject("properties");
    ObjectNode type = props.putObject("type").put("type", "string");
    types.forEach(type.putArray("enum")::add);
    props.putObject("coordinates").put("type", "array");
    return s;
  }

  static ObjectNode object() {
    return JSON.objectNode().put("type", "object");
  }

  static ObjectNode array() {
    return JSON.objectNode().put("type", "array");
  }
}
