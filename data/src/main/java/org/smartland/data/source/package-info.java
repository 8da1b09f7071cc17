/**
 * Source file readers: GeoJSON, GeoPackage and CSV with coordinate columns (OSM PBF is in
 * {@link org.smartland.data.osm}). A reader turns one file into {@link org.smartland.data.source.SourceFeature}s
 * with their raw properties, in the file's CRS; a file it cannot read fails with a
 * {@link org.smartland.data.source.SourceException} naming the file, the feature and the problem.
 */
package org.smartland.data.source;
