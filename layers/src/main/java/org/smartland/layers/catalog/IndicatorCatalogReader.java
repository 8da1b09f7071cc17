package org.smartland.layers.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the indicator catalogue ({@code data/territories/_indicators.yaml}, shared by every territory) and
 * keeps, for one territory, the indicators its layers support. Every error names the file and the entry, e.g.
 * {@code _indicators.yaml: indicators[4].corridor: 'mobility' is not a corridor of sud-ovest-milano}.
 */
public final class IndicatorCatalogReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private IndicatorCatalogReader() {
  }

  public static IndicatorCatalog read(Path file, LayerCatalog territory) {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new CatalogException(file + ": cannot be read as YAML: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new CatalogException(file + ": is empty or not a YAML mapping");
    }
    return fromTree(root, file.getFileName().toString(), territory);
  }

  public static IndicatorCatalog fromTree(JsonNode root, String where, LayerCatalog territory) {
    YamlNode r = new YamlNode(root, where, "");
    List<IndicatorDefinition> applicable = new ArrayList<>();
    Map<String, List<String>> notApplicable = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (YamlNode n : r.list("indicators")) {
      IndicatorDefinition d = n.build(() -> {
        List<String> requires = new ArrayList<>();
        for (YamlNode q : n.list("requires")) {
          requires.add(q.value().asText());
        }
        return new IndicatorDefinition(n.text("id"), n.text("corridor"), n.text("name_it"), n.text("name_en"),
            n.text("unit"), IndicatorDefinition.Direction.parse(n.text("direction")), n.text("definition"),
            n.text("method"), requires);
      });
      if (!ids.add(d.id())) {
        throw new CatalogException(where + ": " + n.path() + ".id: indicator '" + d.id() + "' is defined twice");
      }
      if (territory.corridor(d.corridor()).isEmpty()) {
        throw new CatalogException(where + ": " + n.path() + ".corridor: '" + d.corridor() + "' is not a corridor of "
            + territory.territoryId());
      }
      List<String> unmet = d.unmetIn(territory);
      if (unmet.isEmpty()) {
        applicable.add(d);
      } else {
        notApplicable.put(d.id(), unmet);
      }
    }
    return new IndicatorCatalog(applicable, notApplicable);
  }
}
