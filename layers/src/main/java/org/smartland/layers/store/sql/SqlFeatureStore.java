package org.smartland.layers.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.util.GeometricShapeFactory;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.crs.ApproximateTransform;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.BoundingBox;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.query.InvalidQueryException;
import org.smartland.layers.query.SortKey;
import org.smartland.layers.store.DataChanges;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureIds;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.TileLayerQuery;
import org.smartland.layers.store.StoreException;
import org.smartland.layers.store.WriteResult;

/**
 * A layer in a SQL table with columns {@code fid} (integer key), {@code geom} and one column per attribute.
 * Queries are built per request from the {@link FeatureQuery} with bound parameters only, ordered by the
 * sort keys and then {@code fid}, and streamed from an open cursor.
 */
public final class SqlFeatureStore implements FeatureStore {
  private static final int FETCH_SIZE = 1000;

  private final DataSource ds;
  private final SqlDialect dialect;
  private final FeatureSchema schema;
  private final CrsTransforms crs;
  private final FilterSql filters;
  private final SqlFeatureWriter writer;
  private final String table;
  private final DataChanges changes;

  public SqlFeatureStore(DataSource ds, SqlDialect dialect, FeatureSchema schema, CrsTransforms crs) {
    this(ds, dialect, schema, crs, new DataChanges());
  }

  /** @param changes told of every committed write, with the layer's name */
  public SqlFeatureStore(DataSource ds, SqlDialect dialect, FeatureSchema schema, CrsTransforms crs,
                         DataChanges changes) {
    this.ds = ds;
    this.dialect = dialect;
    this.schema = schema;
    this.changes = changes;
    this.crs = crs;
    this.filters = new FilterSql(schema, dialect, crs);
    this.writer = new SqlFeatureWriter(ds, dialect, schema);
    this.table = dialect.table(schema.name());
  }

  @Override
  public FeatureSchema schema() {
    return schema;
  }

  @Override
  public Stream<Feature> query(FeatureQuery q) {
    List<AttributeDefinition> columns = selectedAttributes(q);
    SqlFragment where = where(q);
    int outSrid = q.outputSrid().orElse(schema.srid());
    Optional<ApproximateTransform> approximate = approximate(q, outSrid);
    StringBuilder sql = new StringBuilder("SELECT fid");
    if (!q.skipGeometry()) {
      sql.append(", ").append(approximate.isPresent() ? dialect.selectGeometry()
          : dialect.selectGeometry(schema.srid(), outSrid));
    }
    for (AttributeDefinition a : columns) {
      sql.append(", \"").append(a.name()).append('"');
    }
    sql.append(" FROM ").append(table).append(" WHERE ").append(where.sql()).append(" ORDER BY ");
    for (SortKey k : q.sortBy()) {
      AttributeDefinition a = schema.attribute(k.property()).orElseThrow(() -> new InvalidQueryException(
          "cannot sort by unknown property '" + k.property() + "' of layer '" + schema.name() + "'"));
      sql.append('"').append(a.name()).append('"').append(k.ascending() ? " ASC NULLS LAST" : " DESC NULLS FIRST").append(", ");
    }
    sql.append("fid LIMIT ? OFFSET ?");
    List<Object> params = new ArrayList<>(where.params());
    params.add(q.limit());
    params.add(q.offset());
    GeometryReader geometries = approximate.isPresent()
        ? bytes -> approximate.get().transform(dialect.readGeometry(bytes, schema.srid()))
        : bytes -> reproject(bytes, outSrid);
    return stream(sql.toString(), params, rs -> toFeature(rs, columns, q.skipGeometry(), geometries));
  }

  @Override
  public long count(FeatureQuery q) {
    SqlFragment where = where(q);
    try (Connection c = ds.getConnection();
         PreparedStatement ps = prepare(c, "SELECT count(*) FROM " + table + " WHERE " + where.sql(), where.params());
         ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw SqlErrors.translate("count " + schema.name(), e);
    }
  }

