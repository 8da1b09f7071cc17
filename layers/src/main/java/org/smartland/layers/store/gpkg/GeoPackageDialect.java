package org.smartland.layers.store.gpkg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.sql.SqlDialect;
import org.smartland.layers.store.sql.SqlFragment;

/**
 * GeoPackage flavour of SQL: geometries as GeoPackage blobs, the spatial index as the {@code rtree_<t>_geom}
 * virtual table, dates and timestamps as ISO 8601 text (so that they compare correctly as text), booleans
 * as 0/1, and the layer extent kept in {@code gpkg_contents}.
 */
final class GeoPackageDialect implements SqlDialect {

  @Override
  public String table(String name) {
    return "\"" + name + "\"";
  }

  @Override
  public String selectGeometry() {
    return "geom";
  }

  @Override
  public Geometry readGeometry(byte[] bytes, int srid) {
    Geometry g = GeoPackageGeometry.decode(bytes);
    g.setSRID(srid);
    return g;
  }

  @Override
  public String geometryParameter(int srid) {
    return "?";
  }

  @Override
  public byte[] geometryValue(Geometry g, int srid) {
    return GeoPackageGeometry.encode(g, srid);
  }

  @Override
  public SqlFragment envelopeIntersects(FeatureSchema schema, Envelope env) {
    return SqlFragment.of("fid IN (SELECT id FROM \"rtree_" + schema.name()
            + "_geom\" WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)",
        env.getMaxX(), env.getMinX(), env.getMaxY(), env.getMinY());
  }

  @Override
  public String columnType(AttributeType type) {
    return switch (type) {
      case STRING -> "TEXT";
      case INTEGER -> "INTEGER";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case DATETIME -> "DATETIME";
    };
  }

  @Override
  public void setValue(PreparedStatement ps, int index, Object value, AttributeType type) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NULL);
      return;
    }
    switch (type) {
      case STRING -> ps.setString(index, (String) value);
      case INTEGER -> ps.setLong(index, (Long) value);
      case DOUBLE -> ps.setDouble(index, (Double) value);
      case BOOLEAN -> ps.setInt(index, ((Boolean) value) ? 1 : 0);
      case DATE -> ps.setString(index, value.toString());
      case DATETIME -> ps.setString(index, IsoInstant.format((Instant) value));
    }
  }

  @Override
  public Object readValue(ResultSet rs, int column, AttributeType type) throws SQLException {
    Object raw = rs.getObject(column);
    if (raw == null) {
      return null;
    }
    return switch (type) {
      case STRING -> raw.toString();
      case INTEGER -> ((Number) raw).longValue();
      case DOUBLE -> ((Number) raw).doubleValue();
      case BOOLEAN -> ((Number) raw).intValue() != 0;
      case DATE -> LocalDate.parse(raw.toString().substring(0, 10));
      case DATETIME -> IsoInstant.parse(raw.toString());
    };
  }

  @Override
  public Envelope extent(DataSource ds, FeatureSchema schema) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT min(minx), max(maxx), min(miny), max(maxy) FROM \"rtree_"
             + schema.name() + "_geom\"")) {
      rs.next();
      if (rs.getObject(1) == null) {
        return null;
      }
      return new Envelope(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
    }
  }

  @Override
  public void afterWrite(Connection c, FeatureSchema schema) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE gpkg_contents SET last_change = ?,"
        + " min_x = (SELECT min(minx) FROM \"rtree_" + schema.name() + "_geom\"),"
        + " max_x = (SELECT max(maxx) FROM \"rtree_" + schema.name() + "_geom\"),"
        + " min_y = (SELECT min(miny) FROM \"rtree_" + schema.name() + "_geom\"),"
        + " max_y = (SELECT max(maxy) FROM \"rtree_" + schema.name() + "_geom\")"
        + " WHERE table_name = ?")) {
      ps.setString(1, IsoInstant.format(Instant.now()));
      ps.setString(2, schema.name());
      ps.executeUpdate();
    }
  }
}
