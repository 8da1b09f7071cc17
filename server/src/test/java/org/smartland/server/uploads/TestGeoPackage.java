package org.smartland.server.uploads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.smartland.layers.store.gpkg.GeoPackageGeometry;

/**
 * Writes a GeoPackage with one feature table for the tests, with raw SQL so that the tests choose everything: the
 * table, primary key and geometry column names, the CRS (an EPSG code, or an undefined one), the columns and their
 * SQLite types, and extra statements (a view, a trigger).
 */
final class TestGeoPackage {
  private final String table;
  private final String key;
  private final String geometryColumn;
  private final int srsId;
  private final String organization;
  private final Map<String, String> columns = new LinkedHashMap<>();
  private final List<Object[]> rows = new ArrayList<>();
  private final List<String> extraSql = new ArrayList<>();

  TestGeoPackage(String table, String key, String geometryColumn, int srsId, String organization) {
    this.table = table;
    this.key = key;
    this.geometryColumn = geometryColumn;
    this.srsId = srsId;
    this.organization = organization;
  }

  /** A table {@code works}, key {@code fid}, geometry {@code geom}, in EPSG {@code srid}. */
  static TestGeoPackage epsg(int srid) {
    return new TestGeoPackage("works", "fid", "geom", srid, "EPSG");
  }

  TestGeoPackage column(String name, String sqlType) {
    columns.put(name, sqlType);
    return this;
  }

  /** A row: its key, its geometry as WKT (null for none) and its column values. */
  TestGeoPackage row(long id, String wkt, Object... values) {
    Object[] r = new Object[values.length + 2];
    r[0] = id;
    r[1] = wkt;
    System.arraycopy(values, 0, r, 2, values.length);
    rows.add(r);
    return this;
  }

  TestGeoPackage sql(String statement) {
    extraSql.add(statement);
    return this;
  }

  byte[] bytes(Path dir) {
    try {
      Path file = Files.createTempFile(dir, "test-", ".gpkg");
      Files.delete(file);
      write(file);
      byte[] out = Files.readAllBytes(file);
      Files.delete(file);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(Path file) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("PRAGMA application_id = 1196444487");
      s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
          + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,"
          + " description TEXT)");
      s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('undefined cartesian', -1, 'NONE', -1, 'undefined', NULL)");
      if (srsId > 0) {
        s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('crs " + srsId + "', " + srsId + ", '" + organization + "', "
            + srsId + ", 'PROJCS[\"unknown\"]', NULL)");
      }
      s.execute("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT,"
          + " description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,"
          + " srs_id INTEGER)");
      s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
          + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL)");
      StringBuilder create = new StringBuilder("CREATE TABLE \"" + table + "\" (\"" + key
          + "\" INTEGER PRIMARY KEY AUTOINCREMENT, \"" + geometryColumn + "\" GEOMETRY");
      columns.forEach((name, type) -> create.append(", \"").append(name).append("\" ").append(type));
      s.execute(create.append(")").toString());
      s.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('" + table
          + "', 'features', '" + table + "', " + srsId + ")");
      s.execute("INSERT INTO gpkg_geometry_columns VALUES ('" + table + "', '" + geometryColumn + "', 'GEOMETRY', "
          + srsId + ", 0, 0)");
      StringBuilder insert = new StringBuilder("INSERT INTO \"" + table + "\" VALUES (?, ?");
      columns.keySet().forEach(k -> insert.append(", ?"));
      try (PreparedStatement ps = c.prepareStatement(insert.append(")").toString())) {
        for (Object[] r : rows) {
          ps.setObject(1, r[0]);
          ps.setBytes(2, r[1] == null ? null : GeoPackageGeometry.encode(new WKTReader().read((String) r[1]), srsId));
          for (int i = 2; i < r.length; i++) {
            ps.setObject(i + 1, r[i]);
          }
          ps.executeUpdate();
        }
      }
      for (String sql : extraSql) {
        s.execute(sql);
      }
    } catch (SQLException | ParseException e) {
      throw new IllegalStateException(e);
    }
  }
}
