package org.smartland.data.osm;

import com.google.protobuf.ByteString;
import crosby.binary.Osmformat;
import crosby.binary.file.BlockOutputStream;
import crosby.binary.file.FileBlock;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes small OSM PBF files for tests with the osmpbf protobuf classes: one header block and one data block
 * holding dense nodes, ways and relations, with granularity 100 nanodegrees.
 */
public final class PbfFixture {
  private record Node(long id, double lon, double lat, String[] tags) {
  }

  private record Way(long id, long[] refs, String[] tags) {
  }

  private record Relation(long id, List<OsmRelation.Member> members, String[] tags) {
  }

  private final List<Node> nodes = new ArrayList<>();
  private final List<Way> ways = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private final Map<String, Integer> strings = new LinkedHashMap<>();

  public PbfFixture() {
    strings.put("", 0);
  }

  /** A node; tags as key, value, key, value … */
  public PbfFixture node(long id, double lon, double lat, String... tags) {
    nodes.add(new Node(id, lon, lat, tags));
    return this;
  }

  public PbfFixture way(long id, long[] refs, String... tags) {
    ways.add(new Way(id, refs, tags));
    return this;
  }

  public PbfFixture relation(long id, List<OsmRelation.Member> members, String... tags) {
    relations.add(new Relation(id, members, tags));
    return this;
  }

  public Path write(Path file) throws IOException {
    Osmformat.HeaderBlock header = Osmformat.HeaderBlock.newBuilder()
        .addRequiredFeatures("OsmSchema-V0.6").addRequiredFeatures("DenseNodes").setWritingprogram("PbfFixture").build();
    Osmformat.PrimitiveBlock.Builder block = Osmformat.PrimitiveBlock.newBuilder();
    block.addPrimitivegroup(Osmformat.PrimitiveGroup.newBuilder().setDense(dense()));
    if (!ways.isEmpty()) {
      Osmformat.PrimitiveGroup.Builder g = Osmformat.PrimitiveGroup.newBuilder();
      ways.forEach(w -> g.addWays(way(w)));
      block.addPrimitivegroup(g);
    }
    if (!relations.isEmpty()) {
      Osmformat.PrimitiveGroup.Builder g = Osmformat.PrimitiveGroup.newBuilder();
      relations.forEach(r -> g.addRelations(relation(r)));
      block.addPrimitivegroup(g);
    }
    Osmformat.StringTable.Builder table = Osmformat.StringTable.newBuilder();
    strings.keySet().forEach(s -> table.addS(ByteString.copyFromUtf8(s)));
    block.setStringtable(table);
    try (OutputStream out = Files.newOutputStream(file); BlockOutputStream blocks = new BlockOutputStream(out)) {
      blocks.write(FileBlock.newInstance("OSMHeader", header.toByteString(), null));
      blocks.write(FileBlock.newInstance("OSMData", block.build().toByteString(), null));
    }
    return file;
  }

  private Osmformat.DenseNodes.Builder dense() {
    Osmformat.DenseNodes.Builder d = Osmformat.DenseNodes.newBuilder();
    long id = 0;
    long lat = 0;
    long lon = 0;
    for (Node n : nodes) {
      long nlat = Math.round(n.lat() * 1e7);
      long nlon = Math.round(n.lon() * 1e7);
      d.addId(n.id() - id).addLat(nlat - lat).addLon(nlon - lon);
      id = n.id();
      lat = nlat;
      lon = nlon;
      for (int i = 0; i < n.tags().length; i += 2) {
        d.addKeysVals(string(n.tags()[i])).addKeysVals(string(n.tags()[i + 1]));
      }
      d.addKeysVals(0);
    }
    return d;
  }

  private Osmformat.Way.Builder way(Way w) {
    Osmformat.Way.Builder b = Osmformat.Way.newBuilder().setId(w.id());
    for (int i = 0; i < w.tags().length; i += 2) {
      b.addKeys(string(w.tags()[i])).addVals(string(w.tags()[i + 1]));
    }
    long last = 0;
    for (long r : w.refs()) {
      b.addRefs(r - last);
      last = r;
    }
    return b;
  }

  private Osmformat.Relation.Builder relation(Relation r) {
    Osmformat.Relation.Builder b = Osmformat.Relation.newBuilder().setId(r.id());
    for (int i = 0; i < r.tags().length; i += 2) {
      b.addKeys(string(r.tags()[i])).addVals(string(r.tags()[i + 1]));
    }
    long last = 0;
    for (OsmRelation.Member m : r.members()) {
      b.addMemids(m.ref() - last).addRolesSid(string(m.role())).addTypes(switch (m.type()) {
        case NODE -> Osmformat.Relation.MemberType.NODE;
        case WAY -> Osmformat.Relation.MemberType.WAY;
        case RELATION -> Osmformat.Relation.MemberType.RELATION;
      });
      last = m.ref();
    }
    return b;
  }

  private int string(String s) {
    return strings.computeIfAbsent(s, k -> strings.size());
  }
}
