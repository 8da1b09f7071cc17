package org.smartland.analytics.runs;

import java.time.Instant;
import java.util.Optional;

/**
 * One analytics run as the API shows it.
 *
 * @param id        its number, also the {@code run_id} of the features it wrote
 * @param territory the territory id
 * @param status    where it is
 * @param percent   progress, 0–100
 * @param message   what it is doing, or did last
 * @param submitted when it was asked for
 * @param started   when it started, if it has
 * @param finished  when it ended, if it has
 * @param summary   what it did, once succeeded
 * @param error     why it failed, once failed
 */
public record AnalyticsRun(long id, String territory, Status status, double percent, String message, Instant submitted,
                           Optional<Instant> started, Optional<Instant> finished, Optional<RunSummary> summary,
                           Optional<String> error) {

  public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public boolean active() {
    return status == Status.QUEUED || status == Status.RUNNING;
  }

  AnalyticsRun running(double newPercent, String newMessage, Instant at) {
    return new AnalyticsRun(id, territory, Status.RUNNING, Math.max(percent, Math.min(100, newPercent)), newMessage,
        submitted, Optional.of(started.orElse(at)), finished, summary, error);
  }

  AnalyticsRun succeeded(RunSummary s, Instant at) {
    return new AnalyticsRun(id, territory, Status.SUCCEEDED, 100, "done", submitted, Optional.of(started.orElse(at)),
        Optional.of(at), Optional.of(s), Optional.empty());
  }

  AnalyticsRun failed(String why, Instant at) {
    return new AnalyticsRun(id, territory, Status.FAILED, percent, "failed; the previous results are unchanged",
        submitted, started, Optional.of(at), Optional.empty(), Optional.of(why));
  }
}
