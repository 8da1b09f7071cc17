/**
 * The twin's vocabulary, free of HTTP: the {@link org.smartland.layers.catalog layer catalog}, the
 * {@link org.smartland.layers.store.FeatureStore feature store seam} with its GeoPackage and PostGIS
 * implementations, the {@link org.smartland.layers.query query and filter model} with its
 * {@link org.smartland.layers.query.fes FES reader}, {@link org.smartland.layers.gml GML geometries},
 * {@link org.smartland.layers.xml safe XML reading} and {@link org.smartland.layers.crs CRS handling}.
 */
package org.smartland.layers;
