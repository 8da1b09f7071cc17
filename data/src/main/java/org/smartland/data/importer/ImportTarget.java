package org.smartland.data.importer;

/**
 * Where an import publishes a territory's database, and how it builds it aside first so that readers never
 * see a half-written database: {@link #stage()} opens an empty database next to the published one; the
 * pipeline fills it and {@link StagedBuild#publish() publishes} it in one atomic step, or closes it unpublished
 * when anything fails, leaving the published database as it was. The GeoPackage target swaps files
 * ({@link GeoPackageTarget}); a PostGIS target would swap schemas.
 */
public interface ImportTarget {

  /** The published database, for messages (a file path, or a schema without credentials). */
  String description();

  /** Opens an empty database aside from the published one. */
  StagedBuild stage();
}
