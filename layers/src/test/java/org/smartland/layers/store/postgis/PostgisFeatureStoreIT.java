package org.smartland.layers.store.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureStoreContractIT;

class PostgisFeatureStoreIT extends FeatureStoreContractIT {

  @Override
  protected FeatureDatabase newDatabase() {
    return TestPostgis.newDatabase("contract", CRS);
  }

  @Override
  protected void dropDatabase(FeatureDatabase db) {
    TestPostgis.drop((PostgisDatabase) db);
  }

  @Test
  void dropping_a_layer_leaves_no_table_index_sequence_or_geometry_column_behind() throws SQLException {
    PostgisDatabase db = TestPostgis.newDatabase("drop", CRS);
    try {
      db.createLayer(PLACES);
      db.createLayer(ZONES).write(List.of(new FeatureChange.Insert(Feature.of(
          geom("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"), Map.of("classe", "P1")))));
      db.describeLayer("zones", "Zones. To be dropped.");
      assertEquals(List.of("r zones", "S zones_fid_seq", "i zones_geom_gist", "i zones_pkey", "geometry_columns"),
          mentionsOf(db.schema(), "zones"));

      db.dropLayer("zones");

      assertEquals(List.of(), mentionsOf(db.schema(), "zones"));
      assertEquals(List.of("r places", "S places_fid_seq", "i places_geom_gist", "i places_pkey", "geometry_columns"),
          mentionsOf(db.schema(), "places"));
    } finally {
      TestPostgis.drop(db);
    }
  }

  /** The relations of the schema named after the table ({@code kind name}), then its row in geometry_columns. */
  private static List<String> mentionsOf(String schema, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(TestPostgis.jdbcUrl())) {
      try (PreparedStatement ps = c.prepareStatement("SELECT relkind, relname FROM pg_class"
          + " WHERE relnamespace = ?::regnamespace AND (relname = ? OR relname LIKE ?) ORDER BY relname")) {
        ps.setString(1, '"' + schema + '"');
        ps.setString(2, table);
        ps.setString(3, table + "\\_%");
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1) + " " + rs.getString(2));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM public.geometry_columns"
          + " WHERE f_table_schema = ? AND f_table_name = ?")) {
        ps.setString(1, schema);
        ps.setString(2, table);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          for (int i = 0; i < rs.getInt(1); i++) {
            out.add("geometry_columns");
          }
        }
      }
    }
    return out;
  }
}
