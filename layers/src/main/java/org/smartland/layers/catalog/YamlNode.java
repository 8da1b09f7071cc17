package org.smartland.layers.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A position in a parsed YAML configuration that knows its file and path, so that every error can say where
 * it is ({@code territory.yaml: layers[3].attributes[1].type: …}).
 */
record YamlNode(JsonNode value, String file, String path) {
  interface Builder<T> {
    T build();
  }

  <T> T build(Builder<T> b) {
    try {
      return b.build();
    } catch (CatalogException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new CatalogException(file + ": " + (path.isEmpty() ? "top level" : path) + ": " + e.getMessage(), e);
    }
  }

  boolean has(String key) {
    return value.hasNonNull(key);
  }

  YamlNode child(String key) {
    if (!has(key)) {
      throw new CatalogException(file + ": " + join(key) + ": is missing");
    }
    return new YamlNode(value.get(key), file, join(key));
  }

  String text(String key) {
    YamlNode c = child(key);
    if (!c.value.isValueNode() || c.value.asText().isBlank()) {
      throw new CatalogException(file + ": " + c.path + ": must be a non-empty text");
    }
    return c.value.asText();
  }

  Optional<String> optionalText(String key) {
    return has(key) ? Optional.of(text(key)) : Optional.empty();
  }

  Optional<Boolean> optionalBoolean(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    JsonNode v = value.get(key);
    if (!v.isBoolean()) {
      throw new CatalogException(file + ": " + join(key) + ": must be true or false");
    }
    return Optional.of(v.asBoolean());
  }

  List<YamlNode> list(String key) {
    YamlNode c = child(key);
    if (!c.value.isArray()) {
      throw new CatalogException(file + ": " + c.path + ": must be a list");
    }
    List<YamlNode> out = new ArrayList<>();
    for (int i = 0; i < c.value.size(); i++) {
      out.add(new YamlNode(c.value.get(i), file, c.path + "[" + i + "]"));
    }
    return out;
  }

  List<YamlNode> optionalList(String key) {
    return has(key) ? list(key) : List.of();
  }

  private String join(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
