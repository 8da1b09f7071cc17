package org.smartland.analytics.job;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.smartland.analytics.network.NetworkChange;

/**
 * A scenario's changes as the indicator job sees them: a changed walking network (the walks are computed again
 * on it) and views that replace the baseline's of the same name (e.g. {@code public_c} with retrofitted
 * buildings). Replacements are used for one computation and never cached as the baseline.
 */
public record WhatIf(NetworkChange network, Map<String, Dataset<Row>> views) {
  public static final WhatIf NONE = new WhatIf(NetworkChange.NONE, Map.of());

  public WhatIf {
    views = Map.copyOf(views);
  }

  public boolean isBaseline() {
    return network.isEmpty() && views.isEmpty();
  }
}
