package org.smartland.server.uploads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The versions of one layer on disk, in its own folder: {@code versions.json} (the list, rewritten whole through a
 * temporary file and an atomic move, so it is never half-written) and one snapshot per version
 * ({@code v<n>.jsonl.gz}, {@link LayerSnapshots}). Callers hold the layer's write lock to add a version.
 */
final class LayerHistory {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path dir;

  LayerHistory(Path dir) {
    this.dir = dir;
  }

  /** The versions, oldest first. */
  List<LayerVersion> versions() {
    Path file = dir.resolve("versions.json");
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      List<LayerVersion> out = new ArrayList<>();
      for (JsonNode n : JSON.readTree(file.toFile()).path("versions")) {
        out.add(LayerVersion.fromJson(n));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  Optional<LayerVersion> version(int n) {
    return versions().stream().filter(v -> v.version() == n).findFirst();
  }

  Optional<LayerVersion> last() {
    List<LayerVersion> all = versions();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The number the next version gets. */
  int next() {
    return last().map(v -> v.version() + 1).orElse(1);
  }

  Path snapshot(int version) {
    return dir.resolve("v" + version + ".jsonl.gz");
  }

  /** Adds a version (its snapshot already written). */
  void append(LayerVersion v) {
    List<Object> all = new ArrayList<>();
    versions().forEach(old -> all.add(old.toJson()));
    all.add(v.toJson());
    Path file = dir.resolve("versions.json");
    Path tmp = dir.resolve("versions.json.tmp");
    try {
      JSON.writeValue(tmp.toFile(), java.util.Map.of("versions", all));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  void ensureExists() {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }
}
