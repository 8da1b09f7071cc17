package org.smartland.analytics.ranking;

import java.util.Locale;

/**
 * How normalised criteria become a score. Both methods work on the same min–max normalised values and the same
 * weights scaled to sum 1.
 */
public enum Method {
  /** The score is the sum of weight × normalised value over the criteria, between 0 and 1. */
  WEIGHTED_SUM("weighted_sum"),
  /**
   * The score is the relative closeness to the ideal project (the best weighted value on every criterion): the
   * distance from the anti-ideal over the sum of the distances from both, between 0 and 1.
   */
  TOPSIS("topsis");

  private final String key;

  Method(String key) {
    this.key = key;
  }

  /** The lower-case key used in APIs: {@code weighted_sum} or {@code topsis}. */
  public String key() {
    return key;
  }

  /** {@code weighted_sum} (or {@code wsum}) or {@code topsis}, case and surrounding blanks ignored. */
  public static Method parse(String s) {
    String k = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    return switch (k) {
      case "weighted_sum", "wsum" -> WEIGHTED_SUM;
      case "topsis" -> TOPSIS;
      default -> throw new IllegalArgumentException(
          "unknown ranking method '" + s + "'; valid: weighted_sum (or wsum), topsis");
    };
  }
}
