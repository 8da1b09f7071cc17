package org.smartland.layers.store.gpkg;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.DataChanges;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.StoreException;
import org.smartland.layers.store.StoreStatus;
import org.smartland.layers.store.sql.SqlErrors;
import org.smartland.layers.store.sql.SqlFeatureStore;

/**
 * A GeoPackage file holding a territory's layers. {@link #create} writes an empty, valid GeoPackage 1.3;
 * {@link #open} opens an existing one. Layer tables have an {@code fid INTEGER PRIMARY KEY}, a {@code geom}
 * column and the RTree index with the triggers of the specification, so QGIS and GDAL can read and edit
 * the file and the index stays right.
 */
public final class GeoPackageDatabase implements FeatureDatabase {
  private final DataChanges changes = new DataChanges();
  private static final int APPLICATION_ID = 0x47504B47; // "GPKG"
  private static final int USER_VERSION = 10300;         // GeoPackage 1.3.0

  private final Path file;
  private final HikariDataSource ds;
  private final CrsTransforms crs;
  private final GeoPackageDialect dialect = new GeoPackageDialect();

  private GeoPackageDatabase(Path file, CrsTransforms crs) {
    this.file = file;
    this.crs = crs;
    HikariConfig config = new HikariConfig();
    config.setDataSource(new GeoPackageDataSource(file));
    config.setPoolName("gpkg-" + file.getFileName());
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(10_000);
    this.ds = new HikariDataSource(config);
  }

  /** Opens an existing GeoPackage. */
  public static GeoPackageDatabase open(Path file, CrsTransforms crs) {
    if (!Files.isRegularFile(file)) {
      throw new StoreException("GeoPackage " + file + " does not exist");
    }
    GeoPackageDatabase db = new GeoPackageDatabase(file, crs);
    try (Connection c = db.ds.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("PRAGMA application_id")) {
      if (!rs.next() || rs.getInt(1) != APPLICATION_ID) {
        throw new StoreException(file + " is not a GeoPackage (wrong application_id)");
      }
    } catch (SQLException | RuntimeException e) {
      db.close();
      throw e instanceof StoreException se ? se : new StoreException(file + " cannot be opened: " + e.getMessage(), e);
    }
    return db;
  }

