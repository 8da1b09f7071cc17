package org.smartland.analytics.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classes for a choropleth of the Comuni: equal-count (quantile) classes 1..n by value, 1 the lowest, so that
 * each class holds about the same number of Comuni. Equal values always share a class.
 */
public final class QuantileClasses {
  private QuantileClasses() {
  }

  /**
   * @param values  a value per place (places without a value are left out)
   * @param classes how many classes, at least 1
   * @return each place's class, in the order of {@code values}
   */
  public static Map<String, Integer> of(Map<String, Double> values, int classes) {
    if (classes < 1) {
      throw new IllegalArgumentException("at least one class");
    }
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(values.entrySet());
    sorted.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
    Map<String, Integer> byPlace = new LinkedHashMap<>();
    int n = sorted.size();
    int firstOfTie = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || Double.compare(sorted.get(i).getValue(), sorted.get(i - 1).getValue()) != 0) {
        firstOfTie = i;
      }
      byPlace.put(sorted.get(i).getKey(), 1 + (int) ((long) firstOfTie * classes / n));
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    values.keySet().forEach(k -> out.put(k, byPlace.get(k)));
    return out;
  }

  /** The lowest and highest value in each class 1..n that has members, for a legend: {@code [class][min, max]}. */
  public static Map<Integer, double[]> ranges(Map<String, Double> values, Map<String, Integer> classes) {
    Map<Integer, double[]> out = new java.util.TreeMap<>();
    classes.forEach((place, c) -> {
      double v = values.get(place);
      out.merge(c, new double[] {v, v}, (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    });
    return out;
  }
}
