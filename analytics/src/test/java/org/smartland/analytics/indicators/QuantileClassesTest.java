package org.smartland.analytics.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Equal-count classes of the Comuni for a choropleth. */
class QuantileClassesTest {
  /** Ten Comuni, deliberately not in value order. */
  static Map<String, Double> tenValues() {
    Map<String, Double> v = new LinkedHashMap<>();
    double[] values = {7, 3, 10, 1, 5, 9, 2, 8, 4, 6};
    for (int i = 0; i < values.length; i++) {
      v.put("c" + i, values[i]);
    }
    return v;
  }

  @Test
  void ten_values_in_five_classes_make_two_per_class_lowest_first() {
    Map<String, Integer> classes = QuantileClasses.of(tenValues(), 5);
    // value 1, 2 → class 1; 3, 4 → 2; 5, 6 → 3; 7, 8 → 4; 9, 10 → 5.
    assertEquals(List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"), List.copyOf(classes.keySet()),
        "in the order of the values given");
    assertEquals(List.of(4, 2, 5, 1, 3, 5, 1, 4, 2, 3), List.copyOf(classes.values()));
  }

  @Test
  void equal_values_share_the_class_of_the_first_of_them() {
    Map<String, Double> v = new LinkedHashMap<>();
    double[] values = {1, 2, 2, 2, 5, 6, 7, 8, 9, 10};
    for (int i = 0; i < values.length; i++) {
      v.put("c" + i, values[i]);
    }
    Map<String, Integer> classes = QuantileClasses.of(v, 5);
    // The three 2s are at sorted positions 1-3: position 1 is in class 1, so all three are, though
    // positions 2 and 3 alone would be class 2.
    assertEquals(1, classes.get("c1"));
    assertEquals(1, classes.get("c2"));
    assertEquals(1, classes.get("c3"));
    assertEquals(3, classes.get("c4"), "value 5 at position 4: class 1 + 4 × 5 / 10 = 3");
    assertEquals(5, classes.get("c9"));
    assertEquals(List.of(), List.copyOf(classes.values()).stream().filter(c -> c == 2).toList(), "class 2 is empty");
  }

  @Test
  void ranges_give_the_lowest_and_highest_value_of_each_class_with_members() {
    Map<String, Double> v = tenValues();
    Map<Integer, double[]> ranges = QuantileClasses.ranges(v, QuantileClasses.of(v, 5));
    assertEquals(List.of(1, 2, 3, 4, 5), List.copyOf(ranges.keySet()));
    assertArrayEquals(new double[] {1, 2}, ranges.get(1));
    assertArrayEquals(new double[] {5, 6}, ranges.get(3));
    assertArrayEquals(new double[] {9, 10}, ranges.get(5));

    Map<String, Double> tied = Map.of("a", 4.0, "b", 4.0, "c", 4.0);
    Map<String, Integer> one = QuantileClasses.of(tied, 3);
    assertEquals(Map.of("a", 1, "b", 1, "c", 1), one, "all equal: one class");
    assertEquals(List.of(1), List.copyOf(QuantileClasses.ranges(tied, one).keySet()), "no range for empty classes");
  }

  @Test
  void more_classes_than_values_and_bad_counts() {
    Map<String, Integer> classes = QuantileClasses.of(Map.of("a", 1.0, "b", 2.0), 5);
    assertEquals(1, classes.get("a"));
    assertEquals(3, classes.get("b"), "position 1 of 2: class 1 + 1 × 5 / 2 = 3");
    assertEquals(Map.of(), QuantileClasses.of(Map.of(), 5));
    assertThrows(IllegalArgumentException.class, () -> QuantileClasses.of(Map.of("a", 1.0), 0));
  }
}
