package org.smartland.analytics.ranking;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The criterion values of one candidate project, in their own units (they are normalised only when projects are
 * compared). Every criterion is required and finite; values may be negative, since need is a signed gap.
 *
 * @param projectId the project's identifier, not blank
 * @param values    the value of every criterion (an unmodifiable copy in enum order)
 */
public record ProjectCriteria(String projectId, Map<Criterion, Double> values) {

  public ProjectCriteria {
    if (projectId == null || projectId.isBlank()) {
      throw new IllegalArgumentException("project id must not be blank");
    }
    if (values == null) {
      throw new IllegalArgumentException("project '" + projectId + "': criterion values must be given");
    }
    EnumMap<Criterion, Double> copy = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      Double v = values.get(c);
      if (v == null) {
        throw new IllegalArgumentException("project '" + projectId + "': missing criterion '" + c.key() + "'");
      }
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(
            "project '" + projectId + "': criterion '" + c.key() + "' must be finite, not " + v);
      }
      copy.put(c, v);
    }
    values = Collections.unmodifiableMap(copy);
  }

  /** The value of {@code c}. */
  public double of(Criterion c) {
    return values.get(c);
  }
}
