package org.smartland.layers.store.postgis;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.DataChanges;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.StoreException;
import org.smartland.layers.store.StoreStatus;
import org.smartland.layers.store.StoreUnavailableException;
import org.smartland.layers.store.sql.SqlErrors;
import org.smartland.layers.store.sql.SqlFeatureStore;

/**
 * A territory's layers in one PostgreSQL schema. {@link #open} runs the Flyway migrations (PostGIS
 * extension, …) and then serves the layers through a HikariCP pool; the pool reconnects on its own when
 * the database comes back after an outage.
 */
public final class PostgisDatabase implements FeatureDatabase {
  private final DataChanges changes = new DataChanges();
  private static final Pattern SCHEMA = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  private static final String UNDEFINED_TABLE = "42P01";

  private final HikariDataSource ds;
  private final String schema;
  private final String location;
  private final CrsTransforms crs;
  private final PostgisDialect dialect;

  private PostgisDatabase(HikariDataSource ds, String schema, String location, CrsTransforms crs) {
    this.ds = ds;
    this.schema = schema;
    this.location = location;
    this.crs = crs;
    this.dialect = new PostgisDialect(schema);
  }

  /**
   * Connects, migrates and makes sure the schema exists.
   *
   * @param jdbcUrl a {@code jdbc:postgresql://} URL; user and password may be given in it or separately
   * @param schema  the schema of the territory's tables, e.g. {@code sud_ovest_milano}
   * @throws StoreUnavailableException if the database cannot be reached
   */
  public static PostgisDatabase open(String jdbcUrl, String user, String password, String schema, CrsTransforms crs) {
    if (!SCHEMA.matcher(schema).matches()) {
      throw new IllegalArgumentException("schema '" + schema + "' must be lower case letters, digits and underscores");
    }
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + safeLocation(jdbcUrl));
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setPoolName("postgis-" + schema);
    config.setMaximumPoolSize(8);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(3_000);
    config.setValidationTimeout(2_000);
    config.setInitializationFailTimeout(-1);
    config.addDataSourceProperty("ApplicationName", "smartland-twin");
    config.setConnectionInitSql("SET jit = off");
    HikariDataSource ds = new HikariDataSource(config);
    PostgisDatabase db = new PostgisDatabase(ds, schema, safeLocation(jdbcUrl) + " schema " + schema, crs);
    try {
      migrate(ds);
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema + "\"");
      }
    } catch (SQLException e) {
      db.close();
      throw new StoreUnavailableException("cannot reach PostGIS at " + db.location + ": " + e.getMessage(), e);
    } catch (FlywayException e) {
      db.close();
      throw new StoreUnavailableException("cannot migrate PostGIS at " + db.location + ": " + e.getMessage(), e);
    }
    return db;
  }

  private static void migrate(DataSource ds) {
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration/postgis")
        .schemas("smartland")
        .load()
        .migrate();
  }

  /** The URL without credentials or parameters, safe for logs and health reports. */
  static String safeLocation(String jdbcUrl) {
    int q = jdbcUrl.indexOf('?');
    String base = q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
    return base.replaceFirst("//[^/@]*@", "//");
  }

  public String schema() {
    return schema;
  }

  /** The pool, for the import pipeline's schema swap. */
  public DataSource dataSource() {
    return ds;
  }

  @Override
  public String type() {
    return "postgis";
  }

  @Override
  public List<String> layerNames() {
    List<String> names = new ArrayList<>();
    try (Connection c = ds.getConnection();
         PreparedStatement ps = c.prepareStatement("SELECT f_table_name FROM public.geometry_columns"
             + " WHERE f_table_schema = ? ORDER BY f_table_name")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw SqlErrors.translate("list layers of schema " + schema, e);
    }
    return names;
  }

  @Override
  public FeatureStore layer(FeatureSchema s) {
    Set<String> columns = new HashSet<>();
    try (Connection c = ds.getConnection();
         PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns"
             + " WHERE table_schema = ? AND table_name = ?")) {
      ps.setString(1, schema);
      ps.setString(2, s.name());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw SqlErrors.translate("open layer " + s.name(), e);
    }
    if (columns.isEmpty()) {
      throw new StoreException("PostGIS schema " + schema + " has no layer '" + s.name() + "'");
    }
    for (AttributeDefinition a : s.attributes()) {
      if (!columns.contains(a.name())) {
        throw new StoreException("layer '" + s.name() + "' in schema " + schema + " lacks column '" + a.name()
            + "'; re-import the territory");
      }
    }
    return new SqlFeatureStore(ds, dialect, s, crs, changes);
  }

  @Override
  public FeatureStore createLayer(FeatureSchema s) {
    String table = dialect.table(s.name());
    StringBuilder ddl = new StringBuilder("CREATE TABLE " + table + " (fid bigserial PRIMARY KEY, geom geometry("
        + postgisType(s) + ", " + s.srid() + ")");
    for (AttributeDefinition a : s.attributes()) {
      ddl.append(", \"").append(a.name()).append("\" ").append(dialect.columnType(a.type()));
    }
    ddl.append(')');
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      try {
        st.execute("DROP TABLE IF EXISTS " + table);
        st.execute(ddl.toString());
        st.execute("CREATE INDEX \"" + s.name() + "_geom_gist\" ON " + table + " USING gist (geom)");
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw SqlErrors.translate("create layer " + s.name(), e);
    }
    return new SqlFeatureStore(ds, dialect, s, crs, changes);
  }

  @Override
  public void describeLayer(String name, String description) {
    // COMMENT takes no parameters: the text is written as a standard SQL string literal, quotes doubled
    String literal = "'" + description.replace("'", "''") + "'";
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("COMMENT ON TABLE " + dialect.table(name) + " IS " + literal);
    } catch (SQLException e) {
      throw SqlErrors.translate("describe layer " + name, e);
    }
  }

  @Override
  public void dropLayer(String name) {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      // the spatial index, the id sequence and the comment go with the table
      st.execute("DROP TABLE \"" + schema + "\".\"" + name.replace("\"", "\"\"") + "\"");
    } catch (SQLException e) {
      if (UNDEFINED_TABLE.equals(e.getSQLState())) {
        throw new StoreException("PostGIS schema " + schema + " has no layer '" + name + "' to drop", e);
      }
      throw SqlErrors.translate("drop layer " + name, e);
    }
    changes.changed(name);
  }

  private static String postgisType(FeatureSchema s) {
    return switch (s.geometryType()) {
      case GEOMETRY -> "Geometry";
      default -> s.geometryType().ogcName();
    };
  }

  @Override
  public DataChanges changes() {
    return changes;
  }

  @Override
  public StoreStatus status() {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT postgis_lib_version()")) {
      rs.next();
      return new StoreStatus(type(), location, true, "ok (PostGIS " + rs.getString(1) + ")");
    } catch (SQLException e) {
      return new StoreStatus(type(), location, false, e.getMessage());
    }
  }

  @Override
  public void close() {
    ds.close();
  }
}
