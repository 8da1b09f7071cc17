package org.smartland.layers.store.gpkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureStoreContractIT;

class GeoPackageFeatureStoreIT extends FeatureStoreContractIT {
  @TempDir
  Path dir;

  @Override
  protected FeatureDatabase newDatabase() {
    return GeoPackageDatabase.create(dir.resolve("contract.gpkg"), CRS);
  }

  @Override
  protected void dropDatabase(FeatureDatabase db) {
    db.close();
    try {
      Files.deleteIfExists(dir.resolve("contract.gpkg"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void dropping_a_layer_leaves_no_table_index_trigger_or_metadata_row_behind() throws SQLException {
    Path file = dir.resolve("drop.gpkg");
    try (GeoPackageDatabase db = GeoPackageDatabase.create(file, CRS)) {
      db.createLayer(PLACES).write(List.of(new FeatureChange.Insert(Feature.of(
          geom("POINT (506000 5033000)"), Map.of("name", "Corsico")))));
      db.createLayer(ZONES).write(List.of(new FeatureChange.Insert(Feature.of(
          geom("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"), Map.of("classe", "P1")))));
      assertEquals(everythingAbout("zones"), mentionsOf(file, "zones"));

      db.dropLayer("zones");

      assertEquals(List.of(), mentionsOf(file, "zones"));
      assertEquals(everythingAbout("places"), mentionsOf(file, "places"));
    }
  }

  /** What {@code createLayer} and a first write make for a table, in the order {@link #mentionsOf} lists them. */
  private static List<String> everythingAbout(String t) {
    String rtree = "rtree_" + t + "_geom";
    List<String> tables = new ArrayList<>(List.of("table " + t, "table " + rtree, "table " + rtree + "_node",
        "table " + rtree + "_parent", "table " + rtree + "_rowid"));
    tables.sort(null);
    List<String> out = new ArrayList<>(tables);
    out.addAll(List.of("trigger " + rtree + "_delete", "trigger " + rtree + "_insert",
        "trigger " + rtree + "_update1", "trigger " + rtree + "_update2", "trigger " + rtree + "_update3",
        "trigger " + rtree + "_update4", "gpkg_contents", "gpkg_geometry_columns", "gpkg_extensions",
        "sqlite_sequence"));
    return out;
  }

  /**
   * Everything the file holds about a table: its schema objects ({@code table …}, {@code trigger …}) and its rows
   * in the metadata tables ({@code gpkg_contents}, …, {@code sqlite_sequence}).
   */
  private static List<String> mentionsOf(Path file, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      try (PreparedStatement ps = c.prepareStatement("SELECT type, name FROM sqlite_master"
          + " WHERE name = ? OR name LIKE ? ESCAPE '\\' OR tbl_name = ? ORDER BY type, name")) {
        ps.setString(1, table);
        ps.setString(2, "rtree\\_" + table + "\\_%");
        ps.setString(3, table);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1) + " " + rs.getString(2));
          }
        }
      }
      for (String meta : List.of("gpkg_contents", "gpkg_geometry_columns", "gpkg_extensions", "sqlite_sequence")) {
        String column = meta.equals("sqlite_sequence") ? "name" : "table_name";
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + meta + " WHERE " + column + " = ?")) {
          ps.setString(1, table);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            for (int i = 0; i < rs.getInt(1); i++) {
              out.add(meta);
            }
          }
        }
      }
    }
    return out;
  }
}
