package org.smartland.analytics.ranking;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The criteria a candidate project is ranked on. Every criterion is "higher is better": a larger need, more
 * beneficiaries, better cost effectiveness, more risk reduction and more synergy all push a project up.
 */
public enum Criterion {
  /** How far the territory is from its target where the project acts (a signed gap). */
  NEED("need"),
  /** How many people the project serves. */
  BENEFICIARIES("beneficiaries"),
  /** Benefit per euro spent. */
  COST_EFFECTIVENESS("cost_effectiveness"),
  /** How much the project lowers exposure to hazards. */
  RISK_REDUCTION("risk_reduction"),
  /** How much the project reinforces other projects and corridors. */
  SYNERGY("synergy");

  private final String key;

  Criterion(String key) {
    this.key = key;
  }

  /** The lower-case key used in APIs and configuration, e.g. {@code cost_effectiveness}. */
  public String key() {
    return key;
  }

  /** The criterion with this key (case and surrounding blanks ignored). */
  public static Criterion parse(String key) {
    if (key != null) {
      String k = key.trim().toLowerCase(Locale.ROOT);
      for (Criterion c : values()) {
        if (c.key.equals(k)) {
          return c;
        }
      }
    }
    throw new IllegalArgumentException("unknown criterion '" + key + "'; valid: " + validKeys());
  }

  static String validKeys() {
    return Arrays.stream(values()).map(Criterion::key).collect(Collectors.joining(", "));
  }
}
