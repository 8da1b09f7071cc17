/**
 * Vector tiles for OGC API Tiles: the {@link org.smartland.layers.tiles.TileMatrixSet tile matrix sets}
 * WebMercatorQuad and WorldCRS84Quad of OGC 17-083r4, the
 * {@link org.smartland.layers.tiles.VectorTileEncoder Mapbox Vector Tile encoder} (clip, scale, simplify,
 * snap, orient), the {@link org.smartland.layers.tiles.VectorTiles tile pipeline} that queries
 * {@link org.smartland.layers.store.FeatureStore feature stores} for a tile, and the
 * {@link org.smartland.layers.tiles.TileCache cache} of encoded tiles with strong ETags, one computation per
 * key and invalidation when a layer's data changes. No HTTP here: the server maps tile requests to these.
 */
package org.smartland.layers.tiles;
