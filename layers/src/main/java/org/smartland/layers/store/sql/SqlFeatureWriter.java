package org.smartland.layers.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureNotFoundException;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.InvalidFeatureException;
import org.smartland.layers.store.WriteResult;

/**
 * Writes batches of changes to one layer table in a single transaction: validated against the schema
 * first, rolled back whole on the first failure.
 */
final class SqlFeatureWriter {
  private static final int BATCH = 1000;

  private final DataSource ds;
  private final SqlDialect dialect;
  private final FeatureSchema schema;
  private final String table;
  private final String insertSql;
  private final String insertWithIdSql;

  SqlFeatureWriter(DataSource ds, SqlDialect dialect, FeatureSchema schema) {
    this.ds = ds;
    this.dialect = dialect;
    this.schema = schema;
    this.table = dialect.table(schema.name());
    StringBuilder cols = new StringBuilder("geom");
    StringBuilder vals = new StringBuilder(dialect.geometryParameter(schema.srid()));
    for (AttributeDefinition a : schema.attributes()) {
      cols.append(", \"").append(a.name()).append('"');
      vals.append(", ?");
    }
    this.insertSql = "INSERT INTO " + table + " (" + cols + ") VALUES (" + vals + ")";
    this.insertWithIdSql = "INSERT INTO " + table + " (" + cols + ", fid) VALUES (" + vals + ", ?)";
  }

  WriteResult write(List<FeatureChange> changes) {
    List<String> inserted = new ArrayList<>();
    int updated = 0;
    int deleted = 0;
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        for (int i = 0; i < changes.size(); i++) {
          FeatureChange change = changes.get(i);
          String what = "change " + (i + 1);
          if (change instanceof FeatureChange.Insert ins) {
            inserted.add(insert(c, ins.feature(), what));
          } else if (change instanceof FeatureChange.Update up) {
            update(c, up.id(), up.properties(), up.geometry().orElse(null), false, what);
            updated++;
          } else if (change instanceof FeatureChange.Replace rep) {
            update(c, rep.id(), rep.feature().properties(), rep.feature().geometry().orElse(null), true, what);
            updated++;
          } else if (change instanceof FeatureChange.Delete del) {
            delete(c, del.id());
            deleted++;
          }
        }
        dialect.afterWrite(c, schema);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw SqlErrors.translate("write to " + schema.name(), e);
    }
    return new WriteResult(inserted, updated, deleted);
  }

  long insertAll(Stream<Feature> features) {
    return insertStream(features, false);
  }

  long replaceAll(Stream<Feature> features) {
    return insertStream(features, true);
  }

  /**
   * Inserts a stream of features in batches, in one transaction. With {@code replace}, every feature is deleted first
   * and the new ones keep their numeric ids when the first one has one (then every one must); plain inserts get new
   * ids.
   */
  private long insertStream(Stream<Feature> features, boolean replace) {
    long n = 0;
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(insertSql);
           PreparedStatement withId = c.prepareStatement(insertWithIdSql)) {
        if (replace) {
          try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table)) {
            delete.executeUpdate();
          }
        }
        Iterator<Feature> it = features.iterator();
        Boolean keepIds = null;
        while (it.hasNext()) {
          Feature f = it.next();
          n++;
          java.util.Optional<Long> fid = replace ? f.id().flatMap(org.smartland.layers.store.FeatureIds::parse)
              : java.util.Optional.empty();
          if (keepIds == null) {
            keepIds = fid.isPresent();
          } else if (keepIds != fid.isPresent()) {
            throw new InvalidFeatureException("feature " + n + (keepIds ? " has no numeric id while the first has one"
                : " has an id while the first has none") + ": either every feature keeps its id or none does");
          }
          if (keepIds) {
            bindInsert(withId, f, "feature " + n);
            withId.setLong(schema.attributes().size() + 2, fid.get());
            withId.addBatch();
          } else {
            bindInsert(ps, f, "feature " + n);
            ps.addBatch();
          }
          if (n % BATCH == 0) {
            withId.executeBatch();
            ps.executeBatch();
          }
        }
        withId.executeBatch();
        ps.executeBatch();
        if (Boolean.TRUE.equals(keepIds)) {
          dialect.afterExplicitIds(c, table);
        }
        dialect.afterWrite(c, schema);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw SqlErrors.translate((replace ? "replace the features of " : "insert into ") + schema.name(), e);
    }
    return n;
  }

  private String insert(Connection c, Feature f, String what) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(insertSql + " RETURNING fid")) {
      bindInsert(ps, f, what);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return Long.toString(rs.getLong(1));
      }
    }
  }

  private void bindInsert(PreparedStatement ps, Feature f, String what) throws SQLException {
    checkNames(f.properties(), what);
    ps.setBytes(1, geometry(f.geometry().orElse(null), what));
    int i = 2;
    for (AttributeDefinition a : schema.attributes()) {
      dialect.setValue(ps, i++, value(a, f.properties().get(a.name()), what), a.type());
    }
  }

  private void update(Connection c, String id, Map<String, Object> props, Geometry g, boolean replace, String what)
      throws SQLException {
    checkNames(props, what);
    long fid = fid(id);
    List<AttributeDefinition> set = new ArrayList<>();
    for (AttributeDefinition a : schema.attributes()) {
      if (replace || props.containsKey(a.name())) {
        set.add(a);
      }
    }
    boolean setGeometry = replace || g != null;
    StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
    List<String> assignments = new ArrayList<>();
    if (setGeometry) {
      assignments.add("geom = " + dialect.geometryParameter(schema.srid()));
    }
    for (AttributeDefinition a : set) {
      assignments.add("\"" + a.name() + "\" = ?");
    }
    if (assignments.isEmpty()) {
      assignments.add("fid = fid");
    }
    sql.append(String.join(", ", assignments)).append(" WHERE fid = ?");
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int i = 1;
      if (setGeometry) {
        ps.setBytes(i++, geometry(g, what));
      }
      for (AttributeDefinition a : set) {
        dialect.setValue(ps, i++, value(a, props.get(a.name()), what), a.type());
      }
      ps.setLong(i, fid);
      if (ps.executeUpdate() == 0) {
        throw new FeatureNotFoundException(schema.name(), id);
      }
    }
  }

  private void delete(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE fid = ?")) {
      ps.setLong(1, fid(id));
      if (ps.executeUpdate() == 0) {
        throw new FeatureNotFoundException(schema.name(), id);
      }
    }
  }

  private long fid(String id) {
    try {
      return Long.parseLong(id.trim());
    } catch (NumberFormatException e) {
      throw new FeatureNotFoundException(schema.name(), id);
    }
  }

  private void checkNames(Map<String, Object> props, String what) {
    for (String name : props.keySet()) {
      if (schema.attribute(name).isEmpty()) {
        throw new InvalidFeatureException(what + ": layer '" + schema.name() + "' has no attribute '" + name + "'");
      }
    }
  }

  private byte[] geometry(Geometry g, String what) {
    if (g == null) {
      return null;
    }
    Geometry conformed = GeometryConformance.conform(g, schema.geometryType(), schema.srid(), what);
    return dialect.geometryValue(conformed, schema.srid());
  }

  private static Object value(AttributeDefinition a, Object v, String what) {
    try {
      return ValueCoercion.to(a.type(), v);
    } catch (IllegalArgumentException e) {
      throw new InvalidFeatureException(what + ": attribute '" + a.name() + "': " + e.getMessage());
    }
  }
}
