package org.smartland.server.ogcapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.BadRequestResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.store.FeatureChange;
import org.smartland.server.EditingTerritory;
import org.smartland.server.FixtureTerritory;
import org.smartland.server.edit.Problem;
import org.smartland.server.edit.RejectedEditException;

/** Request bodies of Part 4 writes: GeoJSON in, WKT out; problems named by feature and member. */
class GeoJsonFeatureReaderTest {
  static final LayerCatalog CATALOG = EditingTerritory.catalog();
  static final ApiCrs CRS = new ApiCrs(CATALOG, FixtureTerritory.CRS);
  static final GeoJsonFeatureReader AS_IS = new GeoJsonFeatureReader("works", UnaryOperator.identity());

  @Test
  void every_geometry_type_reads_as_its_wkt() {
    check("{\"type\": \"Point\", \"coordinates\": [1, 2]}", "POINT (1 2)");
    check("{\"type\": \"Point\", \"coordinates\": [1, 2, 30]}", "POINT (1 2)");
    check("{\"type\": \"LineString\", \"coordinates\": [[0, 0], [1, 1.5]]}", "LINESTRING (0 0, 1 1.5)");
    check("{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [10, 0], [10, 10], [0, 0]], [[1, 1], [2, 1], [2, 2],"
        + " [1, 1]]]}", "POLYGON ((0 0, 10 0, 10 10, 0 0), (1 1, 2 1, 2 2, 1 1))");
    check("{\"type\": \"MultiPoint\", \"coordinates\": [[0, 0], [1, 1]]}", "MULTIPOINT ((0 0), (1 1))");
    check("{\"type\": \"MultiLineString\", \"coordinates\": [[[0, 0], [1, 1]], [[2, 2], [3, 3]]]}",
        "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))");
    check("{\"type\": \"MultiPolygon\", \"coordinates\": [[[[0, 0], [1, 0], [1, 1], [0, 0]]]]}",
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))");
    check("{\"type\": \"GeometryCollection\", \"geometries\": [{\"type\": \"Point\", \"coordinates\": [1, 2]}]}",
        "GEOMETRYCOLLECTION (POINT (1 2))");
    check("{\"type\": \"Polygon\", \"coordinates\": []}", "POLYGON EMPTY");
  }

  @Test
  void a_malformed_geometry_names_the_member_at_fault() {
    problem("{\"type\": \"LineString\", \"coordinates\": [[0, 0], [\"1\", 1]]}",
        "coordinates[1][0]: expected a number, found a string");
    problem("{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}",
        "coordinates[0]: a ring is closed");
    problem("{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 0], [0, 0]]]}",
        "coordinates[0]: a ring has at least 4 positions");
    problem("{\"type\": \"Point\", \"coordinates\": [1]}", "coordinates: a position has 2 numbers");
    problem("{\"type\": \"LineString\", \"coordinates\": [[0, 0]]}", "a line has at least 2 positions");
    problem("{\"type\": \"Circle\", \"coordinates\": [0, 0]}", "type: 'Circle' is not a GeoJSON geometry type");
    problem("{\"coordinates\": [0, 0]}", "a geometry needs a \"type\" string");
    problem("[0, 0]", "a geometry is a JSON object");
    String nested = "{\"type\": \"Point\", \"coordinates\": [0, 0]}";
    for (int i = 0; i < 5; i++) {
      nested = "{\"type\": \"GeometryCollection\", \"geometries\": [" + nested + "]}";
    }
    problem(nested, "nest deeper than 4 levels");
  }

  @Test
  void a_content_crs_brings_geometries_to_the_native_crs_axes_first() {
    Geometry fromUtm = native1("{\"type\": \"Point\", \"coordinates\": [503000, 5032000]}",
        Crs.parse("http://www.opengis.net/def/crs/EPSG/0/32632"));
    assertEquals("POINT (503000 5032000)", fromUtm.toText());
    Geometry lonLat = FixtureTerritory.CRS.transform(fromUtm, 32632, 4326);
    double lon = lonLat.getCoordinate().x;
    double lat = lonLat.getCoordinate().y;
    Geometry fromCrs84 = native1("{\"type\": \"Point\", \"coordinates\": [" + lon + ", " + lat + "]}",
        Crs.CRS84_LONLAT);
    Geometry fromLatLon = native1("{\"type\": \"Point\", \"coordinates\": [" + lat + ", " + lon + "]}",
        Crs.parse("http://www.opengis.net/def/crs/EPSG/0/4326"));
    assertEquals(0, fromCrs84.distance(fromUtm), 1e-6);
    assertEquals(0, fromLatLon.distance(fromUtm), 1e-6);
  }

  @Test
  void the_problems_of_every_feature_of_a_collection_are_reported_together() {
    RejectedEditException e = assertThrows(RejectedEditException.class, () -> AS_IS.features(RequestJson.parse(bytes(
        "{\"type\": \"FeatureCollection\", \"features\": ["
            + "{\"type\": \"Feature\", \"geometry\": null, \"properties\": {\"name\": \"ok\"}},"
            + "{\"type\": \"Feature\", \"geometry\": null, \"properties\": {\"name\": [1], \"cost\": 1e400}},"
            + "{\"type\": \"Point\", \"coordinates\": [0, 0]},"
            + "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\"}, \"properties\": 3}]}"))));
    List<String> got = e.problems().stream().map(Problem::toString).toList();
    assertEquals(5, got.size(), got.toString());
    assertTrue(got.get(0).startsWith("feature 2 [name]: is an array"), got.toString());
    assertTrue(got.get(1).startsWith("feature 2 [cost]:"), got.toString());
    assertTrue(got.get(2).startsWith("feature 3: is not a GeoJSON Feature"), got.toString());
    assertTrue(got.get(3).startsWith("feature 4 [geometry]: coordinates: expected an array"), got.toString());
    assertTrue(got.get(4).startsWith("feature 4 [properties]: is a number"), got.toString());
  }

  @Test
  void property_values_become_what_stores_take() {
    GeoJsonFeatureReader.Item item = AS_IS.feature(RequestJson.parse(bytes("{\"type\": \"Feature\", \"id\": 7,"
        + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [1, 2]}, \"links\": [], \"properties\": {\"a\": \"x\","
        + " \"b\": 3, \"c\": 2.5, \"d\": true, \"e\": null}}")));
    assertEquals("7", item.id().orElseThrow());
    Map<String, Object> expected = new HashMap<>(Map.of("a", "x", "b", 3L, "c", 2.5, "d", true));
    expected.put("e", null);
    assertEquals(expected, item.properties());
  }

  @Test
  void bodies_that_are_not_features_are_400() {
    assertBad(() -> AS_IS.features(RequestJson.parse(bytes("{\"type\": \"Feature\""))), "not valid JSON");
    assertBad(() -> AS_IS.features(RequestJson.parse(bytes("{\"a\": 1} {\"b\": 2}"))), "not valid JSON");
    assertBad(() -> AS_IS.features(RequestJson.parse(bytes("{\"type\": \"FeatureCollection\", \"features\": []}"))),
        "has no features");
    assertBad(() -> AS_IS.feature(RequestJson.parse(bytes("{\"type\": \"FeatureCollection\", \"features\": []}"))),
        "PUT replaces one feature");
    assertBad(() -> AS_IS.features(RequestJson.parse(bytes("\"Feature\""))), "a JSON object");
  }

  @Test
  void a_merge_patch_sets_clears_and_keeps() {
    var works = CATALOG.layer("works").orElseThrow();
    FeatureChange.Update u = MergePatch.read(RequestJson.parse(bytes("{\"type\": \"Feature\", \"id\": \"12\","
        + " \"properties\": {\"status\": \"done\", \"cost\": null}}")), "12", works, AS_IS);
    Map<String, Object> expected = new HashMap<>();
    expected.put("status", "done");
    expected.put("cost", null);
    assertEquals(expected, u.properties());
    assertFalse(u.geometry().isPresent());
    FeatureChange.Update all = MergePatch.read(RequestJson.parse(bytes("{\"properties\": null, \"geometry\": "
        + "{\"type\": \"Point\", \"coordinates\": [1, 2]}}")), "12", works, AS_IS);
    assertEquals(4, all.properties().size());
    assertTrue(all.properties().values().stream().allMatch(v -> v == null));
    assertEquals("POINT (1 2)", all.geometry().orElseThrow().toText());
    RejectedEditException e = assertThrows(RejectedEditException.class, () -> MergePatch.read(RequestJson.parse(
        bytes("{\"type\": \"Point\", \"id\": 13, \"geometry\": null, \"properties\": [1]}")), "12", works, AS_IS));
    assertEquals(List.of("type", "id", "properties", "geometry"),
        e.problems().stream().map(Problem::field).toList());
  }

  @Test
  void if_none_match_compares_weakly() {
    assertTrue(ItemEtag.noneMatch("\"a\"", "\"a\""));
    assertTrue(ItemEtag.noneMatch("W/\"a\"", "\"a\""));
    assertTrue(ItemEtag.noneMatch("\"b\", \"a\"", "\"a\""));
    assertTrue(ItemEtag.noneMatch("*", "\"a\""));
    assertFalse(ItemEtag.noneMatch("\"b\"", "\"a\""));
    assertFalse(ItemEtag.noneMatch(null, "\"a\""));
  }

  static void check(String geoJson, String wkt) {
    assertEquals(wkt, GeoJsonGeometries.read(RequestJson.parse(bytes(geoJson))).toText());
  }

  static void problem(String geoJson, String message) {
    GeoJsonGeometries.Invalid e = assertThrows(GeoJsonGeometries.Invalid.class,
        () -> GeoJsonGeometries.read(RequestJson.parse(bytes(geoJson))));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  static Geometry native1(String geometry, Crs from) {
    GeoJsonFeatureReader reader = new GeoJsonFeatureReader("works", ContentCrs.toNative(from, CRS,
        FixtureTerritory.CRS, 32632));
    return reader.feature(RequestJson.parse(bytes("{\"type\": \"Feature\", \"geometry\": " + geometry
        + ", \"properties\": {}}"))).geometry().orElseThrow();
  }

  static void assertBad(Runnable r, String words) {
    BadRequestResponse e = assertThrows(BadRequestResponse.class, r::run);
    assertTrue(e.getMessage().contains(words), e.getMessage());
  }

  static byte[] bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
