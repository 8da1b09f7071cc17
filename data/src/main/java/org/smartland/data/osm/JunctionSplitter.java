package org.smartland.data.osm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits ways into the edges of a routable graph: a way is cut at every inner node that is a junction — a
 * node used by another of the given ways, or used twice by the same way. Each edge keeps its way and runs
 * from one graph node to the next, so edges meet exactly at shared OSM node ids ({@link Edge#from()},
 * {@link Edge#to()}). A way without inner junctions is one edge; a closed way with no junction is one edge
 * from a node to itself.
 */
public final class JunctionSplitter {
  private JunctionSplitter() {
  }

  /**
   * One edge: a run of a way's nodes between two graph nodes.
   *
   * @param way   the way it is part of
   * @param part  0-based position among the way's edges
   * @param nodes the node ids, first and last being graph nodes
   */
  public record Edge(OsmWay way, int part, long[] nodes) {
    public long from() {
      return nodes[0];
    }

    public long to() {
      return nodes[nodes.length - 1];
    }
  }

  public static List<Edge> split(List<OsmWay> ways) {
    Map<Long, Integer> uses = new HashMap<>();
    for (OsmWay w : ways) {
      long[] n = w.nodes();
      int last = w.isClosed() ? n.length - 1 : n.length;
      for (int i = 0; i < last; i++) {
        uses.merge(n[i], 1, Integer::sum);
      }
    }
    List<Edge> edges = new ArrayList<>();
    for (OsmWay w : ways) {
      long[] n = w.nodes();
      int start = 0;
      int part = 0;
      for (int i = 1; i < n.length - 1; i++) {
        if (uses.getOrDefault(n[i], 0) > 1) {
          edges.add(new Edge(w, part++, Arrays.copyOfRange(n, start, i + 1)));
          start = i;
        }
      }
      edges.add(new Edge(w, part, Arrays.copyOfRange(n, start, n.length)));
    }
    return edges;
  }
}
