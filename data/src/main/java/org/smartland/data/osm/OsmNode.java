package org.smartland.data.osm;

import java.util.Map;

/** A tagged OSM node: id, WGS 84 longitude and latitude, tags. */
public record OsmNode(long id, double lon, double lat, Map<String, String> tags) {
  public OsmNode {
    tags = Map.copyOf(tags);
  }
}
