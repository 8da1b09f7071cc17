package org.smartland.server.uploads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** The shapefile reader: geometries of every type (Z and M read as 2D), rings into holes, DBF types, hostile counts. */
class ShapefileUploadTest {
  static final UploadLimits LIMITS = new UploadLimits(10 << 20, 1000, 100_000, 16, 100, 1);

  @TempDir
  Path dir;

  static UploadedFile read(TestShapefile shp, String prj) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("works.shp", shp.shp());
    entries.put("works.shx", shp.shx());
    entries.put("works.dbf", shp.dbf());
    if (prj != null) {
      entries.put("works.prj", prj.getBytes());
    }
    return ShapefileUpload.read(entries, Optional.empty(), LIMITS);
  }

  static void assertGeometry(String expectedWkt, Geometry actual) throws Exception {
    Geometry expected = new WKTReader().read(expectedWkt);
    assertTrue(expected.equalsExact(actual.norm().copy(), 1e-9) || expected.norm().equalsExact(actual.norm(), 1e-9),
        "expected " + expectedWkt + " but read " + actual);
    assertEquals(expected.getGeometryType(), actual.getGeometryType());
  }

  @Test
  void points_and_every_dbf_type_are_read_typed() throws Exception {
    TestShapefile shp = new TestShapefile(1).field("NAME", 'C', 20, 0).field("COST", 'N', 12, 2).field("COUNT", 'N', 9, 0)
        .field("RATIO", 'F', 10, 3).field("DONE", 'L', 1, 0).field("DONE_ON", 'D', 8, 0)
        .add("POINT (501000 5031000)", "Cantiere Nord", "1250.50", "42", "0.125", "T", "20240115")
        .add("POINT (502000.5 5032000.25)", "Cittadella", "", "7", "", "F", "");
    UploadedFile f = read(shp, TestShapefile.PRJ_32632);
    assertEquals(Optional.of(32632), f.srid());
    assertEquals(java.util.List.of("NAME", "COST", "COUNT", "RATIO", "DONE", "DONE_ON"), f.columns().orElseThrow());
    assertEquals(2, f.features().size());
    UploadedFeature first = f.features().get(0);
    assertEquals(1, first.position());
    assertGeometry("POINT (501000 5031000)", first.geometry().orElseThrow());
    assertEquals("Cantiere Nord", first.properties().get("NAME"));
    assertEquals(1250.5, first.properties().get("COST"));
    assertEquals(42L, first.properties().get("COUNT"));
    assertEquals(0.125, first.properties().get("RATIO"));
    assertEquals(Boolean.TRUE, first.properties().get("DONE"));
    assertEquals(LocalDate.of(2024, 1, 15), first.properties().get("DONE_ON"));
    UploadedFeature second = f.features().get(1);
    assertGeometry("POINT (502000.5 5032000.25)", second.geometry().orElseThrow());
    assertEquals(null, second.properties().get("COST"));
    assertEquals(Boolean.FALSE, second.properties().get("DONE"));
    assertEquals(null, second.properties().get("DONE_ON"));
    assertTrue(f.problems().isEmpty(), f.problems().toString());
  }

  @Test
  void polygon_rings_become_polygons_with_holes_and_z_is_dropped() throws Exception {
    TestShapefile shp = new TestShapefile(5).withZ().field("NAME", 'C', 10, 0)
        .add("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2), (6 6, 8 6, 8 8, 6 8, 6 6)),"
            + " ((20 0, 30 0, 30 10, 20 10, 20 0)))", "two")
        .add("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))", "one");
    UploadedFile f = read(shp, TestShapefile.PRJ_32632);
    assertEquals(15, new ShapeRecords(shp.shp()).shapeType());
    assertGeometry("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2), (6 6, 8 6, 8 8, 6 8, 6 6)),"
        + " ((20 0, 30 0, 30 10, 20 10, 20 0)))", f.features().get(0).geometry().orElseThrow());
    Geometry one = f.features().get(1).geometry().orElseThrow();
    assertGeometry("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))", one);
    assertTrue(one.isValid());
    assertTrue(Double.isNaN(one.getCoordinate().getZ()), "read as 2D");
  }

  @Test
  void a_hole_in_the_second_shell_goes_to_that_shell() throws Exception {
    TestShapefile shp = new TestShapefile(5).field("N", 'N', 3, 0)
        .add("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 30 0, 30 10, 20 10, 20 0), (22 2, 24 2, 24 4, 22 4, 22 2)))", 1);
    Geometry g = read(shp, null).features().get(0).geometry().orElseThrow();
    assertGeometry("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 30 0, 30 10, 20 10, 20 0),"
        + " (22 2, 24 2, 24 4, 22 4, 22 2)))", g);
  }

  @Test
  void polylines_multipoints_and_null_shapes() throws Exception {
    UploadedFile lines = read(new TestShapefile(3).withZ().field("N", 'N', 3, 0)
        .add("LINESTRING (0 0, 5 5, 10 0)", 1)
        .add("MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))", 2)
        .add(null, 3), TestShapefile.PRJ_4326);
    assertEquals(Optional.of(4326), lines.srid());
    assertGeometry("LINESTRING (0 0, 5 5, 10 0)", lines.features().get(0).geometry().orElseThrow());
    assertGeometry("MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))", lines.features().get(1).geometry().orElseThrow());
    assertTrue(lines.features().get(2).geometry().isEmpty(), "a Null shape has no geometry");
    assertTrue(lines.features().get(2).geometryProblem().isEmpty());
    UploadedFile points = read(new TestShapefile(8).withZ().field("N", 'N', 3, 0)
        .add("MULTIPOINT ((1 2), (3 4))", 1), null);
    assertGeometry("MULTIPOINT ((1 2), (3 4))", points.features().get(0).geometry().orElseThrow());
    assertEquals(Optional.empty(), points.srid(), "no .prj, no CRS");
    assertEquals(Optional.empty(), points.crsProblem());
  }

  @Test
  void an_unknown_prj_is_a_crs_problem() {
    UploadedFile f = read(new TestShapefile(1).field("N", 'N', 3, 0).add("POINT (1 2)", 1),
        "PROJCS[\"Lambert_Conformal_Conic_Somewhere\",GEOGCS[\"GCS_Unknown\"]]");
    assertEquals(Optional.empty(), f.srid());
    assertTrue(f.crsProblem().orElseThrow().startsWith("CRS not recognised"), f.crsProblem().toString());
    assertTrue(f.crsProblem().get().contains("Lambert_Conformal_Conic_Somewhere"));
  }

  @Test
  void a_record_declaring_more_points_than_it_holds_is_a_problem_of_that_feature() {
    TestShapefile shp = new TestShapefile(5).field("N", 'N', 3, 0)
        .add("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", 1).add("POLYGON ((0 0, 1 0, 1 1, 0 0))", 2);
    byte[] bytes = shp.shp();
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(100 + 8 + 40, Integer.MAX_VALUE);
    Map<String, byte[]> entries = Map.of("a.shp", bytes, "a.dbf", shp.dbf());
    UploadedFile f = ShapefileUpload.read(entries, Optional.empty(), LIMITS);
    assertTrue(f.features().get(0).geometryProblem().orElseThrow().contains("more than its"),
        f.features().get(0).toString());
    assertTrue(f.features().get(1).geometry().isPresent(), "the next record is still read");
  }

  @Test
  void a_ring_of_too_few_points_is_a_problem_of_its_feature() {
    TestShapefile shp = new TestShapefile(3).field("N", 'N', 3, 0).add("LINESTRING (0 0, 1 1)", 1);
    byte[] bytes = shp.shp();
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(100 + 8, 5);
    UploadedFile f = ShapefileUpload.read(Map.of("a.shp", bytes, "a.dbf", shp.dbf()), Optional.empty(), LIMITS);
    assertTrue(f.features().get(0).geometryProblem().orElseThrow().contains("ring 1 has"), f.features().toString());
  }

  @Test
  void truncated_or_mismatched_files_are_refused_or_reported() {
    TestShapefile shp = new TestShapefile(1).field("N", 'N', 3, 0).add("POINT (1 2)", 1).add("POINT (3 4)", 2);
    byte[] cut = java.util.Arrays.copyOf(shp.shp(), shp.shp().length - 10);
    UnreadableUploadException e = assertThrows(UnreadableUploadException.class,
        () -> ShapefileUpload.read(Map.of("a.shp", cut, "a.dbf", shp.dbf()), Optional.empty(), LIMITS));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    byte[] dbf = shp.dbf();
    ByteBuffer.wrap(dbf).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 2_000_000_000);
    e = assertThrows(UnreadableUploadException.class,
        () -> ShapefileUpload.read(Map.of("a.shp", shp.shp(), "a.dbf", dbf), Optional.empty(), LIMITS));
    assertTrue(e.getMessage().contains("declares 2000000000 records"), e.getMessage());
    TestShapefile one = new TestShapefile(1).field("N", 'N', 3, 0).add("POINT (1 2)", 1);
    UploadedFile f = ShapefileUpload.read(Map.of("a.shp", shp.shp(), "a.dbf", one.dbf()), Optional.empty(), LIMITS);
    assertTrue(f.problems().get(0).message().contains("do not belong together"), f.problems().toString());
    e = assertThrows(UnreadableUploadException.class,
        () -> ShapefileUpload.read(Map.of("a.shp", new byte[100], "a.dbf", shp.dbf()), Optional.empty(), LIMITS));
    assertTrue(e.getMessage().contains("not a shapefile"), e.getMessage());
    e = assertThrows(UnreadableUploadException.class,
        () -> ShapefileUpload.read(Map.of("a.shp", shp.shp()), Optional.empty(), LIMITS));
    assertTrue(e.getMessage().contains("no .dbf"), e.getMessage());
  }

  @Test
  void too_many_features_stop_the_reading() {
    TestShapefile shp = new TestShapefile(1).field("N", 'N', 5, 0);
    for (int i = 0; i < 1005; i++) {
      shp.add("POINT (" + i + " 0)", i);
    }
    UploadedFile f = read(shp, null);
    assertEquals(1000, f.features().size());
    assertTrue(f.problems().get(0).message().contains("more than 1000 features"), f.problems().toString());
  }

  @Test
  void two_shapefiles_need_a_table_to_choose() {
    TestShapefile a = new TestShapefile(1).field("N", 'N', 3, 0).add("POINT (1 2)", 1);
    TestShapefile b = new TestShapefile(1).field("M", 'N', 3, 0).add("POINT (3 4)", 2);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("data/a.shp", a.shp());
    entries.put("data/a.dbf", a.dbf());
    entries.put("data/b.shp", b.shp());
    entries.put("data/b.dbf", b.dbf());
    UnreadableUploadException e = assertThrows(UnreadableUploadException.class,
        () -> ShapefileUpload.read(entries, Optional.empty(), LIMITS));
    assertTrue(e.getMessage().contains("2 shapefiles"), e.getMessage());
    UploadedFile f = ShapefileUpload.read(entries, Optional.of("b"), LIMITS);
    assertEquals(java.util.List.of("M"), f.columns().orElseThrow());
  }

  @Test
  void a_shapefile_written_by_gdal_is_read() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ogr2ogr")), "GDAL's ogr2ogr is not installed");
    Path geojson = dir.resolve("in.geojson");
    Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
        + "{\"name\":\"Nord\",\"cost\":12.5,\"done_on\":\"2024-03-01\"},\"geometry\":{\"type\":\"MultiPolygon\","
        + "\"coordinates\":[[[[9.0,45.4],[9.01,45.4],[9.01,45.41],[9.0,45.41],[9.0,45.4]],[[9.002,45.402],"
        + "[9.002,45.404],[9.004,45.404],[9.004,45.402],[9.002,45.402]]]]}}]}");
    Path out = dir.resolve("shp");
    Process p = new ProcessBuilder("/usr/bin/ogr2ogr", "-f", "ESRI Shapefile", "-t_srs", "EPSG:32632",
        "-lco", "ENCODING=UTF-8", out.toString(), geojson.toString(), "-nln", "works").redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), log);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (var files = Files.list(out)) {
      for (Path f : files.toList()) {
        entries.put("works/" + f.getFileName(), Files.readAllBytes(f));
      }
    }
    UploadedFile f = ShapefileUpload.read(entries, Optional.empty(), LIMITS);
    assertEquals(Optional.of(32632), f.srid(), "GDAL's .prj names WGS 84 / UTM zone 32N");
    UploadedFeature feature = f.features().get(0);
    assertEquals("Nord", feature.properties().get("name"));
    assertEquals(12.5, ((Number) feature.properties().get("cost")).doubleValue());
    assertEquals(LocalDate.of(2024, 3, 1), feature.properties().get("done_on"));
    Geometry g = feature.geometry().orElseThrow();
    assertEquals("Polygon", g.getGeometryType());
    assertEquals(1, ((org.locationtech.jts.geom.Polygon) g).getNumInteriorRing(), "the hole is a hole");
    assertTrue(g.isValid());
    assertFalse(g.getEnvelopeInternal().getMinX() < 400_000, "metres, not degrees");
  }

  @Test
  void dbf_text_follows_the_cpg() throws IOException {
    TestShapefile shp = new TestShapefile(1).field("NAME", 'C', 12, 0).add("POINT (1 2)", "x");
    byte[] dbf = shp.dbf();
    byte[] latin = "Città".getBytes("windows-1252");
    int at = 32 + 32 + 1 + 1;
    System.arraycopy(latin, 0, dbf, at, latin.length);
    assertEquals("Città", new DbfTable(dbf, Optional.of("1252")).record(0).get("NAME"));
    assertEquals("Città", new DbfTable(dbf, Optional.empty()).record(0).get("NAME"), "not UTF-8: Windows-1252");
  }
}
