/**
 * The production store: a territory's layers as tables of one PostgreSQL schema with PostGIS geometry
 * columns and GiST indexes, reached through a HikariCP pool. The database's fixed objects (the PostGIS
 * extension, the import log) come from Flyway migrations in {@code db/migration/postgis}; layer tables
 * follow the catalog and are created by {@link org.smartland.layers.store.postgis.PostgisDatabase#createLayer}.
 */
package org.smartland.layers.store.postgis;
