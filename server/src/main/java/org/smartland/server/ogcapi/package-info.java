/**
 * OGC API - Features (Part 1 core with GeoJSON, HTML and OpenAPI 3.0; Part 2 CRS; Part 3 filtering with
 * CQL2 text and JSON and queryables) and OGC API - Tiles (Mapbox Vector Tiles, TileJSON, and an OpenLayers
 * map page per WebMercatorQuad tileset) at {@code /ogc}. Every route is declared once as an {@link
 * org.smartland.server.ogcapi.ApiRoute}, which both registers it and describes it in the OpenAPI document;
 * filters become the shared {@link org.smartland.layers.query.Filter} AST and reach the stores through the
 * {@link org.smartland.layers.store.FeatureStore} seam, as WFS filters do.
 */
package org.smartland.server.ogcapi;
