package org.smartland.layers.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartland.layers.tiles.TileMatrixSet.WEB_MERCATOR_QUAD;
import static org.smartland.layers.tiles.TileMatrixSet.WORLD_CRS84_QUAD;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

class TileMatrixSetTest {
  /** Half the side of the WebMercatorQuad square: π × 6378137 m. */
  private static final double W = 20037508.342789244;

  private static void assertEnvelope(double minX, double minY, double maxX, double maxY, Envelope e, double tolerance) {
    assertEquals(minX, e.getMinX(), tolerance, "minX of " + e);
    assertEquals(minY, e.getMinY(), tolerance, "minY of " + e);
    assertEquals(maxX, e.getMaxX(), tolerance, "maxX of " + e);
    assertEquals(maxY, e.getMaxY(), tolerance, "maxY of " + e);
  }

  @Test
  void web_mercator_quad_zoom_0_is_one_tile_over_the_whole_square() {
    assertEquals(1, WEB_MERCATOR_QUAD.matrixWidth(0));
    assertEquals(1, WEB_MERCATOR_QUAD.matrixHeight(0));
    assertEnvelope(-W, -W, W, W, WEB_MERCATOR_QUAD.tileEnvelope(0, 0, 0), 1e-6);
    assertEnvelope(-W, -W, W, W, WEB_MERCATOR_QUAD.boundingBox(), 1e-6);
    Coordinate origin = WEB_MERCATOR_QUAD.pointOfOrigin();
    assertEquals(-20037508.3427892, origin.x, 1e-6);
    assertEquals(20037508.3427892, origin.y, 1e-6);
  }

  @Test
  void web_mercator_quad_zoom_1_quarters_the_square_rows_going_south() {
    assertEnvelope(-W, 0, 0, W, WEB_MERCATOR_QUAD.tileEnvelope(1, 0, 0), 1e-6);
    assertEnvelope(0, 0, W, W, WEB_MERCATOR_QUAD.tileEnvelope(1, 0, 1), 1e-6);
    assertEnvelope(-W, -W, 0, 0, WEB_MERCATOR_QUAD.tileEnvelope(1, 1, 0), 1e-6);
    assertEnvelope(0, -W, W, 0, WEB_MERCATOR_QUAD.tileEnvelope(1, 1, 1), 1e-6);
  }

  @Test
  void the_milan_cathedral_lies_in_tile_14_5863_8610() {
    // slippy-map tile of 9.1900 E, 45.4642 N at zoom 14 is x = 8610, y = 5863
    Envelope tile = WEB_MERCATOR_QUAD.tileEnvelope(14, 5863, 8610);
    assertEnvelope(1022421.6903425194, 5694252.859132491, 1024867.6752476431, 5696698.844037617, tile, 1e-6);
    double x = Math.toRadians(9.19) * 6378137;
    double y = Math.log(Math.tan(Math.PI / 4 + Math.toRadians(45.4642) / 2)) * 6378137;
    assertTrue(tile.contains(x, y));
    // neighbours share edges exactly
    assertEquals(tile.getMaxX(), WEB_MERCATOR_QUAD.tileEnvelope(14, 5863, 8611).getMinX());
    assertEquals(tile.getMinY(), WEB_MERCATOR_QUAD.tileEnvelope(14, 5864, 8610).getMaxY());
  }

  @Test
  void web_mercator_scales_and_cell_sizes_are_those_of_the_standard_table() {
    assertEquals(559082264.0287178, WEB_MERCATOR_QUAD.scaleDenominator(0), 1e-6);
    assertEquals(156543.0339280410, WEB_MERCATOR_QUAD.cellSize(0), 1e-9);
    assertEquals(279541132.0143589, WEB_MERCATOR_QUAD.scaleDenominator(1), 1e-6);
    assertEquals(68247.34668319309, WEB_MERCATOR_QUAD.scaleDenominator(13), 1e-8);
    assertEquals(34123.67334159654, WEB_MERCATOR_QUAD.scaleDenominator(14), 1e-8);
    assertEquals(9.554628535647032, WEB_MERCATOR_QUAD.cellSize(14), 1e-12);
    assertEquals(2132.729583849784, WEB_MERCATOR_QUAD.scaleDenominator(18), 1e-8);
    assertEquals(33.32389974765287, WEB_MERCATOR_QUAD.scaleDenominator(24), 1e-9);
    assertEquals(24, WEB_MERCATOR_QUAD.maxZoom());
    assertEquals(1 << 24, WEB_MERCATOR_QUAD.matrixWidth(24));
  }

