/**
 * OGC API - Features (Part 1 core with GeoJSON, HTML and OpenAPI 3.0; Part 2 CRS; Part 3 filtering with
 * CQL2 text and JSON and queryables; Part 4 create, replace, update and delete with optimistic locking by ETag)
 * and OGC API - Tiles (Mapbox Vector Tiles, TileJSON, and an OpenLayers map page per WebMercatorQuad tileset) at
 * {@code /ogc}. Every route is declared once as an {@link org.smartland.server.ogcapi.ApiRoute}, which both
 * registers it and describes it in the OpenAPI document; filters become the shared
 * {@link org.smartland.layers.query.Filter} AST and reach the stores through the
 * {@link org.smartland.layers.store.FeatureStore} seam, as WFS filters do; writes go through the shared
 * {@link org.smartland.server.edit.LayerEdits} path, as WFS-T and uploads do. Private layers are invisible to those
 * who may not read them ({@link org.smartland.server.ogcapi.CollectionAccess}).
 */
package org.smartland.server.ogcapi;
