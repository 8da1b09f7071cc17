package org.smartland.analytics.processes;

import org.smartland.analytics.runs.Progress;

/**
 * Progress for work whose steps are told but not counted in advance: each step closes a fifth of the distance
 * left to 90 %, so the percentage always grows and never reaches the end before the results are written.
 */
final class StepProgress {
  private final Progress progress;
  private double percent = 2;

  StepProgress(Progress progress) {
    this.progress = progress;
  }

  synchronized void step(String message) {
    percent += (90 - percent) * 0.2;
    progress.report(percent, message);
  }
}
