/**
 * The embedded store: one GeoPackage file per territory (OGC GeoPackage 1.3, RTree spatial index with the
 * standard triggers), written and read through sqlite-jdbc. The file opens directly in QGIS and GDAL.
 * Spatial SQL functions the index triggers and our filters need are registered on every connection.
 */
package org.smartland.layers.store.gpkg;
