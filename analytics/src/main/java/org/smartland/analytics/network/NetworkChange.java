package org.smartland.analytics.network;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;

/**
 * What a scenario changes on the walking network and among its destinations: roads closed (by the road layer's
 * feature id), new links such as cycle paths, and destinations added (by position) or removed (by feature id),
 * per destination layer (e.g. {@code transit_stops}).
 */
public record NetworkChange(Set<String> closedRoads, List<RoadGraph.Link> links,
                            Map<String, List<Coordinate>> addedDestinations,
                            Map<String, Set<String>> removedDestinations) {
  public static final NetworkChange NONE = new NetworkChange(Set.of(), List.of(), Map.of(), Map.of());

  public NetworkChange {
    closedRoads = Set.copyOf(closedRoads);
    links = List.copyOf(links);
    addedDestinations = Map.copyOf(addedDestinations);
    removedDestinations = Map.copyOf(removedDestinations);
  }

  public static NetworkChange closing(Set<String> roads) {
    return new NetworkChange(roads, List.of(), Map.of(), Map.of());
  }

  public boolean isEmpty() {
    return closedRoads.isEmpty() && links.isEmpty() && addedDestinations.values().stream().allMatch(List::isEmpty)
        && removedDestinations.values().stream().allMatch(Set::isEmpty);
  }
}
