/**
 * The SQL implementation of {@link org.smartland.layers.store.FeatureStore} shared by GeoPackage and PostGIS:
 * the query model is translated to SQL once per request with bound parameters only; what differs between
 * the two databases (geometry encoding, spatial index predicate, column types) sits behind
 * {@link org.smartland.layers.store.sql.SqlDialect}.
 */
package org.smartland.layers.store.sql;
