/**
 * The import pipeline: {@link org.smartland.data.importer.TerritoryImport} builds a territory's database from
 * its sources — read, map, reproject, validate and repair, clip, deduplicate, derive, write — aside from the
 * published database, then swaps it in atomically through an {@link org.smartland.data.importer.ImportTarget}
 * (a GeoPackage file here; a PostGIS schema swap plugs in the same way). Progress and per-layer counts go to
 * an {@link org.smartland.data.importer.ImportListener}.
 */
package org.smartland.data.importer;
