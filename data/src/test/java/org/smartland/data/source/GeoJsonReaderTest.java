package org.smartland.data.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.data.territory.TestYaml;
import org.smartland.layers.crs.CrsTransforms;

class GeoJsonReaderTest {
  static final CrsTransforms CRS = new CrsTransforms();
  @TempDir
  Path dir;

  private SourceData read(String json, String options) throws IOException {
    Path f = Files.writeString(dir.resolve("g.geojson"), json);
    return new GeoJsonReader(CRS).read(f, "real/g.geojson", TestYaml.node(options));
  }

  private static String collection(String... features) {
    return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
  }

  @Test
  void features_keep_typed_properties_and_wgs84_is_the_default_crs() throws IOException {
    SourceData d = read(collection(
        "{\"type\":\"Feature\",\"properties\":{\"code\":\"015011\",\"pop\":8932,\"area\":8.398,\"ok\":true,\"none\":null},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[9,45],[9.1,45],[9.1,45.1],[9,45]]]}}",
        "{\"type\":\"Feature\",\"properties\":{\"code\":\"015015\",\"extra\":[1,2]},"
            + "\"geometry\":{\"type\":\"MultiLineString\",\"coordinates\":[[[9,45],[9.1,45.1,120]]]}}"), "{id: code}");

    assertEquals(4326, d.srid());
    assertEquals(Set.of("code", "pop", "area", "ok", "none", "extra"), d.columns().orElseThrow());
    SourceFeature a = d.features().get(0);
    assertEquals("code=015011 (#1)", a.id());
    assertEquals(8932L, a.get("pop"));
    assertEquals(8.398, a.get("area"));
    assertEquals(true, a.get("ok"));
    assertEquals("[1,2]", d.features().get(1).get("extra"));
    assertEquals("MULTILINESTRING ((9 45, 9.1 45.1))", d.features().get(1).geometry().toText());
    assertEquals(4326, d.features().get(1).geometry().getSRID());
  }

  @Test
  void a_legacy_crs_member_is_honoured() throws IOException {
    SourceData d = read("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
        + "\"urn:ogc:def:crs:EPSG::32632\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{},"
        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[500000,5000000]}}]}", "{}");
    assertEquals(32632, d.srid());
  }

  @Test
  void an_unknown_crs_member_is_refused() {
    SourceException e = assertThrows(SourceException.class, () -> read("{\"type\":\"FeatureCollection\",\"crs\":"
        + "{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:999999\"}},\"features\":[]}", "{}"));
    assertEquals("real/g.geojson: unknown CRS 'EPSG:999999'", e.getMessage());
  }

  @Test
  void an_open_ring_is_a_broken_geometry_named_with_its_feature() {
    SourceException e = assertThrows(SourceException.class, () -> read(collection(
        "{\"type\":\"Feature\",\"id\":7,\"properties\":{},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[9,45],[9.1,45],[9.1,45.1],[9,45.1]]]}}"), "{}"));
    assertEquals("real/g.geojson: feature id=7 (#1): broken geometry: a polygon ring is not closed "
        + "(first position 9.0 45.0, last 9.0 45.1)", e.getMessage());
  }

  @Test
  void a_position_that_is_not_numbers_is_a_broken_geometry() {
    SourceException e = assertThrows(SourceException.class, () -> read(collection(
        "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[\"9\",45]}}"), "{}"));
    assertEquals("real/g.geojson: feature #1: broken geometry: a position must be an array of at least two numbers, "
        + "not [\"9\",45]", e.getMessage());
  }

  @Test
  void a_feature_without_geometry_is_refused() {
    SourceException e = assertThrows(SourceException.class,
        () -> read(collection("{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}"), "{}"));
    assertEquals("real/g.geojson: feature #1: has no geometry", e.getMessage());
  }

  @Test
  void text_that_is_not_json_is_reported_as_such() {
    SourceException e = assertThrows(SourceException.class, () -> read("{\"type\": \"FeatureCollection\", \"features\": [", "{}"));
    assertEquals(true, e.getMessage().startsWith("real/g.geojson: cannot be read as GeoJSON"), e.getMessage());
  }
}
