package org.smartland.analytics.network;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which road classes pedestrians may use. */
class WalkableTest {
  @Test
  void motorways_and_trunk_roads_are_not_walkable() {
    assertFalse(Walkable.isWalkable("motorway"));
    assertFalse(Walkable.isWalkable("motorway_link"));
    assertFalse(Walkable.isWalkable("trunk"));
    assertFalse(Walkable.isWalkable("trunk_link"));
    assertFalse(Walkable.isWalkable(" Motorway "), "case and spaces are ignored");
    assertFalse(Walkable.isWalkable("construction"));
    assertFalse(Walkable.isWalkable("proposed"));
  }

  @Test
  void ordinary_streets_paths_and_unknown_classes_are_walkable() {
    assertTrue(Walkable.isWalkable("residential"));
    assertTrue(Walkable.isWalkable("primary"), "a primary road has pavements; only trunk roads are closed");
    assertTrue(Walkable.isWalkable("footway"));
    assertTrue(Walkable.isWalkable("unclassified"));
    assertTrue(Walkable.isWalkable("some_new_class"), "unknown: walkable");
    assertTrue(Walkable.isWalkable(""));
    assertTrue(Walkable.isWalkable(null));
  }
}
