package org.smartland.server.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.store.gpkg.GeoPackageGeometry;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Reads the feature table of an uploaded GeoPackage (its only one, or the one named by {@code table}). The file must be
 * an SQLite database; it is opened read-only and immutable (SQLite then neither writes nor creates journal files
 * beside it), with {@code trusted_schema} off so that nothing the file defines runs with side effects, and only
 * SELECTs are sent, each with a time limit. A feature table that is a view is refused. The CRS comes from
 * {@code gpkg_spatial_ref_sys} (an EPSG code, or else its WKT definition, see {@link PrjCrs}); the table's integer
 * primary key, whatever its name, is the source id; the geometry column is the one {@code gpkg_geometry_columns} names.
 */
final class GeoPackageUpload {
  private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final int QUERY_SECONDS = 60;

  private GeoPackageUpload() {
  }

  static UploadedFile read(Path file, Optional<String> table, UploadLimits limits) {
    if (!isSqlite(file)) {
      throw new UnreadableUploadException("the body is not a GeoPackage: it is not an SQLite database");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(SQLiteOpenMode.OPEN_URI);
    config.enableLoadExtension(false);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1", config.toProperties())) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA trusted_schema = OFF");
      }
      String name = table(c, table);
      String[] geometry = geometryColumn(c, name);
      return rows(c, name, geometry[0], crs(c, Integer.parseInt(geometry[1])), limits);
    } catch (SQLException e) {
      throw new UnreadableUploadException("the GeoPackage cannot be read: " + e.getMessage(), e);
    }
  }

  static boolean isSqlite(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
    } catch (IOException e) {
      return false;
    }
  }

  private static String table(Connection c, Optional<String> wanted) {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement ps = statement(c, "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'"
        + " ORDER BY table_name"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new UnreadableUploadException("the SQLite database is not a GeoPackage (it has no gpkg_contents table)");
    }
    String name;
    if (wanted.isPresent()) {
      name = tables.stream().filter(t -> t.equals(wanted.get())).findFirst().orElseThrow(() ->
          new UnreadableUploadException("the GeoPackage has no feature table '" + ZipEntries.printable(wanted.get())
              + "' (it has " + String.join(", ", tables) + ")"));
    } else if (tables.size() != 1) {
      throw new UnreadableUploadException("the GeoPackage holds " + tables.size() + " feature tables"
          + (tables.isEmpty() ? "" : " (" + String.join(", ", tables) + "): say which one with table="));
    } else {
      name = tables.get(0);
    }
    try (PreparedStatement ps = statement(c, "SELECT type FROM sqlite_master WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        String type = rs.next() ? rs.getString(1) : "nothing";
        if (!"table".equals(type)) {
          throw new UnreadableUploadException("the GeoPackage's feature table '" + ZipEntries.printable(name) + "' is a "
              + type + ", not a table; only tables are read");
        }
      }
    } catch (SQLException e) {
      throw new UnreadableUploadException("the GeoPackage cannot be read: " + e.getMessage(), e);
    }
    return name;
  }

  private static String[] geometryColumn(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = statement(c, "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new UnreadableUploadException("the GeoPackage table '" + ZipEntries.printable(table)
              + "' has no entry in gpkg_geometry_columns");
        }
        return new String[] {rs.getString(1), Integer.toString(rs.getInt(2))};
      }
    }
  }

  /** The EPSG code of an srs_id, or why there is none. */
  private static Object crs(Connection c, int srsId) throws SQLException {
    try (PreparedStatement ps = statement(c, "SELECT organization, organization_coordsys_id, definition"
        + " FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
      ps.setInt(1, srsId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return "CRS not recognised: srs_id " + srsId + " is not in gpkg_spatial_ref_sys; say the EPSG code with crs=";
        }
        String org = String.valueOf(rs.getString(1));
        if (org.equalsIgnoreCase("EPSG") && rs.getInt(2) > 0) {
          return rs.getInt(2);
        }
        Optional<Integer> byWkt = PrjCrs.epsg(String.valueOf(rs.getString(3)));
        if (byWkt.isPresent()) {
          return byWkt.get();
        }
        return srsId <= 0 || org.equalsIgnoreCase("NONE")
            ? "no CRS: the GeoPackage says its CRS is undefined; say the EPSG code with crs="
            : "CRS not recognised: '" + ZipEntries.printable(org) + ":" + rs.getInt(2)
            + "' is not an EPSG code; say the EPSG code with crs=";
      }
    }
  }

  private static UploadedFile rows(Connection c, String table, String geomColumn, Object crs, UploadLimits limits)
      throws SQLException {
    String key = null;
    List<String> columns = new ArrayList<>();
    try (PreparedStatement ps = statement(c, "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String name = rs.getString(1);
          if (rs.getInt(3) == 1 && "INTEGER".equalsIgnoreCase(rs.getString(2))) {
            key = name;
          } else if (!name.equalsIgnoreCase(geomColumn)) {
            columns.add(name);
          }
        }
      }
    }
    StringBuilder sql = new StringBuilder("SELECT ").append(key == null ? "NULL" : quote(key)).append(", ")
        .append(quote(geomColumn));
    columns.forEach(col -> sql.append(", ").append(quote(col)));
    sql.append(" FROM ").append(quote(table)).append(key == null ? "" : " ORDER BY " + quote(key));
    List<UploadedFeature> features = new ArrayList<>();
    List<UploadProblem> problems = new ArrayList<>();
    Set<String> binary = new LinkedHashSet<>();
    long vertices = 0;
    try (PreparedStatement ps = statement(c, sql.toString()); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long position = features.size() + 1;
        if (position > limits.maxFeatures()) {
          problems.add(UploadProblem.ofFile("the file holds more than " + limits.maxFeatures() + " features; split it"));
          break;
        }
        String id = key == null ? "" : String.valueOf(rs.getObject(1));
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          Object v = value(rs.getObject(i + 3));
          if (v instanceof byte[]) {
            binary.add(columns.get(i));
            v = null;
          }
          values.put(columns.get(i), v);
        }
        byte[] blob = rs.getBytes(2);
        if (blob == null) {
          features.add(UploadedFeature.of(position, id, null, values));
          continue;
        }
        Geometry g;
        try {
          g = GeoPackageGeometry.decode(blob);
        } catch (RuntimeException e) {
          features.add(UploadedFeature.broken(position, id, "the geometry cannot be read: " + e.getMessage(), values));
          continue;
        }
        vertices += g.getNumPoints();
        if (vertices > limits.maxVertices()) {
          problems.add(UploadProblem.ofFile("the features have more than " + limits.maxVertices()
              + " vertices together; split the file"));
          break;
        }
        features.add(UploadedFeature.of(position, id, g, values));
      }
    }
    binary.forEach(col -> problems.add(UploadProblem.ofFile(col, "holds binary values; only text, numbers and dates"
        + " are read")));
    return new UploadedFile(crs instanceof Integer srid ? Optional.of(srid) : Optional.empty(),
        crs instanceof String why ? Optional.of(why) : Optional.empty(), Optional.of(columns), features, problems);
  }

  private static PreparedStatement statement(Connection c, String sql) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    ps.setQueryTimeout(QUERY_SECONDS);
    return ps;
  }

  private static Object value(Object raw) {
    if (raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
      return ((Number) raw).longValue();
    }
    if (raw instanceof Float f) {
      return f.doubleValue();
    }
    return raw;
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
