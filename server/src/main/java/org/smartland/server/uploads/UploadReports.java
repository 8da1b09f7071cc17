package org.smartland.server.uploads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reports of the uploads, accepted or rejected, one JSON file each under {@code <dir>/<layer>/<uploadId>.json}, so
 * that a contractor can read a report again, and list a layer's uploads. Upload ids are server-made UUIDs; an id of
 * any other shape is never looked up, so it cannot name a path.
 */
final class UploadReports {
  static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;

  UploadReports(Path dir) {
    this.dir = dir;
  }

  void save(String layer, String id, Map<String, Object> report) {
    Path folder = dir.resolve(layer);
    Path tmp = folder.resolve(id + ".json.tmp");
    try {
      Files.createDirectories(folder);
      JSON.writeValue(tmp.toFile(), report);
      Files.move(tmp, folder.resolve(id + ".json"), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the upload report " + id, e);
    }
  }

  /** The report of an upload, whichever layer it went to. */
  Optional<JsonNode> find(String id) {
    if (!ID.matcher(id).matches() || !Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (DirectoryStream<Path> layers = Files.newDirectoryStream(dir, Files::isDirectory)) {
      for (Path layer : layers) {
        Path file = layer.resolve(id + ".json");
        if (Files.isRegularFile(file)) {
          return Optional.of(JSON.readTree(file.toFile()));
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the upload report " + id, e);
    }
  }

  /** The reports of a layer's uploads without their problem lists, newest first. */
  List<JsonNode> list(String layer) {
    Path folder = dir.resolve(layer);
    List<JsonNode> out = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return out;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
      for (Path f : files) {
        ObjectNode n = (ObjectNode) JSON.readTree(f.toFile());
        n.remove("problems");
        out.add(n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the upload reports of layer " + layer, e);
    }
    out.sort(Comparator.comparing((JsonNode n) -> n.path("at").asText()).reversed());
    return out;
  }
}