  /** Creates a new, empty GeoPackage; the file must not exist yet. */
  public static GeoPackageDatabase create(Path file, CrsTransforms crs) {
    if (Files.exists(file)) {
      throw new StoreException("will not overwrite existing file " + file);
    }
    GeoPackageDatabase db = new GeoPackageDatabase(file, crs);
    try (Connection c = db.ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("PRAGMA application_id = " + APPLICATION_ID);
      s.execute("PRAGMA user_version = " + USER_VERSION);
      c.setAutoCommit(false);
      s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
          + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,"
          + " description TEXT)");
      s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined',"
          + " 'undefined cartesian coordinate reference system')");
      s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined',"
          + " 'undefined geographic coordinate reference system')");
      s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
          + " identifier TEXT UNIQUE, description TEXT DEFAULT '',"
          + " last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
          + " min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,"
          + " CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
      s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
          + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
          + " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
          + " CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
          + " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
      s.execute("CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,"
          + " definition TEXT NOT NULL, scope TEXT NOT NULL,"
          + " CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))");
      c.commit();
      db.ensureSrs(c, 4326);
      c.commit();
    } catch (SQLException | RuntimeException e) {
      db.close();
      throw new StoreException("cannot create GeoPackage " + file + ": " + e.getMessage(), e);
    }
    return db;
  }

  public Path file() {
    return file;
  }

  @Override
  public String type() {
    return "gpkg";
  }

  @Override
  public List<String> layerNames() {
    List<String> names = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw SqlErrors.translate("list layers of " + file, e);
    }
    return names;
  }

  @Override
  public FeatureStore layer(FeatureSchema schema) {
    Set<String> columns = new HashSet<>();
    try (Connection c = ds.getConnection();
         PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
      ps.setString(1, schema.name());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1).toLowerCase(Locale.ROOT));
        }
      }
    } catch (SQLException e) {
      throw SqlErrors.translate("open layer " + schema.name(), e);
    }
    if (columns.isEmpty()) {
      throw new StoreException("GeoPackage " + file.getFileName() + " has no layer '" + schema.name() + "'");
    }
    for (AttributeDefinition a : schema.attributes()) {
      if (!columns.contains(a.name())) {
        throw new StoreException("layer '" + schema.name() + "' in " + file.getFileName() + " lacks column '"
            + a.name() + "'; re-import the territory");
      }
    }
    return new SqlFeatureStore(ds, dialect, schema, crs, changes);
  }

  @Override
  public FeatureStore createLayer(FeatureSchema schema) {
    String t = schema.name();
    String rtree = "rtree_" + t + "_geom";
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      try {
        ensureSrs(c, schema.srid());
        drop(c, t);
        StringBuilder ddl = new StringBuilder("CREATE TABLE \"" + t + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT,"
            + " geom " + schema.geometryType().name());
        for (AttributeDefinition a : schema.attributes()) {
          ddl.append(", \"").append(a.name()).append("\" ").append(dialect.columnType(a.type()));
        }
        s.execute(ddl.append(')').toString());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier,"
            + " description, last_change, srs_id) VALUES (?, 'features', ?, '', ?, ?)")) {
          ps.setString(1, t);
          ps.setString(2, t);
          ps.setString(3, IsoInstant.format(Instant.now()));
          ps.setInt(4, schema.srid());
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)")) {
          ps.setString(1, t);
          ps.setString(2, schema.geometryType().name());
          ps.setInt(3, schema.srid());
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_extensions VALUES (?, 'geom',"
            + " 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')")) {
          ps.setString(1, t);
          ps.executeUpdate();
        }
        for (String sql : RtreeTriggers.forTable(t, rtree)) {
          s.execute(sql);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw SqlErrors.translate("create layer " + t, e);
    }
    return new SqlFeatureStore(ds, dialect, schema, crs, changes);
  }

  @Override
  public void describeLayer(String name, String description) {
    try (Connection c = ds.getConnection();
         PreparedStatement ps = c.prepareStatement("UPDATE gpkg_contents SET description = ? WHERE table_name = ?")) {
      ps.setString(1, description);
      ps.setString(2, name);
      if (ps.executeUpdate() == 0) {
        throw new StoreException("GeoPackage " + file.getFileName() + " has no layer '" + name + "'");
      }
    } catch (SQLException e) {
      throw SqlErrors.translate("describe layer " + name, e);
    }
  }

  @Override
  public void dropLayer(String name) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (!exists(c, name)) {
          throw new StoreException("GeoPackage " + file.getFileName() + " has no layer '" + name + "' to drop");
        }
        drop(c, name);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw SqlErrors.translate("drop layer " + name, e);
    }
    changes.changed(name);
  }

  /** Whether the file has a table of that name or lists one in its contents. */
  private static boolean exists(Connection c, String t) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        + " UNION ALL SELECT 1 FROM gpkg_contents WHERE table_name = ?")) {
      ps.setString(1, t);
      ps.setString(2, t);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** The layer's table with its triggers, its RTree index and its rows in the metadata tables. */
  private void drop(Connection c, String t) throws SQLException {
    String quoted = t.replace("\"", "\"\"");
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS \"rtree_" + quoted + "_geom\"");
      s.execute("DROP TABLE IF EXISTS \"" + quoted + "\"");
    }
    for (String table : List.of("gpkg_extensions", "gpkg_geometry_columns", "gpkg_contents")) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE table_name = ?")) {
        ps.setString(1, t);
        ps.executeUpdate();
      }
    }
  }

  private void ensureSrs(Connection c, int srid) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, 'EPSG', ?, ?, NULL)")) {
      ps.setString(1, crs.name(srid));
      ps.setInt(2, srid);
      ps.setInt(3, srid);
      ps.setString(4, crs.wkt(srid));
      ps.executeUpdate();
    }
  }

  @Override
  public DataChanges changes() {
    return changes;
  }

  @Override
  public StoreStatus status() {
    String where = file.toString();
    if (!Files.isReadable(file)) {
      return new StoreStatus(type(), where, false, "file missing or unreadable");
    }
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*) FROM gpkg_contents")) {
      rs.next();
      return new StoreStatus(type(), where, true, "ok");
    } catch (SQLException e) {
      return new StoreStatus(type(), where, false, e.getMessage());
    }
  }

  @Override
  public void close() {
    ds.close();
  }
}
