/**
 * Contractors' uploads: a whole layer handed over as a GeoPackage, a GeoJSON FeatureCollection or a zipped ESRI
 * shapefile, read defensively (every size, count and ratio capped; zips read in memory, never extracted by name;
 * GeoPackages opened read-only, only SELECTs), validated against the layer with the same
 * {@link org.smartland.server.edit.FeatureChecks} as transactions, and either rejected with a report of every problem
 * by feature, or applied all together through {@link org.smartland.server.edit.LayerEdits#replaceAll} as a new version
 * of the layer. Every version keeps a snapshot of the layer, so any of them can be restored; edits made by
 * transactions between versions are recorded as a version of their own before anything replaces them.
 *
 * <p>On disk, under the server's uploads directory: {@code files/} (the accepted files, under server-made names),
 * {@code reports/<layer>/} (one JSON report per upload), {@code layers/<layer>/} (the versions and their snapshots) and
 * {@code tmp/} (bodies being received).
 */
package org.smartland.server.uploads;
