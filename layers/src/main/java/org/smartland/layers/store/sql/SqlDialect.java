package org.smartland.layers.store.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.TileLayerQuery;

/** What differs between the SQL databases a {@link SqlFeatureStore} runs on. */
public interface SqlDialect {

  /** The table as it is written in SQL, quoted (and schema-qualified where the database has schemas). */
  String table(String name);

  /** The select-list expression that reads the geometry column as bytes for {@link #readGeometry}. */
  String selectGeometry();

  Geometry readGeometry(byte[] bytes, int srid);

  /**
   * The select-list expression for geometries wanted in {@code outputSrid}: databases that can reproject
   * (PostGIS) do it here, in C, and return the geometry already in the output CRS; the others return the
   * native geometry and {@link #reprojectsInSql()} says so.
   */
  default String selectGeometry(int nativeSrid, int outputSrid) {
    return selectGeometry();
  }

  /** Whether {@link #selectGeometry(int, int)} returns geometries in the output CRS. */
  default boolean reprojectsInSql() {
    return false;
  }

  /** The SQL for a geometry parameter written with {@link #geometryValue}, e.g. {@code ST_GeomFromWKB(?, 32632)}. */
  String geometryParameter(int srid);

  byte[] geometryValue(Geometry g, int srid);

  /** A predicate on the geometry column that uses the spatial index: envelope intersects {@code env}. */
  SqlFragment envelopeIntersects(FeatureSchema schema, Envelope env);

  /** The column type for an attribute type, e.g. {@code TEXT} or {@code double precision}. */
  String columnType(AttributeType type);

  void setValue(PreparedStatement ps, int index, Object value, AttributeType type) throws SQLException;

  /** The value of a column as a Java value of the attribute type, or null. */
  Object readValue(ResultSet rs, int column, AttributeType type) throws SQLException;

  /** The table's extent, cheap where the database keeps one. */
  Envelope extent(DataSource ds, FeatureSchema schema) throws SQLException;

  /**
   * The query that encodes one tile layer in the database ({@link FeatureStore#encodeTileLayer}), returning
   * one bytea row; empty for databases without an MVT encoder.
   */
  default Optional<SqlFragment> tileLayer(FeatureSchema schema, String table, TileLayerQuery q) {
    return Optional.empty();
  }

  /** The planner's estimate of the rows the given count query would see, when the database has statistics. */
  default OptionalLong estimateRows(DataSource ds, SqlFragment where, String table) {
    return OptionalLong.empty();
  }

  /** Called after a write transaction touched a table, before commit (e.g. to refresh metadata). */
  default void afterWrite(java.sql.Connection c, FeatureSchema schema) throws SQLException {
  }

  /** Called after rows were inserted with explicit feature ids, before commit, so that new ids do not collide. */
  default void afterExplicitIds(java.sql.Connection c, String table) throws SQLException {
  }
}
