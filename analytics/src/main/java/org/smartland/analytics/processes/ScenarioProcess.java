package org.smartland.analytics.processes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.smartland.analytics.runs.Progress;

/** A "what if" process: its description (typed inputs and outputs) and how to run a request. */
public interface ScenarioProcess {
  String id();

  String title();

  String description();

  default String version() {
    return "1.0.0";
  }

  List<ProcessInput> inputs();

  List<ProcessOutput> outputs();

  /**
   * Checks a request's inputs against the description and the territory (features named exist, geometries fit
   * the bounds) and returns the work that runs them.
   *
   * @throws InvalidInputException naming the first input that does not fit
   */
  Work prepare(JsonNode inputs);

  /** The checked request, ready to run. */
  interface Work {
    /**
     * @param progress told how far the run is; it throws {@link java.util.concurrent.CancellationException} once
     *                 the run is cancelled or out of time, so reporting often makes a run stop early
     */
    ScenarioOutcome run(long runId, Progress progress);
  }
}
