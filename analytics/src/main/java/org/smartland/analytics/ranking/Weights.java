package org.smartland.analytics.ranking;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much each criterion counts in a ranking. Every criterion has a weight (a missing one is 0); weights are
 * finite and not negative, and at least one is above zero. Only their proportions matter: the ranking uses
 * them {@link #normalised()} to sum 1.
 *
 * @param values the weight of every criterion, in enum order (an unmodifiable copy)
 */
public record Weights(Map<Criterion, Double> values) {

  public Weights {
    if (values == null) {
      throw new IllegalArgumentException("weights must be given");
    }
    EnumMap<Criterion, Double> copy = new EnumMap<>(Criterion.class);
    boolean anyAboveZero = false;
    for (Criterion c : Criterion.values()) {
      Double w = values.getOrDefault(c, 0.0);
      if (w == null || !Double.isFinite(w) || w < 0) {
        throw new IllegalArgumentException(
            "weight of '" + c.key() + "' must be a finite number ≥ 0, not " + w);
      }
      anyAboveZero |= w > 0;
      copy.put(c, w == 0 ? 0.0 : w);
    }
    if (!anyAboveZero) {
      throw new IllegalArgumentException("weights must not all be zero");
    }
    values = Collections.unmodifiableMap(copy);
  }

  /** Weights from criterion keys (see {@link Criterion#parse}); criteria not given weigh 0. */
  public static Weights of(Map<String, Double> byKey) {
    return new Weights(parse(byKey));
  }

  /** These weights with the criteria in {@code overrides} replaced; the result is validated like {@link #of}. */
  public Weights with(Map<String, Double> overrides) {
    EnumMap<Criterion, Double> merged = new EnumMap<>(values);
    merged.putAll(parse(overrides));
    return new Weights(merged);
  }

  /** The weight of {@code c}. */
  public double of(Criterion c) {
    return values.get(c);
  }

  /** The same proportions, scaled to sum 1. */
  public Weights normalised() {
    double[] w = normalise(vector());
    EnumMap<Criterion, Double> scaled = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      scaled.put(c, w[c.ordinal()]);
    }
    return new Weights(scaled);
  }

  /** The weights by criterion key, in enum order. */
  public Map<String, Double> byKey() {
    Map<String, Double> out = new LinkedHashMap<>();
    values.forEach((c, w) -> out.put(c.key(), w));
    return Collections.unmodifiableMap(out);
  }

  /** The raw weights indexed by {@link Criterion#ordinal()}. */
  double[] vector() {
    double[] w = new double[Criterion.values().length];
    for (Criterion c : Criterion.values()) {
      w[c.ordinal()] = values.get(c);
    }
    return w;
  }

  /**
   * Scales {@code w} in place to sum 1, summing in enum order. The ranking and the sensitivity draws share it, so
   * unperturbed weights give bit-identical scores in both.
   */
  static double[] normalise(double[] w) {
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    if (Double.isInfinite(sum)) {
      for (int i = 0; i < w.length; i++) {
        w[i] = w[i] / w.length;
      }
      return normalise(w);
    }
    for (int i = 0; i < w.length; i++) {
      w[i] = w[i] / sum;
    }
    return w;
  }

  private static Map<Criterion, Double> parse(Map<String, Double> byKey) {
    if (byKey == null) {
      throw new IllegalArgumentException("weights must be given");
    }
    Map<Criterion, Double> parsed = new HashMap<>();
    byKey.forEach((k, w) -> {
      Criterion c = Criterion.parse(k);
      if (parsed.containsKey(c)) {
        throw new IllegalArgumentException("criterion '" + c.key() + "' is given twice");
      }
      if (w == null) {
        throw new IllegalArgumentException("weight of '" + c.key() + "' must be a finite number ≥ 0, not null");
      }
      parsed.put(c, w);
    });
    return parsed;
  }
}
