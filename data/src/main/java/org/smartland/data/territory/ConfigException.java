package org.smartland.data.territory;

/**
 * A territory configuration that cannot be used: the message names the file and the entry, e.g.
 * {@code territory.yaml: layers[4].source.fields.name: is missing}.
 */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
