package org.smartland.layers.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sebasbaumh.mapbox.vectortile.VectorTile.Tile.GeomType;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Encodes features of a tile whose envelope is 0…4096 on both axes, so that with extent 4096 a world
 * coordinate (x, y) lands on tile coordinate (x, 4096 − y); the buffer is 64. Tiles are read back with
 * {@link DecodedTile}. WKT in, WKT out.
 */
class VectorTileEncoderTest {
  private static final Envelope TILE = new Envelope(0, 4096, 0, 4096);
  private static final WKTReader WKT = new WKTReader();
  /** No simplification: exact positions. */
  private final VectorTileEncoder exact = new VectorTileEncoder(4096, 64, 0);
  private final VectorTileEncoder encoder = new VectorTileEncoder(4096, 64);

  private static Geometry geom(String wkt) {
    try {
      return WKT.read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static TileFeature f(long id, String wkt) {
    return new TileFeature(id, geom(wkt), Map.of());
  }

  private static TileLayer layer(String name, TileFeature... features) {
    return new TileLayer(name, List.of(features));
  }

  private byte[] encode(VectorTileEncoder e, TileFeature... features) {
    return e.encode(TILE, List.of(layer("l", features)));
  }

  private static void assertGeometry(String expectedWkt, Geometry actual) {
    Geometry expected = geom(expectedWkt);
    assertTrue(expected.equalsTopo(actual) && expected.getGeometryType().equals(actual.getGeometryType()),
        "expected " + expected + " but was " + actual);
  }

  @Test
  void points_land_on_the_integer_grid_with_y_down_and_outside_the_buffer_are_dropped() {
    DecodedTile t = new DecodedTile(encode(exact, f(1, "POINT (100.4 200.6)"),
        f(2, "MULTIPOINT ((10 10), (-30 10), (5000 5000), (4150 -50))"), f(3, "POINT (-65 100)")));
    List<DecodedTile.DecodedFeature> fs = t.features("l");
    assertEquals(2, fs.size());
    assertEquals(GeomType.POINT, fs.get(0).type());
    assertGeometry("POINT (100 3895)", fs.get(0).geometry());
    assertGeometry("MULTIPOINT ((10 4086), (-30 4086), (4150 4146))", fs.get(1).geometry());
  }

  @Test
  void a_polygon_inside_the_tile_comes_out_flipped_on_the_grid() {
    DecodedTile t = new DecodedTile(encode(exact, f(1, "POLYGON ((100 100, 300 100, 300 300, 100 300, 100 100))")));
    assertGeometry("POLYGON ((100 3996, 300 3996, 300 3796, 100 3796, 100 3996))", t.only("l").geometry());
  }

  @Test
  void polygons_and_lines_crossing_the_tile_are_cut_at_the_buffer() {
    DecodedTile t = new DecodedTile(encode(exact,
        f(1, "POLYGON ((-1000 -1000, 5000 -1000, 5000 2000, -1000 2000, -1000 -1000))"),
        f(2, "LINESTRING (-1000 2048, 5000 2048)"),
        f(3, "LINESTRING (100 100, 100 5000, 200 5000, 200 100)"),
        f(4, "POLYGON ((4100 100, 4150 100, 4150 200, 4100 200, 4100 100))"),
        f(5, "POLYGON ((4200 100, 4300 100, 4300 200, 4200 200, 4200 100))"),
        f(6, "LINESTRING (-500 -500, -100 -100)")));
    List<DecodedTile.DecodedFeature> fs = t.features("l");
    assertEquals(List.of(1L, 2L, 3L, 4L), fs.stream().map(x -> x.id().getAsLong()).toList());
    assertGeometry("POLYGON ((-64 2096, 4160 2096, 4160 4160, -64 4160, -64 2096))", fs.get(0).geometry());
    assertGeometry("LINESTRING (-64 2048, 4160 2048)", fs.get(1).geometry());
    assertGeometry("MULTILINESTRING ((100 3996, 100 -64), (200 -64, 200 3996))", fs.get(2).geometry());
    assertGeometry("POLYGON ((4100 3996, 4150 3996, 4150 3896, 4100 3896, 4100 3996))", fs.get(3).geometry());
  }

  @Test
  void a_concave_polygon_cut_in_two_and_a_hole_cut_open_by_the_buffer_edge_stay_valid() {
    DecodedTile t = new DecodedTile(encode(exact,
        f(1, "POLYGON ((4000 0, 4300 0, 4300 300, 4000 300, 4000 200, 4200 200, 4200 100, 4000 100, 4000 0))"),
        f(2, "POLYGON ((3000 0, 5000 0, 5000 1000, 3000 1000, 3000 0), (4100 400, 4300 400, 4300 600, 4100 600, 4100 400))")));
    List<DecodedTile.DecodedFeature> fs = t.features("l");
    assertGeometry("MULTIPOLYGON (((4000 4096, 4160 4096, 4160 3996, 4000 3996, 4000 4096)), "
        + "((4000 3896, 4160 3896, 4160 3796, 4000 3796, 4000 3896)))", fs.get(0).geometry());
    assertGeometry("POLYGON ((3000 4096, 4160 4096, 4160 3696, 4100 3696, 4100 3496, 4160 3496, 4160 3096, "
        + "3000 3096, 3000 4096))", fs.get(1).geometry());
    assertTrue(fs.get(0).geometry().isValid() && fs.get(1).geometry().isValid());
  }

  @Test
  void shells_wind_clockwise_on_screen_and_holes_the_other_way_whatever_the_input() {
    String shellCw = "(0 0, 0 1000, 1000 1000, 1000 0, 0 0)";
    String shellCcw = "(0 0, 1000 0, 1000 1000, 0 1000, 0 0)";
    String holeCw = "(200 200, 200 400, 400 400, 400 200, 200 200)";
    String holeCcw = "(200 200, 400 200, 400 400, 200 400, 200 200)";
    DecodedTile t = new DecodedTile(encode(exact,
        f(1, "POLYGON (" + shellCw + ", " + holeCw + ")"),
        f(2, "POLYGON (" + shellCcw + ", " + holeCcw + ")"),
        f(3, "POLYGON (" + shellCw + ", " + holeCcw + ")"),
        f(4, "POLYGON (" + shellCcw + ", " + holeCw + ")")));
    for (DecodedTile.DecodedFeature feature : t.features("l")) {
      assertEquals(2, feature.parts().size());
      assertTrue(DecodedTile.surveyorArea(feature.parts().get(0)) > 0, "shell of feature " + feature.id());
      assertTrue(DecodedTile.surveyorArea(feature.parts().get(1)) < 0, "hole of feature " + feature.id());
      assertGeometry("POLYGON ((0 4096, 1000 4096, 1000 3096, 0 3096, 0 4096), "
          + "(200 3896, 400 3896, 400 3696, 200 3696, 200 3896))", feature.geometry());
    }
  }

  @Test
  void the_encoding_library_reads_our_polygons_back_by_the_specification_winding() throws IOException {
    byte[] bytes = encode(exact, f(1, "POLYGON ((0 0, 0 1000, 1000 1000, 1000 0, 0 0), "
        + "(200 200, 200 400, 400 400, 400 200, 200 200))"));
    JtsMvt mvt = MvtReader.loadMvt(new ByteArrayInputStream(bytes), new GeometryFactory(),
        new TagKeyValueMapConverter(), MvtReader.RING_CLASSIFIER_V2_1);
    List<Geometry> read = new ArrayList<>(mvt.getLayer("l").getGeometries());
    assertEquals(1, read.size());
    Polygon p = (Polygon) read.get(0);
    assertEquals(1, p.getNumInteriorRing());
    assertEquals(1000 * 1000 - 200 * 200, p.getArea(), 1e-9);
  }

  @Test
  void multi_geometries_stay_one_feature_and_collections_keep_their_highest_dimension() {
    DecodedTile t = new DecodedTile(encode(exact,
        f(1, "MULTIPOLYGON (((0 0, 100 0, 100 100, 0 100, 0 0)), ((200 0, 300 0, 300 100, 200 100, 200 0)))"),
        f(2, "MULTILINESTRING ((0 0, 100 0), (0 50, 100 50))"),
        f(3, "GEOMETRYCOLLECTION (POINT (5 5), LINESTRING (0 0, 10 10), POLYGON ((0 0, 10 0, 10 10, 0 0)))")));
    List<DecodedTile.DecodedFeature> fs = t.features("l");
    assertEquals(3, fs.size());
    assertGeometry("MULTIPOLYGON (((0 4096, 100 4096, 100 3996, 0 3996, 0 4096)), "
        + "((200 4096, 300 4096, 300 3996, 200 3996, 200 4096)))", fs.get(0).geometry());
    assertGeometry("MULTILINESTRING ((0 4096, 100 4096), (0 4046, 100 4046))", fs.get(1).geometry());
    assertEquals(GeomType.POLYGON, fs.get(2).type());
    assertGeometry("POLYGON ((0 4096, 10 4096, 10 4086, 0 4096))", fs.get(2).geometry());
  }

  @Test
  void degenerate_results_are_dropped_and_a_tile_left_without_features_is_empty() {
    byte[] bytes = encode(exact,
        f(1, "POLYGON ((0 0, 1000 0, 1000 0.2, 0 0.2, 0 0))"),
        f(2, "LINESTRING (10 10, 10.2 10.1, 10.3 9.9)"),
        f(3, "POLYGON ((5000 5000, 6000 5000, 6000 6000, 5000 5000))"),
        f(4, "LINESTRING EMPTY"));
    assertArrayEquals(new byte[0], bytes);
    DecodedTile t = new DecodedTile(encode(exact,
        f(1, "POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0), (500 500, 500.2 500, 500.2 500.2, 500 500))")));
    assertGeometry("POLYGON ((0 4096, 1000 4096, 1000 3096, 0 3096, 0 4096))", t.only("l").geometry());
  }

  @Test
  void a_polygon_made_invalid_by_the_grid_is_snap_rounded_to_a_valid_one() {
    // two lobes whose waist is 0.3 units wide: rounding makes the shell touch itself
    DecodedTile t = new DecodedTile(encode(exact, f(1,
        "POLYGON ((0 0, 100 0, 100 100, 50.2 100, 50.2 200, 100 200, 100 300, 0 300, 0 200, 49.9 200, 49.9 100, 0 100, 0 0))")));
    Geometry g = t.only("l").geometry();
    assertTrue(g.isValid(), g::toText);
    assertEquals(2 * 100 * 100, g.getArea(), 100);
    DecodedTile bowTie = new DecodedTile(encode(exact, f(2, "POLYGON ((0 0, 100 100, 100 0, 0 100, 0 0))")));
    Geometry b = bowTie.only("l").geometry();
    assertTrue(b.isValid(), b::toText);
    assertEquals(5000, b.getArea(), 1);
  }

  @Test
  void lines_are_simplified_by_a_fraction_of_a_pixel_but_points_never() {
    StringBuilder zigzag = new StringBuilder("LINESTRING (0 100");
    StringBuilder dots = new StringBuilder("MULTIPOINT (");
    for (int i = 1; i <= 100; i++) {
      zigzag.append(", ").append(i * 40).append(' ').append(i % 2 == 0 ? 100 : 102);
      dots.append(i == 1 ? "" : ", ").append('(').append(i).append(" 10)");
    }
    DecodedTile t = new DecodedTile(encoder.encode(TILE, List.of(
        layer("lines", new TileFeature(1, geom(zigzag + ")"), Map.of())),
        layer("points", new TileFeature(2, geom(dots + ")"), Map.of())))));
    assertGeometry("LINESTRING (0 3996, 4000 3996)", t.only("lines").geometry());
    assertEquals(100, t.only("points").parts().get(0).size());
    DecodedTile unsimplified = new DecodedTile(exact.encode(TILE, List.of(
        layer("lines", new TileFeature(1, geom(zigzag + ")"), Map.of())))));
    assertEquals(101, unsimplified.only("lines").parts().get(0).size());
  }

  @Test
  void attributes_become_mvt_values_and_nulls_are_left_out() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("name", "Duomo");
    attributes.put("floors", 5L);
    attributes.put("rank", 3);
    attributes.put("height", 108.5);
    attributes.put("ratio", 0.5f);
    attributes.put("listed", true);
    attributes.put("built", LocalDate.of(1386, 1, 1));
    attributes.put("updated", Instant.parse("2024-01-02T03:04:05Z"));
    attributes.put("missing", null);
    DecodedTile t = new DecodedTile(exact.encode(TILE, List.of(layer("l",
        new TileFeature(42, geom("POINT (1 1)"), attributes),
        new TileFeature(TileFeature.NO_ID, geom("POINT (2 2)"), Map.of("name", "Duomo"))))));
    List<DecodedTile.DecodedFeature> fs = t.features("l");
    assertEquals(OptionalLong.of(42), fs.get(0).id());
    Map<String, Object> expected = new HashMap<>();
    expected.put("name", "Duomo");
    expected.put("floors", 5L);
    expected.put("rank", 3L);
    expected.put("height", 108.5);
    expected.put("ratio", 0.5f);
    expected.put("listed", true);
    expected.put("built", "1386-01-01");
    expected.put("updated", "2024-01-02T03:04:05Z");
    assertEquals(expected, fs.get(0).attributes());
    assertEquals(OptionalLong.empty(), fs.get(1).id());
    assertEquals(Map.of("name", "Duomo"), fs.get(1).attributes());
    // the shared value is stored once in the layer
    assertEquals(1, t.rawLayer("l").getValuesList().stream().filter(v -> v.getStringValue().equals("Duomo")).count());
    assertThrows(IllegalArgumentException.class, () -> exact.encode(TILE,
        List.of(layer("l", new TileFeature(1, geom("POINT (1 1)"), Map.of("bad", new Object()))))));
  }

  @Test
  void layers_keep_their_order_empty_ones_are_left_out_and_names_must_differ() {
    byte[] bytes = exact.encode(TILE, List.of(layer("roads", f(1, "LINESTRING (0 0, 10 10)")),
        layer("empty"), layer("far", f(2, "POINT (9000 9000)")), layer("buildings", f(3, "POINT (5 5)"))));
    DecodedTile t = new DecodedTile(bytes);
    assertEquals(List.of("roads", "buildings"), t.layerNames());
    assertEquals(4096, t.rawLayer("roads").getExtent());
    assertEquals(2, t.rawLayer("roads").getVersion());
    assertArrayEquals(new byte[0], exact.encode(TILE, List.of()));
    assertArrayEquals(new byte[0], exact.encode(TILE, List.of(layer("empty"))));
    assertThrows(IllegalArgumentException.class,
        () -> exact.encode(TILE, List.of(layer("a", f(1, "POINT (1 1)")), layer("a", f(2, "POINT (2 2)")))));
  }

  @Test
  void a_web_mercator_tile_centre_lands_on_the_middle_of_the_grid() {
    Envelope tile = TileMatrixSet.WEB_MERCATOR_QUAD.tileEnvelope(14, 5863, 8610);
    Coordinate centre = tile.centre();
    DecodedTile t = new DecodedTile(encoder.encode(tile, List.of(layer("l",
        new TileFeature(7, new GeometryFactory().createPoint(centre), Map.of())))));
    assertGeometry("POINT (2048 2048)", t.only("l").geometry());
  }

  @Test
  void the_buffered_envelope_grows_by_buffer_over_extent_of_the_tile() {
    Envelope b = new VectorTileEncoder(4096, 64).bufferedEnvelope(new Envelope(0, 4096, 1000, 2024));
    assertEquals(new Envelope(-64, 4160, 984, 2040), b);
    assertThrows(IllegalArgumentException.class, () -> new VectorTileEncoder(0, 64));
    assertThrows(IllegalArgumentException.class, () -> new VectorTileEncoder(4096, -1));
    assertThrows(IllegalArgumentException.class, () -> exact.encode(new Envelope(0, 0, 0, 10), List.of()));
    assertThrows(IllegalArgumentException.class, () -> new TileFeature(-2, geom("POINT (0 0)"), Map.of()));
  }
}
