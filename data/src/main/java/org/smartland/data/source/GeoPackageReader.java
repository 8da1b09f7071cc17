package org.smartland.data.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.smartland.data.territory.ConfigNode;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.gpkg.GeoPackageGeometry;
import org.sqlite.SQLiteConfig;

/**
 * Reads one feature table of a GeoPackage, read-only, with sqlite-jdbc; geometries are decoded with
 * {@link GeoPackageGeometry}. The CRS comes from the table's {@code gpkg_spatial_ref_sys} entry (an EPSG
 * code) unless the source says {@code crs:}. Options: {@code table} (required when the file holds more
 * than one feature table), {@code crs}, {@code id} (the column that identifies a feature in messages;
 * default the table's integer primary key).
 */
public final class GeoPackageReader implements SourceReader {
  private final CrsTransforms crs;

  public GeoPackageReader(CrsTransforms crs) {
    this.crs = crs;
  }

  @Override
  public SourceData read(Path file, String name, ConfigNode options) {
    if (!Files.isRegularFile(file)) {
      throw new SourceException(name, "does not exist");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
      String table = table(c, name, options.optionalText("table"));
      String[] geometry = geometryColumn(c, name, table);
      int srid = SourceCrs.option(options, name, crs).orElseGet(() -> epsg(c, name, Integer.parseInt(geometry[1])));
      return rows(c, name, table, geometry[0], srid, options.optionalText("id"));
    } catch (SQLException e) {
      throw new SourceException(name, Optional.empty(), "cannot be read as a GeoPackage: " + e.getMessage(), e);
    }
  }

  private static String table(Connection c, String name, Optional<String> wanted) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new SourceException(name, "is not a GeoPackage (no gpkg_contents table)");
    }
    if (wanted.isPresent()) {
      if (!tables.contains(wanted.get())) {
        throw new SourceException(name, "has no feature table '" + wanted.get() + "' (tables: " + String.join(", ", tables) + ")");
      }
      return wanted.get();
    }
    if (tables.size() != 1) {
      throw new SourceException(name, "holds " + tables.size() + " feature tables (" + String.join(", ", tables)
          + "): say which one with table:");
    }
    return tables.get(0);
  }

  private static String[] geometryColumn(Connection c, String name, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SourceException(name, "table '" + table + "' has no entry in gpkg_geometry_columns");
        }
        return new String[] {rs.getString(1), Integer.toString(rs.getInt(2))};
      }
    }
  }

  private int epsg(Connection c, String name, int srsId) {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
      ps.setInt(1, srsId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SourceException(name, "srs_id " + srsId + " is not in gpkg_spatial_ref_sys");
        }
        if (!"EPSG".equalsIgnoreCase(rs.getString(1))) {
          throw new SourceException(name, "unknown CRS '" + rs.getString(1) + ":" + rs.getInt(2)
              + "' (not an EPSG code): say the EPSG code with crs:");
        }
        return SourceCrs.known(rs.getInt(2), name, crs);
      }
    } catch (SQLException e) {
      throw new SourceException(name, Optional.empty(), "cannot read gpkg_spatial_ref_sys: " + e.getMessage(), e);
    }
  }

  private static SourceData rows(Connection c, String name, String table, String geomColumn, int srid,
                                 Optional<String> idColumn) throws SQLException {
    String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
    List<SourceFeature> features = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + quoted); ResultSet rs = ps.executeQuery()) {
      ResultSetMetaData md = rs.getMetaData();
      int geomIndex = -1;
      for (int i = 1; i <= md.getColumnCount(); i++) {
        if (md.getColumnName(i).equalsIgnoreCase(geomColumn)) {
          geomIndex = i;
        } else {
          columns.add(md.getColumnName(i));
        }
      }
      if (idColumn.isPresent() && !columns.contains(idColumn.get())) {
        throw new SourceException(name, "missing column '" + idColumn.get() + "' (columns: " + String.join(", ", columns) + ")");
      }
      String key = idColumn.orElse(columns.contains("fid") ? "fid" : null);
      while (rs.next()) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          if (i != geomIndex) {
            props.put(md.getColumnName(i), value(rs.getObject(i)));
          }
        }
        String id = (key == null ? "" : key + "=" + props.get(key) + " ") + "(row " + (features.size() + 1) + ")";
        byte[] blob = rs.getBytes(geomIndex);
        if (blob == null) {
          throw new SourceException(name, id, "has no geometry");
        }
        Geometry g;
        try {
          g = GeoPackageGeometry.decode(blob);
        } catch (RuntimeException e) {
          throw new SourceException(name, id, "broken geometry: " + e.getMessage());
        }
        g.setSRID(srid);
        features.add(new SourceFeature(id, g, props));
      }
    }
    return new SourceData(srid, Optional.of(columns), features);
  }

  private static Object value(Object raw) {
    if (raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
      return ((Number) raw).longValue();
    }
    if (raw instanceof Float f) {
      return f.doubleValue();
    }
    if (raw instanceof byte[]) {
      return null;
    }
    return raw;
  }
}
