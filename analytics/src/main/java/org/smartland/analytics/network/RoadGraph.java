package org.smartland.analytics.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The walkable road network: nodes (edge ends, with their position) and undirected edges with their length in
 * metres (walkers ignore one-way rules). Built once per territory, then only read: thread-safe.
 */
public final class RoadGraph {
  private final Coordinate[] positions;
  private final int[][] neighbours;
  private final double[][] lengths;
  private final long[][] edgeIds;
  private final STRtree index = new STRtree();

  private RoadGraph(List<Coordinate> positions, List<List<int[]>> adjacency, List<List<Double>> edgeLengths,
                    List<List<Long>> ids) {
    this.positions = positions.toArray(new Coordinate[0]);
    this.neighbours = new int[positions.size()][];
    this.lengths = new double[positions.size()][];
    this.edgeIds = new long[positions.size()][];
    for (int i = 0; i < positions.size(); i++) {
      List<int[]> adj = adjacency.get(i);
      neighbours[i] = new int[adj.size()];
      lengths[i] = new double[adj.size()];
      edgeIds[i] = new long[adj.size()];
      for (int k = 0; k < adj.size(); k++) {
        neighbours[i][k] = adj.get(k)[0];
        lengths[i][k] = edgeLengths.get(i).get(k);
        edgeIds[i][k] = ids.get(i).get(k);
      }
      index.insert(new Envelope(this.positions[i]), i);
    }
    index.build();
  }

  /** Collects edges, then {@link #build()}s the graph. Node ids are the road layer's {@code from_node}/{@code to_node}. */
  public static final class Builder {
    private final Map<Long, Integer> ids = new HashMap<>();
    private final List<Coordinate> positions = new ArrayList<>();
    private final List<List<int[]>> adjacency = new ArrayList<>();
    private final List<List<Double>> lengths = new ArrayList<>();
    private final List<List<Long>> edgeIds = new ArrayList<>();

    /** An edge without an id of its own: it cannot be closed (see {@link #edge(long, long, Coordinate, long, Coordinate, double)}). */
    public Builder edge(long from, Coordinate fromAt, long to, Coordinate toAt, double lengthM) {
      return edge(NO_ID, from, fromAt, to, toAt, lengthM);
    }

    /**
     * @param from       the id of the edge's first node
     * @param fromAt     its position (the edge's first vertex)
     * @param to         the id of the last node
     * @param toAt       its position
     * @param lengthM    the edge's length along its geometry, in metres (positive)
     * @param edgeId     the edge's id (the road feature's), by which a scenario can close it
     */
    public Builder edge(long edgeId, long from, Coordinate fromAt, long to, Coordinate toAt, double lengthM) {
      if (!(lengthM >= 0) || Double.isInfinite(lengthM)) {
        throw new IllegalArgumentException("edge " + from + "-" + to + ": length must be a finite number of metres ≥ 0");
      }
      int a = node(from, fromAt);
      int b = node(to, toAt);
      adjacency.get(a).add(new int[] {b});
      lengths.get(a).add(lengthM);
      edgeIds.get(a).add(edgeId);
      adjacency.get(b).add(new int[] {a});
      lengths.get(b).add(lengthM);
      edgeIds.get(b).add(edgeId);
      return this;
    }

    private int node(long id, Coordinate at) {
      return ids.computeIfAbsent(id, k -> {
        positions.add(new Coordinate(at.x, at.y));
        adjacency.add(new ArrayList<>());
        lengths.add(new ArrayList<>());
        edgeIds.add(new ArrayList<>());
        return positions.size() - 1;
      });
    }

    public RoadGraph build() {
      if (positions.isEmpty()) {
        throw new IllegalStateException("a road graph needs at least one edge");
      }
      return new RoadGraph(positions, adjacency, lengths, edgeIds);
    }
  }

  /**
   * A new way between two points, e.g. a cycle path: it joins the network at the node nearest each end, and
   * walking it costs its own length plus the straight walks from those nodes to its ends.
   */
  public record Link(Coordinate from, Coordinate to, double lengthM) {
    public Link {
      if (!(lengthM >= 0) || Double.isInfinite(lengthM)) {
        throw new IllegalArgumentException("a link's length must be a finite number of metres ≥ 0");
      }
    }
  }

