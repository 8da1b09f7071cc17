package org.smartland.server.edit;

import java.util.List;
import java.util.stream.Collectors;
import org.smartland.layers.store.InvalidFeatureException;

/** A write refused because features do not fit their layer: every problem found, by feature. Nothing was written. */
public final class RejectedEditException extends InvalidFeatureException {
  private final transient List<Problem> problems;

  public RejectedEditException(String layer, List<Problem> problems) {
    super("nothing was written to layer '" + layer + "': " + problems.stream().limit(20).map(Problem::toString)
        .collect(Collectors.joining("; ")) + (problems.size() > 20 ? "; and " + (problems.size() - 20) + " more" : ""));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
