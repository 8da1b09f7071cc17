package org.smartland.data.osm;

import java.util.Map;

/** An OSM way: id, the ids of its nodes in order, tags. A way is closed when its first and last node are one. */
public record OsmWay(long id, long[] nodes, Map<String, String> tags) {
  public OsmWay {
    tags = Map.copyOf(tags);
  }

  public boolean isClosed() {
    return nodes.length >= 4 && nodes[0] == nodes[nodes.length - 1];
  }
}