  @Override
  public long estimatedCount(FeatureQuery q) {
    SqlFragment where = where(q);
    return dialect.estimateRows(ds, where, table).orElseGet(() -> count(q));
  }

  @Override
  public Optional<Feature> byId(String id) {
    Optional<Long> parsed = FeatureIds.parse(id);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    long fid = parsed.get();
    StringBuilder sql = new StringBuilder("SELECT fid, ").append(dialect.selectGeometry());
    for (AttributeDefinition a : schema.attributes()) {
      sql.append(", \"").append(a.name()).append('"');
    }
    sql.append(" FROM ").append(table).append(" WHERE fid = ?");
    try (Stream<Feature> s = stream(sql.toString(), List.of(fid),
        rs -> toFeature(rs, schema.attributes(), false, bytes -> dialect.readGeometry(bytes, schema.srid())))) {
      return s.findFirst();
    }
  }

  @Override
  public Optional<byte[]> encodeTileLayer(TileLayerQuery q) {
    for (String name : q.attributes()) {
      schema.attribute(name).orElseThrow(() -> new InvalidQueryException("unknown property '" + name + "' of "
          + schema.name()));
    }
    Optional<SqlFragment> sql = dialect.tileLayer(schema, table, q);
    if (sql.isEmpty()) {
      return Optional.empty();
    }
    try (Connection c = ds.getConnection();
         PreparedStatement ps = prepare(c, sql.get().sql(), sql.get().params());
         ResultSet rs = ps.executeQuery()) {
      byte[] bytes = rs.next() ? rs.getBytes(1) : null;
      return Optional.of(bytes == null ? new byte[0] : bytes);
    } catch (SQLException e) {
      throw SqlErrors.translate("tile of " + schema.name(), e);
    }
  }

  @Override
  public Optional<Envelope> extent() {
    try {
      Envelope e = dialect.extent(ds, schema);
      return e == null || e.isNull() ? Optional.empty() : Optional.of(e);
    } catch (SQLException e) {
      throw SqlErrors.translate("extent of " + schema.name(), e);
    }
  }

  @Override
  public WriteResult write(List<FeatureChange> changes) {
    WriteResult result = writer.write(changes);
    this.changes.changed(schema.name());
    return result;
  }

  @Override
  public long replaceAll(Stream<Feature> features) {
    long n = writer.replaceAll(features);
    changes.changed(schema.name());
    return n;
  }

  @Override
  public long insertAll(Stream<Feature> features) {
    long n = writer.insertAll(features);
    changes.changed(schema.name());
    return n;
  }

