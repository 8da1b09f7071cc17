package org.smartland.data.territory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A position in a parsed YAML tree that knows its file and path, so that every error can say where it is,
 * e.g. {@code territory.yaml: layers[3].source.x: is missing}. Accessors throw {@link ConfigException}.
 *
 * @param value the node
 * @param file  the file name, for messages
 * @param path  the dotted path from the root ({@code ""} for the root)
 */
public record ConfigNode(JsonNode value, String file, String path) {

  public static ConfigNode root(JsonNode value, String file) {
    return new ConfigNode(value, file, "");
  }

  public boolean has(String key) {
    return value.hasNonNull(key);
  }

  /** The child; fails if it is missing. */
  public ConfigNode child(String key) {
    if (!has(key)) {
      throw new ConfigNode(value, file, join(key)).error("is missing");
    }
    return new ConfigNode(value.get(key), file, join(key));
  }

  public Optional<ConfigNode> optional(String key) {
    return has(key) ? Optional.of(child(key)) : Optional.empty();
  }

  /** This node as a non-empty scalar text. */
  public String asText() {
    if (!value.isValueNode() || value.asText().isBlank()) {
      throw error("must be a non-empty text");
    }
    return value.asText();
  }

  public String text(String key) {
    return child(key).asText();
  }

  public Optional<String> optionalText(String key) {
    return optional(key).map(ConfigNode::asText);
  }

  public double number(String key, double otherwise) {
    if (!has(key)) {
      return otherwise;
    }
    ConfigNode c = child(key);
    if (!c.value.isNumber()) {
      throw c.error("must be a number");
    }
    return c.value.asDouble();
  }

  public boolean bool(String key, boolean otherwise) {
    if (!has(key)) {
      return otherwise;
    }
    ConfigNode c = child(key);
    if (!c.value.isBoolean()) {
      throw c.error("must be true or false");
    }
    return c.value.asBoolean();
  }

  /** The elements of a list child; fails if missing or not a list. */
  public List<ConfigNode> list(String key) {
    return child(key).elements();
  }

  public List<ConfigNode> optionalList(String key) {
    return has(key) ? list(key) : List.of();
  }

  /** The elements of this list node. */
  public List<ConfigNode> elements() {
    if (!value.isArray()) {
      throw error("must be a list");
    }
    List<ConfigNode> out = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      out.add(new ConfigNode(value.get(i), file, path + "[" + i + "]"));
    }
    return out;
  }

  /** A child that may be one text or a list of texts, as a list; empty when missing. */
  public List<String> texts(String key) {
    if (!has(key)) {
      return List.of();
    }
    ConfigNode c = child(key);
    return c.value.isArray() ? c.elements().stream().map(ConfigNode::asText).toList() : List.of(c.asText());
  }

  /** The entries of this mapping node, in file order. */
  public Map<String, ConfigNode> entries() {
    if (!value.isObject()) {
      throw error("must be a mapping");
    }
    Map<String, ConfigNode> out = new LinkedHashMap<>();
    for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      out.put(k, new ConfigNode(value.get(k), file, join(k)));
    }
    return out;
  }

  /** An error located at this node. */
  public ConfigException error(String message) {
    return new ConfigException(file + ": " + (path.isEmpty() ? "top level" : path) + ": " + message);
  }

  private String join(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
