/**
 * The one seam between protocols and storage. A {@link org.smartland.layers.store.FeatureDatabase} (a
 * GeoPackage file or a PostGIS schema) holds a territory's layers; each layer is read and written through
 * a {@link org.smartland.layers.store.FeatureStore}. Stores never see HTTP or OGC parameter names.
 */
package org.smartland.layers.store;