  private List<AttributeDefinition> selectedAttributes(FeatureQuery q) {
    if (q.properties().isEmpty()) {
      return schema.attributes();
    }
    List<AttributeDefinition> out = new ArrayList<>();
    for (String name : q.properties().get()) {
      AttributeDefinition a = schema.attribute(name).orElseThrow(() -> new InvalidQueryException(
          "unknown property '" + name + "' in layer '" + schema.name() + "'"));
      if (!out.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }

  private SqlFragment where(FeatureQuery q) {
    SqlFragment where = filters.toSql(q.filter());
    if (q.bbox().isPresent()) {
      where = bbox(q.bbox().get(), q.drawingTolerance().isPresent()).and(where);
    }
    return where;
  }

  /** Geometries intersecting the box: the box (densified, reprojected) as a polygon, with its envelope for the index. */
  private SqlFragment bbox(BoundingBox b, boolean envelopeOnly) {
    GeometricShapeFactory shapes = new GeometricShapeFactory(new GeometryFactory());
    shapes.setEnvelope(b.envelope());
    shapes.setNumPoints(b.srid() == schema.srid() ? 4 : 40);
    Geometry box = shapes.createRectangle();
    box.setSRID(b.srid());
    Geometry nativeBox;
    try {
      nativeBox = crs.transform(box, b.srid(), schema.srid());
    } catch (RuntimeException e) {
      throw new InvalidQueryException("bbox cannot be reprojected from EPSG:" + b.srid() + ": " + e.getMessage());
    }
    SqlFragment index = dialect.envelopeIntersects(schema, nativeBox.getEnvelopeInternal());
    if (envelopeOnly) {
      return index;
    }
    SqlFragment exact = new SqlFragment("ST_Intersects(geom, " + dialect.geometryParameter(schema.srid()) + ")",
        List.of(dialect.geometryValue(nativeBox, schema.srid())));
    return index.and(exact);
  }

  /** Turns the geometry column's bytes into the geometry the caller wants. */
  private interface GeometryReader {
    Geometry read(byte[] bytes);
  }

  private Geometry reproject(byte[] bytes, int outSrid) {
    return dialect.reprojectsInSql() ? dialect.readGeometry(bytes, outSrid)
        : crs.transform(dialect.readGeometry(bytes, schema.srid()), schema.srid(), outSrid);
  }

  /** For drawing in another CRS: an interpolated transform over the bbox, when one meets the tolerance. */
  private Optional<ApproximateTransform> approximate(FeatureQuery q, int outSrid) {
    if (q.drawingTolerance().isEmpty() || q.bbox().isEmpty() || q.skipGeometry() || outSrid == schema.srid()) {
      return Optional.empty();
    }
    BoundingBox b = q.bbox().get();
    try {
      Envelope region = crs.transform(b.envelope(), b.srid(), schema.srid());
      return b.srid() == outSrid ? crs.approximate(schema.srid(), outSrid, region, q.drawingTolerance().getAsDouble())
          : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private Feature toFeature(ResultSet rs, List<AttributeDefinition> columns, boolean skipGeometry,
                            GeometryReader geometries) throws SQLException {
    int col = 1;
    String id = Long.toString(rs.getLong(col++));
    Geometry g = null;
    if (!skipGeometry) {
      byte[] bytes = rs.getBytes(col++);
      if (bytes != null) {
        g = geometries.read(bytes);
      }
    }
    Map<String, Object> props = new LinkedHashMap<>();
    for (AttributeDefinition a : columns) {
      props.put(a.name(), dialect.readValue(rs, col++, a.type()));
    }
    return new Feature(Optional.of(id), Optional.ofNullable(g), props);
  }

  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> Stream<T> stream(String sql, List<Object> params, RowMapper<T> mapper) {
    Connection c = null;
    PreparedStatement ps = null;
    ResultSet rs = null;
    try {
      c = ds.getConnection();
      c.setAutoCommit(false);
      ps = prepare(c, sql, params);
      ps.setFetchSize(FETCH_SIZE);
      rs = ps.executeQuery();
    } catch (SQLException | RuntimeException e) {
      closeQuietly(rs, ps, c);
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw SqlErrors.translate("query " + schema.name(), (SQLException) e);
    }
    ResultSet cursor = rs;
    PreparedStatement statement = ps;
    Connection connection = c;
    Spliterator<T> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super T> action) {
        try {
          if (!cursor.next()) {
            return false;
          }
          action.accept(mapper.map(cursor));
          return true;
        } catch (SQLException e) {
          throw SqlErrors.translate("read " + schema.name(), e);
        }
      }
    };
    return StreamSupport.stream(rows, false).onClose(() -> closeQuietly(cursor, statement, connection));
  }

  private PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < params.size(); i++) {
      SqlParameters.bind(ps, i + 1, params.get(i), dialect);
    }
    return ps;
  }

  private static void closeQuietly(ResultSet rs, PreparedStatement ps, Connection c) {
    try {
      if (rs != null) {
        rs.close();
      }
    } catch (SQLException ignored) {
      // closing a cursor that is already gone
    }
    try {
      if (ps != null) {
        ps.close();
      }
    } catch (SQLException ignored) {
      // closing a statement that is already gone
    }
    try {
      if (c != null) {
        if (!c.getAutoCommit()) {
          c.rollback();
        }
        c.close();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot release a database connection", e);
    }
  }
}
