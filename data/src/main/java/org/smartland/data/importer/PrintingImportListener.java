package org.smartland.data.importer;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.smartland.data.territory.TerritoryConfig;

/**
 * Prints an import's progress: one line per layer with its counts and time, and its first warnings.
 */
public final class PrintingImportListener implements ImportListener {
  private static final int WARNINGS_SHOWN = 5;

  private final PrintStream out;

  public PrintingImportListener(PrintStream out) {
    this.out = out;
  }

  @Override
  public void started(TerritoryConfig territory, String target) {
    out.printf(Locale.ROOT, "Importing territory %s (%d Comuni, %d layers) into %s%n", territory.id(),
        territory.comuni().size(), territory.sources().size(), target);
  }

  @Override
  public void layerFinished(LayerReport r) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-26s %8d written", r.layer(), r.written()));
    if (r.read() > 0) {
      line.append(String.format(Locale.ROOT, "  (read %d", r.read()));
      if (r.repaired() > 0) {
        line.append(", repaired ").append(r.repaired());
      }
      if (r.skipped() > 0) {
        line.append(", skipped ").append(r.skipped());
      }
      if (r.outside() > 0) {
        line.append(", outside ").append(r.outside());
      }
      if (r.merged() > 0) {
        line.append(", duplicates merged ").append(r.merged());
      }
      line.append(')');
    }
    line.append(String.format(Locale.ROOT, "  %.1f s", r.elapsed().toMillis() / 1000.0));
    out.println(line);
    List<String> w = r.warnings();
    for (int i = 0; i < Math.min(WARNINGS_SHOWN, w.size()); i++) {
      out.println("      warning: " + w.get(i));
    }
    if (r.warningCount() > WARNINGS_SHOWN) {
      out.println("      … and " + (r.warningCount() - WARNINGS_SHOWN) + " more warnings");
    }
  }

  @Override
  public void finished(ImportReport report) {
    out.printf(Locale.ROOT, "Done: %d layers, %d features in %.1f s -> %s%n", report.layers().size(),
        report.featuresWritten(), report.elapsed().toMillis() / 1000.0, report.target());
  }
}
