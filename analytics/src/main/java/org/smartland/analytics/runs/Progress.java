package org.smartland.analytics.runs;

/** Where a run is: a percentage (0–100, never going back) and what it is doing. */
public interface Progress {
  void report(double percent, String message);
}
