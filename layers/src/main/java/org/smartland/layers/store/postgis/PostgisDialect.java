package org.smartland.layers.store.postgis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.StoreException;
import org.smartland.layers.store.TileLayerQuery;
import org.smartland.layers.store.sql.SqlDialect;
import org.smartland.layers.store.sql.SqlFragment;
import org.smartland.layers.store.sql.SqlParameters;

/** PostGIS flavour of SQL: WKB in and out, {@code &&} on the GiST index, native date and timestamp types. */
final class PostgisDialect implements SqlDialect {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private final String schema;

  PostgisDialect(String schema) {
    this.schema = schema;
  }

  /**
   * {@code ST_AsMVT} over {@code ST_AsMVTGeom}: the features whose envelope meets the area (the area sampled
   * along its edges before reprojection into the table's CRS, as bbox queries do), clipped to the buffered tile
   * and snapped to its grid in C. Attribute names come from the schema (quoted identifiers); every value is a
   * bound parameter.
   */
  @Override
  public Optional<SqlFragment> tileLayer(FeatureSchema s, String table, TileLayerQuery q) {
    StringBuilder columns = new StringBuilder("fid");
    for (String a : q.attributes()) {
      columns.append(", \"").append(a).append('"');
    }
    Envelope t = q.tile();
    Envelope a = q.area();
    String area = "ST_MakeEnvelope(?, ?, ?, ?, " + q.srid() + ")";
    String areaNative = s.srid() == q.srid() ? area
        : "ST_Transform(ST_Segmentize(" + area + ", ?), " + s.srid() + ")";
    String geom = s.srid() == q.srid() ? "geom" : "ST_Transform(geom, " + q.srid() + ")";
    String sql = "SELECT ST_AsMVT(t, ?, ?, 'geom', 'fid') FROM (SELECT " + columns + ", ST_AsMVTGeom(" + geom
        + ", ST_MakeEnvelope(?, ?, ?, ?, " + q.srid() + ")::box2d, ?, ?, true) AS geom FROM " + table
        + " WHERE geom && " + areaNative + ") t WHERE t.geom IS NOT NULL";
    List<Object> params = new ArrayList<>(List.of(q.layerName(), q.extent(),
        t.getMinX(), t.getMinY(), t.getMaxX(), t.getMaxY(), q.extent(), q.buffer(),
        a.getMinX(), a.getMinY(), a.getMaxX(), a.getMaxY()));
    if (s.srid() != q.srid()) {
      params.add(Math.max(a.getWidth(), a.getHeight()) / 10);
    }
    return Optional.of(new SqlFragment(sql, params));
  }

  @Override
  public void afterExplicitIds(java.sql.Connection c, String table) throws java.sql.SQLException {
    try (java.sql.Statement st = c.createStatement()) {
      st.execute("SELECT setval(pg_get_serial_sequence('" + table.replace("'", "''") + "', 'fid'),"
          + " GREATEST((SELECT max(fid) FROM " + table + "), 1))");
    }
  }

  @Override
  public String table(String name) {
    return "\"" + schema + "\".\"" + name + "\"";
  }

  @Override
  public String selectGeometry() {
    return "ST_AsBinary(geom)";
  }

  @Override
  public String selectGeometry(int nativeSrid, int outputSrid) {
    return nativeSrid == outputSrid ? selectGeometry() : "ST_AsBinary(ST_Transform(geom, " + outputSrid + "))";
  }

  @Override
  public boolean reprojectsInSql() {
    return true;
  }

  @Override
  public Geometry readGeometry(byte[] bytes, int srid) {
    try {
      Geometry g = new WKBReader(FACTORY).read(bytes);
      g.setSRID(srid);
      return g;
    } catch (ParseException e) {
      throw new StoreException("PostGIS returned broken WKB: " + e.getMessage(), e);
    }
  }

  @Override
  public String geometryParameter(int srid) {
    return "ST_GeomFromWKB(?, " + srid + ")";
  }

  @Override
  public byte[] geometryValue(Geometry g, int srid) {
    return new WKBWriter(2).write(g);
  }

  @Override
  public SqlFragment envelopeIntersects(FeatureSchema s, Envelope env) {
    return SqlFragment.of("geom && ST_MakeEnvelope(?, ?, ?, ?, " + s.srid() + ")",
        env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY());
  }

  @Override
  public String columnType(AttributeType type) {
    return switch (type) {
      case STRING -> "text";
      case INTEGER -> "bigint";
      case DOUBLE -> "double precision";
      case BOOLEAN -> "boolean";
      case DATE -> "date";
      case DATETIME -> "timestamptz";
    };
  }

  @Override
  public void setValue(PreparedStatement ps, int index, Object value, AttributeType type) throws SQLException {
    if (value == null) {
      ps.setNull(index, switch (type) {
        case STRING -> Types.VARCHAR;
        case INTEGER -> Types.BIGINT;
        case DOUBLE -> Types.DOUBLE;
        case BOOLEAN -> Types.BOOLEAN;
        case DATE -> Types.DATE;
        case DATETIME -> Types.TIMESTAMP_WITH_TIMEZONE;
      });
      return;
    }
    switch (type) {
      case STRING -> ps.setString(index, (String) value);
      case INTEGER -> ps.setLong(index, (Long) value);
      case DOUBLE -> ps.setDouble(index, (Double) value);
      case BOOLEAN -> ps.setBoolean(index, (Boolean) value);
      case DATE -> ps.setObject(index, (LocalDate) value);
      case DATETIME -> ps.setObject(index, ((Instant) value).atOffset(ZoneOffset.UTC));
    }
  }

  @Override
  public Object readValue(ResultSet rs, int column, AttributeType type) throws SQLException {
    Object value = switch (type) {
      case STRING -> rs.getString(column);
      case INTEGER -> rs.getLong(column);
      case DOUBLE -> rs.getDouble(column);
      case BOOLEAN -> rs.getBoolean(column);
      case DATE -> rs.getObject(column, LocalDate.class);
      case DATETIME -> {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        yield t == null ? null : t.toInstant();
      }
    };
    return rs.wasNull() ? null : value;
  }

  @Override
  public Envelope extent(DataSource ds, FeatureSchema s) throws SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT ST_XMin(e), ST_XMax(e), ST_YMin(e), ST_YMax(e) FROM (SELECT ST_Extent(geom) e FROM "
             + table(s.name()) + ") x")) {
      rs.next();
      if (rs.getObject(1) == null) {
        return null;
      }
      return new Envelope(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
    }
  }

  @Override
  public OptionalLong estimateRows(DataSource ds, SqlFragment where, String table) {
    try (Connection c = ds.getConnection();
         PreparedStatement ps = c.prepareStatement("EXPLAIN (FORMAT JSON) SELECT 1 FROM " + table + " WHERE " + where.sql())) {
      for (int i = 0; i < where.params().size(); i++) {
        SqlParameters.bind(ps, i + 1, where.params().get(i), this);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        JsonNode plan = JSON.readTree(rs.getString(1));
        return OptionalLong.of(plan.get(0).get("Plan").get("Plan Rows").asLong());
      }
    } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }
}
