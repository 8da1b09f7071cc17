package org.smartland.layers.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.UnknownCrsException;

/**
 * Reads the catalog part of a territory configuration ({@code territory.yaml}): id, title, CRSs, corridors
 * and layers. Keys it does not know (such as each layer's {@code source}, read by the import pipeline) are
 * left alone. Every error names the file and the path of the offending entry, e.g.
 * {@code territory.yaml: layers[3].attributes[1].type: unknown attribute type 'strin'}.
 */
public final class LayerCatalogReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private LayerCatalogReader() {
  }

  /** Reads and validates a territory file. */
  public static LayerCatalog read(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new CatalogException(file + ": cannot be read as YAML: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new CatalogException(file + ": is empty or not a YAML mapping");
    }
    return fromTree(root, file.getFileName().toString());
  }

  /** Builds a catalog from an already parsed tree; {@code where} names the source in messages. */
  public static LayerCatalog fromTree(JsonNode root, String where) {
    YamlNode r = new YamlNode(root, where, "");
    String id = r.text("id");
    int nativeSrid = crs(r.child("crs"), "native").srid();
    List<Crs> offered = new ArrayList<>();
    for (YamlNode c : r.child("crs").list("offered")) {
      offered.add(parseCrs(c));
    }
    if (offered.stream().noneMatch(c -> c.srid() == nativeSrid && !c.crs84())) {
      offered.add(0, Crs.epsg(nativeSrid));
    }
    List<Corridor> corridors = new ArrayList<>();
    for (YamlNode c : r.optionalList("corridors")) {
      corridors.add(c.build(() -> new Corridor(c.text("id"), c.text("name_it"), c.text("name_en"), c.text("colour"))));
    }
    List<LayerDefinition> layers = new ArrayList<>();
    for (YamlNode l : r.list("layers")) {
      layers.add(layer(l, nativeSrid));
    }
    return r.build(() -> new LayerCatalog(id, r.optionalText("title").orElse(id),
        r.optionalText("description").orElse(""), nativeSrid, offered, corridors, layers));
  }

  private static LayerDefinition layer(YamlNode l, int territorySrid) {
    List<AttributeDefinition> attributes = new ArrayList<>();
    for (YamlNode a : l.optionalList("attributes")) {
      attributes.add(a.build(() -> new AttributeDefinition(a.text("name"), AttributeType.parse(a.text("type")),
          a.optionalText("title").orElse(null), a.optionalBoolean("queryable").orElse(true))));
    }
    List<String> keywords = new ArrayList<>();
    for (YamlNode k : l.optionalList("keywords")) {
      keywords.add(k.value().asText());
    }
    int srid = l.has("crs") ? parseCrs(l.child("crs")).srid() : territorySrid;
    List<String> otherStyles = new ArrayList<>();
    for (YamlNode k : l.optionalList("other_styles")) {
      otherStyles.add(k.value().asText());
    }
    return l.build(() -> new LayerDefinition(l.text("id"), l.optionalText("title").orElse(null),
        l.optionalText("abstract").orElse(null), keywords, provenance(l.child("provenance")),
        GeometryType.parse(l.text("geometry")), srid, attributes, l.optionalText("style").orElse(null),
        l.optionalText("time"), l.optionalText("corridor"), otherStyles));
  }

  private static Provenance provenance(YamlNode p) {
    String kind = p.text("kind");
    return p.build(() -> switch (kind) {
      case "real" -> new Provenance.Real(p.text("source"), p.text("licence"), p.optionalText("date").orElse(null));
      case "derived" -> new Provenance.Derived(p.text("method"),
          p.optionalList("inputs").stream().map(n -> n.value().asText()).toList());
      case "stand-in" -> new Provenance.StandIn(p.text("replaces"), p.optionalText("source").orElse(null));
      default -> throw new IllegalArgumentException("kind must be real, derived or stand-in, not '" + kind + "'");
    });
  }

  private static Crs crs(YamlNode parent, String key) {
    return parseCrs(parent.child(key));
  }

  private static Crs parseCrs(YamlNode n) {
    return n.build(() -> {
      try {
        return Crs.parse(n.value().asText());
      } catch (UnknownCrsException e) {
        throw new IllegalArgumentException(e.getMessage());
      }
    });
  }
}
