package org.smartland.data.territory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TagConditionTest {
  @Test
  void all_entries_of_a_mapping_must_hold() {
    TagCondition c = TagCondition.parse(TestYaml.node("{building: '*', amenity: [school, townhall]}"));
    assertTrue(c.matches(Map.of("building", "yes", "amenity", "school")));
    assertFalse(c.matches(Map.of("building", "yes", "amenity", "library")));
    assertFalse(c.matches(Map.of("amenity", "school")));
    assertFalse(c.matches(Map.of("building", "", "amenity", "school")));
  }

  @Test
  void one_mapping_of_a_list_must_hold() {
    TagCondition c = TagCondition.parse(TestYaml.node("[{leisure: park}, {landuse: [forest, meadow]}]"));
    assertTrue(c.matches(Map.of("landuse", "meadow")));
    assertTrue(c.matches(Map.of("leisure", "park")));
    assertFalse(c.matches(Map.of("landuse", "farmland")));
  }

  @Test
  void values_compare_as_text() {
    TagCondition c = TagCondition.parse(TestYaml.node("{floors: 2}"));
    assertTrue(c.test(k -> 2L));
    assertFalse(c.test(k -> null));
  }
}
