package org.smartland.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link ServerConfig} from, in increasing priority: defaults, a YAML file ({@code --config}),
 * {@code SMARTLAND_*} environment variables, and command-line flags. Keys: {@code port}, {@code territory},
 * {@code territories}, {@code sources}, {@code store}, {@code gpkg}, {@code jdbc}, {@code spark.master} (default
 * {@code local[*]}) and {@code analytics} ({@code auto}: run the analytics at startup when the territory has no
 * results yet; {@code manual}: only when asked), {@code cors.origins} ({@code *}, a comma-separated list of origins, or
 * {@code none}), {@code rate.limit} (requests a minute per key or IP, default 3000), {@code upload.max_mb} (default
 * 100) and {@code session.hours} (viewer sign-in length, default 8); environment variables are the same names upper-cased, dots as
 * underscores, with the {@code SMARTLAND_} prefix (e.g. {@code SMARTLAND_JDBC}, {@code SMARTLAND_SPARK_MASTER}).
 */
public final class ServerConfigReader {
  static final List<String> KEYS = List.of("port", "territory", "territories", "sources", "store", "gpkg", "jdbc",
      "spark.master", "analytics", "cors.origins", "rate.limit", "upload.max_mb", "session.hours");

  private ServerConfigReader() {
  }

  /**
   * @param flags parsed command-line flags (name without dashes → value)
   * @param env   the environment
   * @throws IllegalArgumentException with a message for the user when something is wrong
   */
  public static ServerConfig read(Map<String, String> flags, Map<String, String> env) {
    Map<String, String> values = new HashMap<>(Map.of(
        "port", "8080",
        "territory", "sud-ovest-milano",
        "territories", "data/territories",
        "sources", "../shared/data",
        "store", "gpkg",
        // under spark-submit, --master arrives as the system property spark.master
        "spark.master", System.getProperty("spark.master", "local[*]"),
        "analytics", "auto"));
    String file = flags.getOrDefault("config", env.get("SMARTLAND_CONFIG"));
    if (file != null) {
      values.putAll(fromYaml(Path.of(file)));
    }
    for (String key : KEYS) {
      String v = env.get("SMARTLAND_" + key.toUpperCase().replace('.', '_'));
      if (v != null && !v.isBlank()) {
        values.put(key, v);
      }
    }
    for (Map.Entry<String, String> f : flags.entrySet()) {
      if (!f.getKey().equals("config")) {
        if (!KEYS.contains(f.getKey())) {
          throw new IllegalArgumentException("unknown option --" + f.getKey());
        }
        values.put(f.getKey(), f.getValue());
      }
    }
    int port;
    try {
      port = Integer.parseInt(values.get("port").trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port must be a number, not '" + values.get("port") + "'");
    }
    String territory = values.get("territory");
    Path gpkg = Path.of(values.getOrDefault("gpkg", "var/" + territory + ".gpkg"));
    String analytics = values.get("analytics").trim();
    if (!analytics.equals("auto") && !analytics.equals("manual")) {
      throw new IllegalArgumentException("analytics must be auto or manual, not '" + analytics + "'");
    }
    return new ServerConfig(port, territory, Path.of(values.get("territories")), Path.of(values.get("sources")),
        values.get("store"), gpkg, Optional.ofNullable(values.get("jdbc")), values.get("spark.master").trim(),
        analytics.equals("auto"), security(values));
  }

  private static org.smartland.server.security.SecuritySettings security(Map<String, String> values) {
    var d = org.smartland.server.security.SecuritySettings.defaults();
    String cors = values.getOrDefault("cors.origins", "*").trim();
    List<String> origins = cors.equals("none") ? List.of()
        : java.util.Arrays.stream(cors.split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList();
    for (String o : origins) {
      if (!o.equals("*") && !o.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
        throw new IllegalArgumentException("cors.origins: '" + o + "' is not an origin like https://example.org");
      }
    }
    return new org.smartland.server.security.SecuritySettings(origins,
        positive(values, "rate.limit", d.requestsPerMinute()),
        d.maxBodyBytes(), (long) positive(values, "upload.max_mb", (int) (d.maxUploadBytes() >> 20)) << 20,
        java.time.Duration.ofHours(positive(values, "session.hours", (int) d.sessionLife().toHours())));
  }

  private static int positive(Map<String, String> values, String key, int fallback) {
    String v = values.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new IllegalArgumentException(key + " must be a positive whole number, not '" + v + "'");
  }

  private static Map<String, String> fromYaml(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("configuration file " + file + " does not exist");
    }
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("configuration file " + file + " is not valid YAML: " + e.getMessage());
    }
    Map<String, String> out = new HashMap<>();
    if (root == null) {
      return out;
    }
    root.fields().forEachRemaining(e -> {
      if (!KEYS.contains(e.getKey())) {
        throw new IllegalArgumentException(file + ": unknown key '" + e.getKey() + "' (known: " + KEYS + ")");
      }
      out.put(e.getKey(), e.getValue().asText());
    });
    return out;
  }
}
