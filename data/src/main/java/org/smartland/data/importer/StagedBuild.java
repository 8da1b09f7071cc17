package org.smartland.data.importer;

import org.smartland.layers.store.FeatureDatabase;

/** A database being built aside from the published one; see {@link ImportTarget}. */
public interface StagedBuild extends AutoCloseable {

  /** The database to fill; owned by this build (do not close it). */
  FeatureDatabase database();

  /** Replaces the published database with this one, atomically. Called at most once. */
  void publish();

  /** Releases the build; if it was not published, discards it without touching the published database. Never throws. */
  @Override
  void close();
}
