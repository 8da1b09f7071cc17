package org.smartland.layers.store;

import java.util.List;

/** What a committed batch did: the ids of the inserted features, in order, and the counts. */
public record WriteResult(List<String> insertedIds, int updated, int deleted) {
  public WriteResult {
    insertedIds = List.copyOf(insertedIds);
  }
}
