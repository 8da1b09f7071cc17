package org.smartland.data.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.smartland.data.territory.TestYaml;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;

class GeoPackageReaderTest {
  static final CrsTransforms CRS = new CrsTransforms();
  @TempDir
  Path dir;
  Path file;

  @BeforeEach
  void fixture() throws ParseException {
    file = dir.resolve("zones.gpkg");
    FeatureSchema schema = new FeatureSchema("pericolosita", GeometryType.MULTIPOLYGON, 32632, List.of(
        AttributeDefinition.of("classe", AttributeType.STRING), AttributeDefinition.of("area_ha", AttributeType.DOUBLE)));
    try (GeoPackageDatabase db = GeoPackageDatabase.create(file, CRS)) {
      db.createLayer(schema).insertAll(Stream.of(
          Feature.of(new WKTReader().read("MULTIPOLYGON (((500000 5000000, 500100 5000000, 500100 5000100, 500000 5000000)))"),
              Map.of("classe", "P3", "area_ha", 0.5))));
      db.createLayer(new FeatureSchema("other", GeometryType.POINT, 32632, List.of()));
    }
  }

  @Test
  void reads_the_named_table_with_its_crs_and_attributes() {
    SourceData d = new GeoPackageReader(CRS).read(file, "standin/zones.gpkg", TestYaml.node("{table: pericolosita}"));

    assertEquals(32632, d.srid());
    assertEquals(1, d.features().size());
    SourceFeature f = d.features().get(0);
    assertEquals("fid=1 (row 1)", f.id());
    assertEquals("P3", f.get("classe"));
    assertEquals(0.5, f.get("area_ha"));
    assertEquals(5000.0, f.geometry().getArea(), 1e-9);
    assertEquals(true, d.columns().orElseThrow().contains("classe"));
  }

  @Test
  void a_file_with_several_tables_needs_the_table_named() {
    SourceException e = assertThrows(SourceException.class,
        () -> new GeoPackageReader(CRS).read(file, "standin/zones.gpkg", TestYaml.node("{}")));
    assertEquals("standin/zones.gpkg: holds 2 feature tables (other, pericolosita): say which one with table:", e.getMessage());
  }

  @Test
  void a_table_that_is_not_there_is_named() {
    SourceException e = assertThrows(SourceException.class,
        () -> new GeoPackageReader(CRS).read(file, "standin/zones.gpkg", TestYaml.node("{table: frane}")));
    assertEquals("standin/zones.gpkg: has no feature table 'frane' (tables: other, pericolosita)", e.getMessage());
  }

  @Test
  void an_srs_that_is_no_known_epsg_code_is_refused() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
         Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE gpkg_spatial_ref_sys SET organization_coordsys_id = 999999 WHERE srs_id = 32632");
    }
    SourceException e = assertThrows(SourceException.class,
        () -> new GeoPackageReader(CRS).read(file, "standin/zones.gpkg", TestYaml.node("{table: pericolosita}")));
    assertEquals("standin/zones.gpkg: unknown CRS 'EPSG:999999'", e.getMessage());
  }

  @Test
  void a_file_that_is_not_a_geopackage_is_reported() throws Exception {
    Path other = java.nio.file.Files.writeString(dir.resolve("x.gpkg"), "");
    SourceException e = assertThrows(SourceException.class,
        () -> new GeoPackageReader(CRS).read(other, "x.gpkg", TestYaml.node("{}")));
    assertEquals("x.gpkg: is not a GeoPackage (no gpkg_contents table)", e.getMessage());
  }
}
