package org.smartland.data.importer;

import org.smartland.data.territory.TerritoryConfig;

/** Follows an import's progress (the CLI prints it). Methods are called on the importing thread. */
public interface ImportListener {
  ImportListener SILENT = new ImportListener() {
  };

  default void started(TerritoryConfig territory, String target) {
  }

  default void layerStarted(String layer) {
  }

  default void layerFinished(LayerReport report) {
  }

  default void finished(ImportReport report) {
  }
}
