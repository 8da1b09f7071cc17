package org.smartland.analytics.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One scenario run (a job, in OGC API - Processes terms) as it stands.
 *
 * @param id        its number, also in the names of its layers ({@code scenario_<id>_…})
 * @param processId the process it runs
 * @param status    where it is
 * @param percent   progress, 0–100, never going back
 * @param message   what it is doing, or did last
 * @param inputs    the inputs as submitted (what makes the run reproducible)
 * @param outputs   the outputs by id, once successful
 * @param layers    the result layers it published, once successful
 * @param dataRead  the territory layers it read, each with the fingerprint of its content
 * @param seconds   how long each stage took
 * @param error     why it failed or was dismissed
 */
public record ScenarioRun(long id, String processId, Status status, double percent, String message, Instant created,
                          Optional<Instant> started, Optional<Instant> finished, Instant updated, JsonNode inputs,
                          Optional<ObjectNode> outputs, List<LayerSpec> layers, Map<String, String> dataRead,
                          Map<String, Double> seconds, Optional<String> error) {

  /** The OGC API - Processes job statuses. */
  public enum Status { ACCEPTED, RUNNING, SUCCESSFUL, FAILED, DISMISSED;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A published layer: enough to declare it again after a restart.
   *
   * @param provenance how it was made: the run, its process and inputs
   */
  public record LayerSpec(String id, ResultLayer layer, long features, String provenance) {
  }

  public ScenarioRun {
    layers = List.copyOf(layers);
    dataRead = Map.copyOf(dataRead);
    seconds = Map.copyOf(seconds);
  }

  public boolean active() {
    return status == Status.ACCEPTED || status == Status.RUNNING;
  }

  ScenarioRun running(double newPercent, String newMessage, Instant at) {
    return new ScenarioRun(id, processId, Status.RUNNING, Math.max(percent, Math.min(99, newPercent)), newMessage,
        created, Optional.of(started.orElse(at)), finished, at, inputs, outputs, layers, dataRead, seconds, error);
  }

  ScenarioRun succeeded(ObjectNode out, List<LayerSpec> published, Map<String, String> read, Map<String, Double> took,
                        Instant at) {
    return new ScenarioRun(id, processId, Status.SUCCESSFUL, 100, "done", created, Optional.of(started.orElse(at)),
        Optional.of(at), at, inputs, Optional.of(out), published, read, took, Optional.empty());
  }

  ScenarioRun failed(String why, Instant at) {
    return new ScenarioRun(id, processId, Status.FAILED, percent, "failed; nothing was published", created, started,
        Optional.of(at), at, inputs, Optional.empty(), List.of(), dataRead, seconds, Optional.of(why));
  }

  ScenarioRun dismissed(String why, Instant at) {
    return new ScenarioRun(id, processId, Status.DISMISSED, percent, "dismissed; its layers are removed", created,
        started, Optional.of(finished.orElse(at)), at, inputs, outputs, List.of(), dataRead, seconds, Optional.of(why));
  }
}
