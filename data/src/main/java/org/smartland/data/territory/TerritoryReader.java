package org.smartland.data.territory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartland.layers.catalog.CatalogException;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerCatalogReader;

/**
 * Reads a territory file: the catalog part through {@link LayerCatalogReader}, then the parts the import
 * pipeline needs — {@code comuni}, the {@code import} settings ({@code boundary}, {@code clip_buffer_m}) and
 * each layer's {@code source}. Checks what can be checked without the data: every layer has a source,
 * derivation inputs name earlier layers, nothing before the boundary layer asks to be clipped. Every error
 * names the file and the entry.
 */
public final class TerritoryReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final double DEFAULT_BUFFER_M = 500;

  private TerritoryReader() {
  }

  public static TerritoryConfig read(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    String where = (parent == null || parent.getFileName() == null ? "" : parent.getFileName() + "/") + file.getFileName();
    JsonNode tree;
    try {
      tree = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new ConfigException(where + ": cannot be read as YAML: " + e.getMessage(), e);
    }
    if (tree == null || !tree.isObject()) {
      throw new ConfigException(where + ": is empty or not a YAML mapping");
    }
    return fromTree(tree, file, where);
  }

  static TerritoryConfig fromTree(JsonNode tree, Path file, String where) {
    LayerCatalog catalog;
    try {
      catalog = LayerCatalogReader.fromTree(tree, where);
    } catch (CatalogException e) {
      throw new ConfigException(e.getMessage(), e);
    }
    ConfigNode root = ConfigNode.root(tree, where);
    List<ComuneRef> comuni = comuni(root);
    ConfigNode settings = root.optional("import").orElse(new ConfigNode(JsonNodeFactory.instance.objectNode(), where, "import"));
    String boundary = settings.optionalText("boundary").orElse("comuni");
    double buffer = settings.number("clip_buffer_m", DEFAULT_BUFFER_M);
    if (catalog.layer(boundary).isEmpty()) {
      throw settings.error("boundary layer '" + boundary + "' is not one of the layers");
    }
    List<LayerSource> sources = new ArrayList<>();
    Set<String> earlier = new HashSet<>();
    boolean boundarySeen = false;
    for (ConfigNode layer : root.list("layers")) {
      String id = layer.text("id");
      LayerSource s = source(id, layer.child("source"));
      for (Map.Entry<String, String> in : s.derive().map(DeriveSpec::inputs).orElse(Map.of()).entrySet()) {
        if (!earlier.contains(in.getValue())) {
          throw s.node().error("derivation input " + in.getKey() + " names layer '" + in.getValue()
              + "', which is not a layer listed before this one");
        }
      }
      if (!boundarySeen && s.clip() != ClipMode.NONE) {
        throw s.node().error("cannot clip before the boundary layer '" + boundary
            + "' is built (list this layer after it, or say clip: none)");
      }
      boundarySeen |= id.equals(boundary);
      earlier.add(id);
      sources.add(s);
    }
    return new TerritoryConfig(catalog.territoryId(), file, catalog, comuni, boundary, buffer, sources);
  }

  private static List<ComuneRef> comuni(ConfigNode root) {
    List<ComuneRef> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ConfigNode c : root.list("comuni")) {
      ComuneRef ref;
      try {
        ref = new ComuneRef(c.text("istat"), c.text("name"));
      } catch (IllegalArgumentException e) {
        throw c.error(e.getMessage());
      }
      if (!seen.add(ref.istat())) {
        throw c.error("Comune " + ref.istat() + " is listed twice");
      }
      out.add(ref);
    }
    if (out.isEmpty()) {
      throw root.child("comuni").error("must list at least one Comune");
    }
    return out;
  }

  private static LayerSource source(String layer, ConfigNode s) {
    Optional<ReadSpec> read = Optional.empty();
    if (s.has("format") || s.has("file")) {
      read = Optional.of(new ReadSpec(s.text("format"), s.text("file"), s));
    }
    Optional<DeriveSpec> derive = Optional.empty();
    if (s.has("derive")) {
      Map<String, String> inputs = new LinkedHashMap<>();
      s.optional("inputs").ifPresent(n -> n.entries().forEach((role, v) -> inputs.put(role, v.asText())));
      ConfigNode params = s.optional("params")
          .orElse(new ConfigNode(JsonNodeFactory.instance.objectNode(), s.file(), s.path() + ".params"));
      derive = Optional.of(new DeriveSpec(s.text("derive"), inputs, params));
    }
    if (read.isEmpty() && derive.isEmpty()) {
      if (s.has("empty") && s.text("empty").equals("true")) {
        return new LayerSource(layer, read, List.of(), ClipMode.NONE, false, false, derive, s);
      }
      throw s.error("needs a file to read (format and file), a derivation (derive), or empty: true for a layer"
          + " filled through the services");
    }
    List<FieldSpec> fields = new ArrayList<>();
    if (s.has("fields")) {
      if (read.isEmpty()) {
        throw s.child("fields").error("fields map a file's properties, but this layer reads no file");
      }
      s.child("fields").entries().forEach((name, n) -> fields.add(FieldSpec.parse(name, n)));
    }
    ClipMode clip;
    try {
      clip = s.optionalText("clip").map(ClipMode::parse).orElse(read.isPresent() ? ClipMode.INTERSECTS : ClipMode.NONE);
    } catch (IllegalArgumentException e) {
      throw s.child("clip").error(e.getMessage());
    }
    boolean dedupe = false;
    if (s.has("dedupe")) {
      if (!s.text("dedupe").equals("geometry")) {
        throw s.child("dedupe").error("the only deduplication is 'geometry'");
      }
      dedupe = true;
    }
    boolean skip = false;
    if (s.has("unrepairable")) {
      String v = s.text("unrepairable");
      if (!v.equals("skip") && !v.equals("fail")) {
        throw s.child("unrepairable").error("must be skip or fail, not '" + v + "'");
      }
      skip = v.equals("skip");
    }
    return new LayerSource(layer, read, fields, clip, dedupe, skip, derive, s);
  }
}
