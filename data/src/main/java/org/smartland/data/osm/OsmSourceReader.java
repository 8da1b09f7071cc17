package org.smartland.data.osm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.smartland.data.source.SourceData;
import org.smartland.data.source.SourceException;
import org.smartland.data.source.SourceFeature;
import org.smartland.data.source.SourceReader;
import org.smartland.data.territory.ConfigNode;
import org.smartland.data.territory.TagCondition;

/**
 * Selects features from an OSM PBF extract. Options: {@code element} — {@code node} (tagged nodes as points),
 * {@code line} (ways as lines) or {@code area} (closed ways and multipolygon relations as polygons);
 * {@code tags} — a {@link TagCondition} the element must meet; {@code exclude} — one it must not meet;
 * {@code split_at_junctions} — for lines, cut ways into graph edges ({@link JunctionSplitter}).
 *
 * <p>Each feature's properties are its tags plus pseudo-tags: {@code @id} (the OSM id), {@code @type}
 * ({@code node}, {@code way}, {@code relation}) and, for split edges, {@code @part}, {@code @from_node} and
 * {@code @to_node}. Elements whose geometry cannot be built (nodes missing from the extract, open rings) are
 * skipped with a warning. The extract is read once per import and shared by every layer that reads it.
 */
public final class OsmSourceReader implements SourceReader {
  private static final int WGS84 = 4326;

  private final Map<Path, OsmData> extracts = new HashMap<>();
  private final GeometryFactory factory = new GeometryFactory();

  @Override
  public SourceData read(Path file, String name, ConfigNode options) {
    String element = options.text("element").toLowerCase(Locale.ROOT);
    TagCondition wanted = TagCondition.parse(options.child("tags"));
    Optional<TagCondition> excluded = options.optional("exclude").map(TagCondition::parse);
    boolean split = options.bool("split_at_junctions", false);
    if (split && !element.equals("line")) {
      throw options.child("split_at_junctions").error("only lines can be split at junctions");
    }
    OsmData data = extract(file, name);
    OsmGeometries geometries = new OsmGeometries(data, factory);
    Selection s = new Selection(wanted, excluded);
    List<SourceFeature> out = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    switch (element) {
      case "node" -> {
        for (OsmNode n : data.taggedNodes()) {
          if (s.test(n.tags())) {
            out.add(feature("node/" + n.id(), geometries.point(n), n.tags(), n.id(), "node"));
          }
        }
      }
      case "line" -> lines(data, geometries, s, split, out, warnings);
      case "area" -> areas(data, geometries, s, out, warnings);
      default -> throw options.child("element").error("must be node, line or area, not '" + element + "'");
    }
    return new SourceData(WGS84, Optional.empty(), out, warnings);
  }

  private void lines(OsmData data, OsmGeometries g, Selection s, boolean split, List<SourceFeature> out,
                     List<String> warnings) {
    List<OsmWay> ways = data.ways().stream().filter(w -> s.test(w.tags())).toList();
    if (!split) {
      for (OsmWay w : ways) {
        build("way/" + w.id(), warnings, () -> out.add(feature("way/" + w.id(), g.line(w.nodes()), w.tags(), w.id(), "way")));
      }
      return;
    }
    for (JunctionSplitter.Edge e : JunctionSplitter.split(ways)) {
      String id = "way/" + e.way().id() + "#" + e.part();
      build(id, warnings, () -> {
        SourceFeature f = feature(id, g.line(e.nodes()), e.way().tags(), e.way().id(), "way");
        Map<String, Object> p = new LinkedHashMap<>(f.properties());
        p.put("@part", (long) e.part());
        p.put("@from_node", e.from());
        p.put("@to_node", e.to());
        out.add(f.withProperties(p));
      });
    }
  }

  private void areas(OsmData data, OsmGeometries g, Selection s, List<SourceFeature> out, List<String> warnings) {
    for (OsmWay w : data.ways()) {
      if (s.test(w.tags())) {
        build("way/" + w.id(), warnings, () -> out.add(feature("way/" + w.id(), g.polygon(w), w.tags(), w.id(), "way")));
      }
    }
    for (OsmRelation r : data.relations()) {
      if ("multipolygon".equals(r.tags().get("type")) && s.test(r.tags())) {
        String id = "relation/" + r.id();
        build(id, warnings, () -> out.add(feature(id, g.multipolygon(r), r.tags(), r.id(), "relation")));
      }
    }
  }

  private static void build(String id, List<String> warnings, Runnable r) {
    try {
      r.run();
    } catch (OsmGeometryException e) {
      warnings.add(id + ": skipped: " + e.getMessage());
    }
  }

  private static SourceFeature feature(String id, Geometry g, Map<String, String> tags, long osmId, String type) {
    g.setSRID(WGS84);
    Map<String, Object> p = new LinkedHashMap<>(tags);
    p.put("@id", osmId);
    p.put("@type", type);
    return new SourceFeature(id, g, p);
  }

  private OsmData extract(Path file, String name) {
    OsmData cached = extracts.get(file);
    if (cached != null) {
      return cached;
    }
    if (!Files.isRegularFile(file)) {
      throw new SourceException(name, "does not exist");
    }
    try {
      OsmData data = OsmPbfReader.read(file);
      extracts.put(file, data);
      return data;
    } catch (IOException e) {
      throw new SourceException(name, Optional.empty(), "cannot be read as OSM PBF: " + e.getMessage(), e);
    }
  }

  private record Selection(TagCondition wanted, Optional<TagCondition> excluded) {
    boolean test(Map<String, String> tags) {
      return !tags.isEmpty() && wanted.matches(tags) && excluded.map(x -> !x.matches(tags)).orElse(true);
    }
  }
}
