package org.smartland.analytics.job;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.locationtech.jts.geom.Coordinate;
import org.smartland.analytics.network.NetworkChange;
import org.smartland.analytics.network.RoadGraph;
import org.smartland.analytics.network.Walkable;

/**
 * The road graph built on the driver from the {@code roads} layer (its {@code from_node}/{@code to_node} topology
 * and lengths), each edge known by its road feature so that a scenario can close it: the walking network
 * (footways and streets, not motorways) or the whole network (for road access by car).
 *
 * @param graph       the graph, with the change's links added
 * @param closedEdges the edge ids of the roads the change closes
 * @param edgeOfRoad  road feature id → edge id
 */
record RoadNetwork(RoadGraph graph, Set<Long> closedEdges, Map<String, Long> edgeOfRoad) {

  static RoadNetwork walking(Dataset<Row> roads, NetworkChange change) {
    return of(roads, change, true);
  }

  /** Every road, for access by car. */
  static RoadNetwork all(Dataset<Row> roads, NetworkChange change) {
    return of(roads, change, false);
  }

  private static RoadNetwork of(Dataset<Row> roads, NetworkChange change, boolean walkingOnly) {
    RoadGraph.Builder builder = RoadGraph.builder();
    Map<String, Long> edges = new HashMap<>();
    for (Row r : roads.selectExpr("fid", "class", "from_node", "to_node", "length_m", "ST_X(ST_StartPoint(geom))",
        "ST_Y(ST_StartPoint(geom))", "ST_X(ST_EndPoint(geom))", "ST_Y(ST_EndPoint(geom))")
        .where("from_node IS NOT NULL AND to_node IS NOT NULL AND length_m IS NOT NULL").orderBy("fid")
        .collectAsList()) {
      if (walkingOnly && !Walkable.isWalkable(r.getString(1))) {
        continue;
      }
      long id = edges.size();
      edges.put(r.getString(0), id);
      builder.edge(id, r.getLong(2), new Coordinate(r.getDouble(5), r.getDouble(6)), r.getLong(3),
          new Coordinate(r.getDouble(7), r.getDouble(8)), r.getDouble(4));
    }
    RoadGraph graph = builder.build();
    if (!change.links().isEmpty()) {
      graph = graph.withLinks(change.links());
    }
    Set<Long> closed = new HashSet<>();
    change.closedRoads().forEach(fid -> {
      Long id = edges.get(fid);
      if (id != null) {
        closed.add(id);
      }
    });
    return new RoadNetwork(graph, Set.copyOf(closed), Map.copyOf(edges));
  }
}
