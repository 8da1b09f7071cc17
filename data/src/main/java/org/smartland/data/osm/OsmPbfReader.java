package org.smartland.data.osm;

import crosby.binary.BinaryParser;
import crosby.binary.Osmformat;
import crosby.binary.file.BlockInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an OSM PBF file into {@link OsmData} with the osmpbf parser ({@link BinaryParser} over a
 * {@link BlockInputStream}): dense and plain nodes, ways and relations with their tags. A file that asks for
 * a feature we cannot read (e.g. history) or whose blocks are corrupt fails with an {@link IOException}.
 */
public final class OsmPbfReader {
  private static final Set<String> SUPPORTED = Set.of("OsmSchema-V0.6", "DenseNodes");

  private OsmPbfReader() {
  }

  public static OsmData read(Path file) throws IOException {
    Collector collector = new Collector();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      new BlockInputStream(in, collector).process();
    } catch (Error e) {
      // osmpbf reports an undecodable block as new Error("ParseError").
      if ("ParseError".equals(e.getMessage())) {
        throw new IOException("a data block cannot be decoded (corrupt PBF)", e);
      }
      throw e;
    } catch (UnsupportedPbfException e) {
      throw new IOException(e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new IOException("not a readable OSM PBF file: " + e, e);
    }
    if (!collector.sawHeader) {
      throw new IOException("not an OSM PBF file (no OSMHeader block)");
    }
    return collector.build();
  }

  private static final class UnsupportedPbfException extends RuntimeException {
    UnsupportedPbfException(String message) {
      super(message);
    }
  }

  private static final class Collector extends BinaryParser {
    private final OsmNodeIndex nodes = new OsmNodeIndex();
    private final List<OsmNode> tagged = new ArrayList<>();
    private final List<OsmWay> ways = new ArrayList<>();
    private final List<OsmRelation> relations = new ArrayList<>();
    private boolean sawHeader;

    OsmData build() {
      nodes.seal();
      return new OsmData(nodes, tagged, ways, relations);
    }

    @Override
    protected void parse(Osmformat.HeaderBlock header) {
      for (String f : header.getRequiredFeaturesList()) {
        if (!SUPPORTED.contains(f)) {
          throw new UnsupportedPbfException("the PBF requires feature '" + f + "', which this reader does not support");
        }
      }
      sawHeader = true;
    }

    @Override
    protected void parseDense(Osmformat.DenseNodes d) {
      long id = 0;
      long lat = 0;
      long lon = 0;
      int kv = 0;
      boolean hasTags = d.getKeysValsCount() > 0;
      for (int i = 0; i < d.getIdCount(); i++) {
        id += d.getId(i);
        lat += d.getLat(i);
        lon += d.getLon(i);
        double la = parseLat(lat);
        double lo = parseLon(lon);
        nodes.add(id, lo, la);
        if (hasTags) {
          Map<String, String> tags = new HashMap<>();
          while (d.getKeysVals(kv) != 0) {
            tags.put(getStringById(d.getKeysVals(kv)), getStringById(d.getKeysVals(kv + 1)));
            kv += 2;
          }
          kv++;
          if (!tags.isEmpty()) {
            tagged.add(new OsmNode(id, lo, la, tags));
          }
        }
      }
    }

    @Override
    protected void parseNodes(List<Osmformat.Node> list) {
      for (Osmformat.Node n : list) {
        double la = parseLat(n.getLat());
        double lo = parseLon(n.getLon());
        nodes.add(n.getId(), lo, la);
        if (n.getKeysCount() > 0) {
          Map<String, String> tags = new HashMap<>();
          for (int j = 0; j < n.getKeysCount(); j++) {
            tags.put(getStringById(n.getKeys(j)), getStringById(n.getVals(j)));
          }
          tagged.add(new OsmNode(n.getId(), lo, la, tags));
        }
      }
    }

    @Override
    protected void parseWays(List<Osmformat.Way> list) {
      for (Osmformat.Way w : list) {
        long[] refs = new long[w.getRefsCount()];
        long ref = 0;
        for (int j = 0; j < refs.length; j++) {
          ref += w.getRefs(j);
          refs[j] = ref;
        }
        Map<String, String> tags = new HashMap<>();
        for (int j = 0; j < w.getKeysCount(); j++) {
          tags.put(getStringById(w.getKeys(j)), getStringById(w.getVals(j)));
        }
        ways.add(new OsmWay(w.getId(), refs, tags));
      }
    }

    @Override
    protected void parseRelations(List<Osmformat.Relation> list) {
      for (Osmformat.Relation r : list) {
        List<OsmRelation.Member> members = new ArrayList<>();
        long ref = 0;
        for (int j = 0; j < r.getMemidsCount(); j++) {
          ref += r.getMemids(j);
          OsmRelation.MemberType type = switch (r.getTypes(j)) {
            case NODE -> OsmRelation.MemberType.NODE;
            case WAY -> OsmRelation.MemberType.WAY;
            case RELATION -> OsmRelation.MemberType.RELATION;
          };
          members.add(new OsmRelation.Member(type, ref, getStringById(r.getRolesSid(j))));
        }
        Map<String, String> tags = new HashMap<>();
        for (int j = 0; j < r.getKeysCount(); j++) {
          tags.put(getStringById(r.getKeys(j)), getStringById(r.getVals(j)));
        }
        relations.add(new OsmRelation(r.getId(), members, tags));
      }
    }

    @Override
    public void complete() {
    }
  }
}
