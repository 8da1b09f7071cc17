package org.smartland.server.wfs;

import java.util.List;
import java.util.Optional;

/**
 * What a committed Transaction did.
 *
 * @param inserted the new features, in request order, each with its resource id ({@code works.12}, as GetFeature's
 *                 gml:id) and the Insert it came from
 * @param updated  resource ids of the updated features, in order (a feature updated twice is listed twice)
 * @param replaced resource ids of the replaced features
 * @param deleted  how many features were deleted
 */
record TransactionResult(List<Written> inserted, List<Written> updated, List<Written> replaced, int deleted) {
  /** Nothing written: a Transaction without actions. */
  static final TransactionResult NOTHING = new TransactionResult(List.of(), List.of(), List.of(), 0);

  /**
   * One feature written.
   *
   * @param rid    its resource id
   * @param action the 1-based number of the action that wrote it
   * @param handle that action's handle
   */
  record Written(String rid, int action, Optional<String> handle) {
  }

  TransactionResult {
    inserted = List.copyOf(inserted);
    updated = List.copyOf(updated);
    replaced = List.copyOf(replaced);
  }
}
