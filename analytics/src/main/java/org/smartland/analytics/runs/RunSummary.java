package org.smartland.analytics.runs;

import java.util.Map;

/**
 * What a finished run did.
 *
 * @param indicators  indicators computed
 * @param comuni      Comuni they were computed for
 * @param projects    projects measured and ranked
 * @param inputs      the layers read, with their feature counts
 * @param stageSeconds seconds per stage ({@code spark_start} only when the session was cold), and {@code total}
 */
public record RunSummary(int indicators, int comuni, int projects, Map<String, Long> inputs,
                         Map<String, Double> stageSeconds) {
  public RunSummary {
    inputs = Map.copyOf(inputs);
    stageSeconds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageSeconds));
  }
}
