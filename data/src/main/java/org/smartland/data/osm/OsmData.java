package org.smartland.data.osm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;

/**
 * An OSM extract held in memory: node coordinates in a compact index, the tagged nodes, the ways and the
 * relations. Meant for territory extracts (a few hundred thousand nodes: some tens of MB).
 */
public final class OsmData {
  private final OsmNodeIndex nodes;
  private final List<OsmNode> taggedNodes;
  private final List<OsmWay> ways;
  private final List<OsmRelation> relations;
  private final Map<Long, OsmWay> waysById = new HashMap<>();

  OsmData(OsmNodeIndex nodes, List<OsmNode> taggedNodes, List<OsmWay> ways, List<OsmRelation> relations) {
    this.nodes = nodes;
    this.taggedNodes = List.copyOf(taggedNodes);
    this.ways = List.copyOf(ways);
    this.relations = List.copyOf(relations);
    for (OsmWay w : ways) {
      waysById.put(w.id(), w);
    }
  }

  public int nodeCount() {
    return nodes.size();
  }

  public List<OsmNode> taggedNodes() {
    return taggedNodes;
  }

  public List<OsmWay> ways() {
    return ways;
  }

  public List<OsmRelation> relations() {
    return relations;
  }

  public Optional<OsmWay> way(long id) {
    return Optional.ofNullable(waysById.get(id));
  }

  /** The node's lon/lat; null when the extract lacks the node. */
  Coordinate coordinate(long nodeId) {
    return nodes.coordinate(nodeId);
  }
}