  @Test
  void world_crs84_quad_has_two_tiles_at_zoom_0_and_the_standard_scales() {
    assertEquals(2, WORLD_CRS84_QUAD.matrixWidth(0));
    assertEquals(1, WORLD_CRS84_QUAD.matrixHeight(0));
    assertEnvelope(-180, -90, 0, 90, WORLD_CRS84_QUAD.tileEnvelope(0, 0, 0), 0);
    assertEnvelope(0, -90, 180, 90, WORLD_CRS84_QUAD.tileEnvelope(0, 0, 1), 0);
    assertEnvelope(-180, 0, -90, 90, WORLD_CRS84_QUAD.tileEnvelope(1, 0, 0), 0);
    assertEnvelope(90, -90, 180, 0, WORLD_CRS84_QUAD.tileEnvelope(1, 1, 3), 0);
    assertEquals(0.703125, WORLD_CRS84_QUAD.cellSize(0));
    assertEquals(279541132.0143589, WORLD_CRS84_QUAD.scaleDenominator(0), 1e-6);
    assertEquals(139770566.0071794, WORLD_CRS84_QUAD.scaleDenominator(1), 1e-6);
    // zoom n of WorldCRS84Quad has the scale of zoom n + 1 of WebMercatorQuad
    assertEquals(34123.6733415964, WORLD_CRS84_QUAD.scaleDenominator(13), 1e-8);
    assertEquals(33.3238997476528, WORLD_CRS84_QUAD.scaleDenominator(23), 1e-9);
    assertEquals(23, WORLD_CRS84_QUAD.maxZoom());
    Envelope milan = WORLD_CRS84_QUAD.tileEnvelope(14, 4053, 17220);
    assertEnvelope(9.184570312, 45.46142578, 9.195556640, 45.47241210, milan, 1e-8);
    assertTrue(milan.contains(9.19, 45.4642));
  }

  @Test
  void ids_uris_crs_and_lookup() {
    assertEquals("WebMercatorQuad", WEB_MERCATOR_QUAD.id());
    assertEquals("http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad", WEB_MERCATOR_QUAD.uri());
    assertEquals("http://www.opengis.net/def/tilematrixset/OGC/1.0/WorldCRS84Quad", WORLD_CRS84_QUAD.uri());
    assertEquals("http://www.opengis.net/def/crs/EPSG/0/3857", WEB_MERCATOR_QUAD.crs().uri());
    assertEquals("http://www.opengis.net/def/crs/OGC/1.3/CRS84", WORLD_CRS84_QUAD.crs().uri());
    assertEquals(3857, WEB_MERCATOR_QUAD.srid());
    assertEquals(4326, WORLD_CRS84_QUAD.srid());
    assertEquals(List.of("Lon", "Lat"), WORLD_CRS84_QUAD.orderedAxes());
    assertEquals(256, WEB_MERCATOR_QUAD.tileSize());
    assertEquals(Optional.of(WORLD_CRS84_QUAD), TileMatrixSet.byId("WorldCRS84Quad"));
    assertEquals(Optional.empty(), TileMatrixSet.byId("webmercatorquad"));
    assertEquals(Optional.empty(), TileMatrixSet.byId("GoogleMapsCompatible"));
  }

  @Test
  void tiles_outside_the_matrices_do_not_exist() {
    assertTrue(WEB_MERCATOR_QUAD.contains(24, (1 << 24) - 1, (1 << 24) - 1));
    assertFalse(WEB_MERCATOR_QUAD.contains(0, 0, 1));
    assertFalse(WEB_MERCATOR_QUAD.contains(0, 1, 0));
    assertFalse(WEB_MERCATOR_QUAD.contains(25, 0, 0));
    assertFalse(WEB_MERCATOR_QUAD.contains(-1, 0, 0));
    assertFalse(WEB_MERCATOR_QUAD.contains(3, -1, 0));
    assertTrue(WORLD_CRS84_QUAD.contains(0, 0, 1));
    assertFalse(WORLD_CRS84_QUAD.contains(0, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> WEB_MERCATOR_QUAD.tileEnvelope(0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> WEB_MERCATOR_QUAD.matrixWidth(25));
    assertThrows(IllegalArgumentException.class, () -> WORLD_CRS84_QUAD.scaleDenominator(24));
  }

  @Test
  void tiles_covering_an_envelope_give_the_tile_matrix_set_limits() {
    Envelope tile = WEB_MERCATOR_QUAD.tileEnvelope(14, 5863, 8610);
    assertEquals(new TileRange(14, 5863, 5863, 8610, 8610), WEB_MERCATOR_QUAD.tilesCovering(tile, 14));
    assertEquals(new TileRange(13, 2931, 2931, 4305, 4305), WEB_MERCATOR_QUAD.tilesCovering(tile, 13));
    Envelope wider = new Envelope(tile);
    wider.expandBy(1);
    assertEquals(new TileRange(14, 5862, 5864, 8609, 8611), WEB_MERCATOR_QUAD.tilesCovering(wider, 14));
    assertEquals(9, WEB_MERCATOR_QUAD.tilesCovering(wider, 14).count());
    assertEquals(new TileRange(2, 0, 3, 0, 3), WEB_MERCATOR_QUAD.tilesCovering(new Envelope(-1e9, 1e9, -1e9, 1e9), 2));
    assertEquals(new TileRange(0, 0, 0, 1, 1), WORLD_CRS84_QUAD.tilesCovering(new Envelope(8.9, 9.3, 45.3, 45.6), 0));
    assertEquals(new TileRange(14, 4053, 4053, 17220, 17220),
        WORLD_CRS84_QUAD.tilesCovering(new Envelope(9.19, 9.19, 45.4642, 45.4642), 14));
    assertTrue(new TileRange(14, 5862, 5864, 8609, 8611).contains(14, 5863, 8610));
    assertThrows(IllegalArgumentException.class,
        () -> WORLD_CRS84_QUAD.tilesCovering(new Envelope(200, 210, 0, 10), 3));
  }
}
