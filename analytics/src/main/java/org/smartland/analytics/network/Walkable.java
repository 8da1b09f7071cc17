package org.smartland.analytics.network;

import java.util.Locale;
import java.util.Set;

/** Which road edges a pedestrian may use, by OpenStreetMap {@code highway} class. */
public final class Walkable {
  private static final Set<String> NOT_WALKABLE = Set.of("motorway", "motorway_link", "trunk", "trunk_link",
      "construction", "proposed", "raceway", "bus_guideway", "abandoned", "razed");

  private Walkable() {
  }

  /**
   * Everything but motorways, trunk roads (in Italy closed to pedestrians: strade extraurbane principali), roads
   * under construction or only proposed, race tracks and guided busways. An unknown class is walkable.
   */
  public static boolean isWalkable(String highwayClass) {
    return highwayClass == null || !NOT_WALKABLE.contains(highwayClass.trim().toLowerCase(Locale.ROOT));
  }
}
