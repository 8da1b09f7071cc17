package org.smartland.analytics.network;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The walking distance from any point to the nearest destination of each kind (a stop, a school, …): the
 * point joins the network at its nearest node, then walks that node's shortest-path distance to the kind's
 * nearest destination. Holds only arrays, so it serialises small (a Spark broadcast); the nearest-node index
 * is rebuilt on first use where it lands. Thread-safe.
 */
public final class WalkField implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double[] xs;
  private final double[] ys;
  private final List<String> kinds;
  private final double[][] nodeDistances;
  private transient volatile STRtree index;

  WalkField(Coordinate[] positions, Map<String, double[]> nodeDistancesByKind) {
    this.xs = new double[positions.length];
    this.ys = new double[positions.length];
    for (int i = 0; i < positions.length; i++) {
      xs[i] = positions[i].x;
      ys[i] = positions[i].y;
    }
    this.kinds = List.copyOf(nodeDistancesByKind.keySet());
    this.nodeDistances = new double[kinds.size()][];
    for (int k = 0; k < kinds.size(); k++) {
      double[] d = nodeDistancesByKind.get(kinds.get(k));
      if (d.length != positions.length) {
        throw new IllegalArgumentException("distances of '" + kinds.get(k) + "' do not match the graph's nodes");
      }
      nodeDistances[k] = d.clone();
    }
  }

  /** The kinds of destination, in the order of {@link #walksFrom}. */
  public List<String> kinds() {
    return kinds;
  }

  /**
   * Metres from (x, y) to the nearest destination of each kind, in {@link #kinds()} order: straight to the
   * nearest node, then along the network; {@link Double#POSITIVE_INFINITY} when no destination of that kind
   * lies within the limit its distances were computed with.
   */
  public double[] walksFrom(double x, double y) {
    Coordinate p = new Coordinate(x, y);
    int node = (Integer) index().nearestNeighbour(new Envelope(p), p, (a, b) -> {
      Coordinate c1 = a.getItem() instanceof Coordinate c ? c : at((Integer) a.getItem());
      Coordinate c2 = b.getItem() instanceof Coordinate c ? c : at((Integer) b.getItem());
      return c1.distance(c2);
    });
    double access = at(node).distance(p);
    double[] out = new double[kinds.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = access + nodeDistances[k][node];
    }
    return out;
  }

  private Coordinate at(int node) {
    return new Coordinate(xs[node], ys[node]);
  }

  private STRtree index() {
    STRtree built = index;
    if (built == null) {
      synchronized (this) {
        built = index;
        if (built == null) {
          built = new STRtree();
          for (int i = 0; i < xs.length; i++) {
            built.insert(new Envelope(xs[i], xs[i], ys[i], ys[i]), i);
          }
          built.build();
          index = built;
        }
      }
    }
    return built;
  }
}
