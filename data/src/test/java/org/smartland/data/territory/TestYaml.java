package org.smartland.data.territory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;

/** YAML snippets as {@link ConfigNode}s, for tests. */
public final class TestYaml {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private TestYaml() {
  }

  public static ConfigNode node(String yaml) {
    try {
      return ConfigNode.root(YAML.readTree(yaml), "test.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
