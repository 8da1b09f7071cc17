package org.smartland.data.osm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins the member ways of a multipolygon into closed rings, by their shared end nodes. A way that is
 * already closed is a ring of its own; open ways are chained end to start (reversing a way where needed)
 * until the chain closes. A chain that cannot be closed fails, naming the node where it stops.
 */
public final class RingAssembler {
  private RingAssembler() {
  }

  /** The closed rings, each as node ids with the first id repeated at the end. */
  public static List<long[]> rings(List<long[]> ways) {
    List<long[]> rings = new ArrayList<>();
    List<long[]> open = new ArrayList<>();
    for (long[] w : ways) {
      if (w.length < 2) {
        continue;
      }
      if (w[0] == w[w.length - 1]) {
        rings.add(w);
      } else {
        open.add(w);
      }
    }
    while (!open.isEmpty()) {
      long[] chain = open.remove(0);
      while (chain[0] != chain[chain.length - 1]) {
        long end = chain[chain.length - 1];
        int next = -1;
        boolean reversed = false;
        for (int i = 0; i < open.size() && next < 0; i++) {
          long[] w = open.get(i);
          if (w[0] == end) {
            next = i;
          } else if (w[w.length - 1] == end) {
            next = i;
            reversed = true;
          }
        }
        if (next < 0) {
          throw new OsmGeometryException("a ring does not close: no member way continues from node " + end);
        }
        long[] w = open.remove(next);
        chain = append(chain, reversed ? reverse(w) : w);
      }
      rings.add(chain);
    }
    for (long[] r : rings) {
      if (r.length < 4) {
        throw new OsmGeometryException("a ring has only " + r.length + " nodes");
      }
    }
    return rings;
  }

  private static long[] append(long[] chain, long[] w) {
    long[] out = Arrays.copyOf(chain, chain.length + w.length - 1);
    System.arraycopy(w, 1, out, chain.length, w.length - 1);
    return out;
  }

  private static long[] reverse(long[] w) {
    long[] out = new long[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = w[w.length - 1 - i];
    }
    return out;
  }
}
