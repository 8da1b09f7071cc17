package org.smartland.data.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened to one layer during an import: features read, repaired, left out by the clip, merged as
 * duplicates, written; and the warnings (each names the feature). Filled in as the layer is built.
 */
public final class LayerReport {
  /** Warnings kept in full; beyond this only counted. */
  public static final int MAX_WARNINGS = 1000;

  private final String layer;
  private final List<String> warnings = new ArrayList<>();
  private int warningCount;
  private int read;
  private int repaired;
  private int skipped;
  private int outside;
  private int merged;
  private long written;
  private Duration elapsed = Duration.ZERO;

  public LayerReport(String layer) {
    this.layer = layer;
  }

  public void warn(String message) {
    if (warnings.size() < MAX_WARNINGS) {
      warnings.add(message);
    }
    warningCount++;
  }

  void read(int n) {
    read += n;
  }

  void repaired(String feature, String reason) {
    repaired++;
    warn(feature + ": invalid geometry repaired (" + reason + ")");
  }

  void skipped(String feature, String reason) {
    skipped++;
    warn(feature + ": skipped: " + reason);
  }

  void outside(int n) {
    outside += n;
  }

  void merged(int n) {
    merged += n;
  }

  void written(long n) {
    written = n;
  }

  void elapsed(Duration d) {
    elapsed = d;
  }

  public String layer() {
    return layer;
  }

  public int read() {
    return read;
  }

  public int repaired() {
    return repaired;
  }

  /** Features left out because their geometry could not be repaired ({@code unrepairable: skip}). */
  public int skipped() {
    return skipped;
  }

  public int outside() {
    return outside;
  }

  public int merged() {
    return merged;
  }

  public long written() {
    return written;
  }

  public Duration elapsed() {
    return elapsed;
  }

  /** The warnings kept (at most {@link #MAX_WARNINGS}). */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** All warnings, including those not kept. */
  public int warningCount() {
    return warningCount;
  }
}
