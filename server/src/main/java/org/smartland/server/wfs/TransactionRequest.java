package org.smartland.server.wfs;

import java.util.List;
import java.util.Optional;

/**
 * A WFS Transaction, read from its XML: every action writes the same feature type (a Transaction writes one layer,
 * all or nothing).
 *
 * @param version {@code 2.0.0}, {@code 1.1.0} or {@code 1.0.0}: the answer takes the same version's shape (QGIS 3.22
 *                sends 1.0.0 transactions to a 2.0.0 server and reads a 1.0.0 answer)
 * @param type    the feature type written; empty only when there are no actions
 * @param actions the actions, in document order
 */
record TransactionRequest(String version, Optional<FeatureType> type, List<TransactionAction> actions) {
  static final String V100 = "1.0.0";

  TransactionRequest {
    actions = List.copyOf(actions);
  }
}
