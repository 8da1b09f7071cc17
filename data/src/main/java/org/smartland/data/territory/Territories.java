package org.smartland.data.territory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The territories directory: one folder per territory holding its {@code territory.yaml}. Adding a
 * territory is adding a folder; no code. The directory defaults to {@value #DEFAULT_DIRECTORY} (relative to
 * the working directory), or {@code territories} when run from inside the data module.
 */
public final class Territories {
  public static final String DEFAULT_DIRECTORY = "data/territories";
  public static final String FILE_NAME = "territory.yaml";

  private final Path directory;

  private Territories(Path directory) {
    this.directory = directory;
  }

  public static Territories in(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new ConfigException("territories directory " + directory + " does not exist");
    }
    return new Territories(directory);
  }

  /** The default directory: {@code data/territories}, else {@code territories}, under the working directory. */
  public static Territories fromWorkingDirectory() {
    Path preferred = Path.of(DEFAULT_DIRECTORY);
    Path inModule = Path.of("territories");
    return in(Files.isDirectory(preferred) || !Files.isDirectory(inModule) ? preferred : inModule);
  }

  public Path directory() {
    return directory;
  }

  /** The names of the folders that hold a territory file, sorted. */
  public List<String> names() {
    try (Stream<Path> s = Files.list(directory)) {
      return s.filter(p -> Files.isRegularFile(p.resolve(FILE_NAME))).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new ConfigException("cannot list " + directory + ": " + e.getMessage(), e);
    }
  }

  /** Reads a territory; its {@code id} must equal its folder name. */
  public TerritoryConfig load(String name) {
    Path file = directory.resolve(name).resolve(FILE_NAME);
    if (name.isBlank() || name.contains("/") || name.contains("\\") || !Files.isRegularFile(file)) {
      throw new ConfigException("no territory '" + name + "' in " + directory + " (known: " + String.join(", ", names()) + ")");
    }
    TerritoryConfig config = TerritoryReader.read(file);
    if (!config.id().equals(name)) {
      throw new ConfigException(name + "/" + FILE_NAME + ": id '" + config.id() + "' must equal the folder name '" + name + "'");
    }
    return config;
  }
}