  /** This graph with the links added as edges (without ids: they cannot be closed); this graph is unchanged. */
  public RoadGraph withLinks(List<Link> links) {
    int n = positions.length;
    List<List<int[]>> adjacency = new ArrayList<>(n);
    List<List<Double>> edgeLengths = new ArrayList<>(n);
    List<List<Long>> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<int[]> adj = new ArrayList<>();
      List<Double> len = new ArrayList<>();
      List<Long> id = new ArrayList<>();
      for (int k = 0; k < neighbours[i].length; k++) {
        adj.add(new int[] {neighbours[i][k]});
        len.add(lengths[i][k]);
        id.add(edgeIds[i][k]);
      }
      adjacency.add(adj);
      edgeLengths.add(len);
      ids.add(id);
    }
    for (Link l : links) {
      Access a = access(l.from());
      Access b = access(l.to());
      double length = a.distance() + l.lengthM() + b.distance();
      adjacency.get(a.node()).add(new int[] {b.node()});
      edgeLengths.get(a.node()).add(length);
      ids.get(a.node()).add(NO_ID);
      adjacency.get(b.node()).add(new int[] {a.node()});
      edgeLengths.get(b.node()).add(length);
      ids.get(b.node()).add(NO_ID);
    }
    return new RoadGraph(Arrays.asList(positions), adjacency, edgeLengths, ids);
  }

  /** The id of edges built without one; never closed. */
  public static final long NO_ID = Long.MIN_VALUE;

  public static Builder builder() {
    return new Builder();
  }

  public int nodeCount() {
    return positions.length;
  }

  /** Where node {@code node} is. */
  public Coordinate position(int node) {
    return new Coordinate(positions[node]);
  }

  /**
   * Where an area (a park) joins the network: every node within {@code reach} metres of it (inside it or along
   * its edge), each at its straight distance from the area (0 inside); when no node is that close, the node
   * nearest to the area.
   */
  public List<Access> accessesNear(Geometry area, double reach) {
    Envelope search = new Envelope(area.getEnvelopeInternal());
    search.expandBy(reach);
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
    List<Access> out = new ArrayList<>();
    for (Object item : index.query(search)) {
      int node = (Integer) item;
      Point at = area.getFactory().createPoint(positions[node]);
      double d = prepared.containsProperly(at) ? 0 : area.distance(at);
      if (d <= reach) {
        out.add(new Access(node, d));
      }
    }
    if (out.isEmpty()) {
      // the node nearest to the area itself (its edge), not to its interior point: envelope distances never
      // exceed the real ones, so the search stays exact
      int node = (Integer) index.nearestNeighbour(area.getEnvelopeInternal(), area, (a, b) -> {
        Object n = a.getItem() instanceof Integer ? a.getItem() : b.getItem();
        return area.distance(area.getFactory().createPoint(positions[(Integer) n]));
      });
      out.add(new Access(node, area.distance(area.getFactory().createPoint(positions[node]))));
    }
    out.sort(java.util.Comparator.comparingInt(Access::node));
    return out;
  }

  /**
   * The walking distances from anywhere to the nearest destination of each kind, as a self-contained object
   * that can be shipped to where the origins are (a Spark executor): see {@link WalkField}.
   *
   * @param nodeDistancesByKind for each kind, {@link #distancesToNearest} of its destinations
   */
  public WalkField walkField(Map<String, double[]> nodeDistancesByKind) {
    return new WalkField(positions, nodeDistancesByKind);
  }

  /** Where a point joins the network: its nearest node and the straight distance to it (the walk to the road). */
  public record Access(int node, double distance) {
  }

  /** The nearest node to a point, in the graph's (metric) CRS. */
  public Access access(Coordinate p) {
    Object nearest = index.nearestNeighbour(new Envelope(p), p, (a, b) -> {
      Coordinate c1 = a.getItem() instanceof Coordinate c ? c : positions[(Integer) a.getItem()];
      Coordinate c2 = b.getItem() instanceof Coordinate c ? c : positions[(Integer) b.getItem()];
      return c1.distance(c2);
    });
    int node = (Integer) nearest;
    return new Access(node, positions[node].distance(p));
  }

  /**
   * The walking distance from every node to the nearest destination (multi-source Dijkstra): a destination
   * starts at its own access distance, so the result already includes the walk from the road to it. Nodes
   * farther than {@code limit} metres, or not connected, get {@link Double#POSITIVE_INFINITY}.
   */
  public double[] distancesToNearest(List<Access> destinations, double limit) {
    return distancesToNearest(destinations, limit, Set.of());
  }

  /** As {@link #distancesToNearest(List, double)}, with the edges of these ids closed (e.g. flooded roads). */
  public double[] distancesToNearest(List<Access> destinations, double limit, Set<Long> closedEdges) {
    double[] dist = new double[positions.length];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
    for (Access d : destinations) {
      if (d.distance() < dist[d.node()] && d.distance() <= limit) {
        dist[d.node()] = d.distance();
        queue.add(new double[] {d.distance(), d.node()});
      }
    }
    while (!queue.isEmpty()) {
      double[] top = queue.poll();
      int n = (int) top[1];
      if (top[0] > dist[n]) {
        continue;
      }
      for (int k = 0; k < neighbours[n].length; k++) {
        if (!closedEdges.isEmpty() && closedEdges.contains(edgeIds[n][k])) {
          continue;
        }
        double candidate = top[0] + lengths[n][k];
        int m = neighbours[n][k];
        if (candidate < dist[m] && candidate <= limit) {
          dist[m] = candidate;
          queue.add(new double[] {candidate, m});
        }
      }
    }
    return dist;
  }
}
