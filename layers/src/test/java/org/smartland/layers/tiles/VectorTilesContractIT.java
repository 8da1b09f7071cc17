package org.smartland.layers.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartland.layers.tiles.TileMatrixSet.WEB_MERCATOR_QUAD;
import static org.smartland.layers.tiles.TileMatrixSet.WORLD_CRS84_QUAD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;

/**
 * Tiles made from each kind of store, with layers in EPSG:32632 around the Milan cathedral (9.19 E,
 * 45.4642 N): three 20 m buildings, a stop on the cathedral and a 6 km road crossing the city. Expected tile
 * positions come from reprojecting the fixtures with {@link CrsTransforms} and the tile's own envelope.
 */
public abstract class VectorTilesContractIT {
  protected static final CrsTransforms CRS = new CrsTransforms();
  private static final GeometryFactory GF = new GeometryFactory();
  private static final FeatureSchema BUILDINGS = new FeatureSchema("buildings", GeometryType.MULTIPOLYGON, 32632, List.of(
      AttributeDefinition.of("name", AttributeType.STRING), AttributeDefinition.of("floors", AttributeType.INTEGER),
      AttributeDefinition.of("built", AttributeType.DATE)));
  private static final FeatureSchema STOPS = new FeatureSchema("stops", GeometryType.POINT, 32632, List.of(
      AttributeDefinition.of("name", AttributeType.STRING)));
  private static final FeatureSchema ROADS = new FeatureSchema("roads", GeometryType.LINESTRING, 32632, List.of());

  private FeatureDatabase db;
  private FeatureStore buildings;
  private FeatureStore stops;
  private FeatureStore roads;
  private Coordinate duomo;
  private final List<Geometry> buildingShapes = new ArrayList<>();
  private final VectorTiles tiles = new VectorTiles(CRS);

  protected abstract FeatureDatabase newDatabase();

  protected abstract void dropDatabase(FeatureDatabase db);

  @BeforeEach
  void setUp() {
    db = newDatabase();
    duomo = CRS.transform(GF.createPoint(new Coordinate(9.19, 45.4642)), 4326, 32632).getCoordinate();
    buildings = db.createLayer(BUILDINGS);
    List<FeatureChange> inserts = new ArrayList<>();
    String[] names = {"Duomo", "Galleria", null};
    for (int i = 0; i < 3; i++) {
      Geometry shape = GF.toGeometry(new Envelope(duomo.x + 200 * i, duomo.x + 200 * i + 20, duomo.y, duomo.y + 20));
      buildingShapes.add(shape);
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("name", names[i]);
      p.put("floors", (long) (i + 3));
      p.put("built", i == 0 ? LocalDate.of(1965, 3, 15) : null);
      inserts.add(new FeatureChange.Insert(Feature.of(shape, p)));
    }
    buildings.write(inserts);
    stops = db.createLayer(STOPS);
    stops.write(List.of(new FeatureChange.Insert(Feature.of(GF.createPoint(duomo), Map.of("name", "Duomo M1 M3")))));
    roads = db.createLayer(ROADS);
    roads.write(List.of(new FeatureChange.Insert(Feature.of(GF.createLineString(new Coordinate[] {
        new Coordinate(duomo.x - 3000, duomo.y + 10), new Coordinate(duomo.x + 3000, duomo.y + 10)}), Map.of()))));
  }

  @AfterEach
  void tearDown() {
    dropDatabase(db);
  }

  private List<TileSource> sources() {
    return List.of(new TileSource("buildings", buildings, 13, 24, List.of("name", "floors", "built")),
        new TileSource("roads", roads, 10, 24, List.of()),
        new TileSource("stops", stops, 0, 24, List.of("name")));
  }

  /** Where a point of the TMS CRS falls in the tile, in tile units. */
  private static Coordinate inTile(Envelope tile, Coordinate c) {
    return new Coordinate((c.x - tile.getMinX()) * 4096 / tile.getWidth(), (tile.getMaxY() - c.y) * 4096 / tile.getHeight());
  }

  private TileRange duomoTile(TileMatrixSet tms, int z) {
    Coordinate c = CRS.transform(GF.createPoint(duomo), 32632, tms.srid()).getCoordinate();
    return tms.tilesCovering(new Envelope(c), z);
  }

  @Test
  void a_zoom_16_web_mercator_tile_holds_the_features_where_they_project() {
    TileRange r = duomoTile(WEB_MERCATOR_QUAD, 16);
    Envelope tile = WEB_MERCATOR_QUAD.tileEnvelope(16, r.minRow(), r.minCol());
    DecodedTile t = new DecodedTile(tiles.tile(WEB_MERCATOR_QUAD, 16, r.minRow(), r.minCol(), sources()));
    assertEquals(List.of("buildings", "roads", "stops"), t.layerNames());
    List<DecodedTile.DecodedFeature> fs = t.features("buildings");
    assertTrue(fs.size() >= 1, "buildings in the tile: " + fs.size());
    for (DecodedTile.DecodedFeature f : fs) {
      int i = (int) f.id().getAsLong() - 1;
      Geometry expected = CRS.transform(buildingShapes.get(i), 32632, 3857);
      Envelope e = expected.getEnvelopeInternal();
      Coordinate centre = inTile(tile, e.centre());
      Coordinate decoded = f.geometry().getEnvelopeInternal().centre();
      if (tile.contains(e)) {
        assertEquals(centre.x, decoded.x, 9, "x of building " + (i + 1));
        assertEquals(centre.y, decoded.y, 9, "y of building " + (i + 1));
        double side = e.getWidth() * 4096 / tile.getWidth();
        assertEquals(side * side, f.geometry().getArea(), side * 4 * 9);
      }
    }
    DecodedTile.DecodedFeature duomoBuilding = fs.stream().filter(f -> f.id().getAsLong() == 1).findFirst().orElseThrow();
    assertEquals(Map.of("name", "Duomo", "floors", 3L, "built", "1965-03-15"), duomoBuilding.attributes());
    Geometry road = t.only("roads").geometry();
    assertEquals(-64, road.getEnvelopeInternal().getMinX(), 1);
    assertEquals(4160, road.getEnvelopeInternal().getMaxX(), 1);
    Coordinate stop = t.only("stops").geometry().getCoordinate();
    Coordinate expectedStop = inTile(tile, CRS.transform(GF.createPoint(duomo), 32632, 3857).getCoordinate());
    assertEquals(expectedStop.x, stop.x, 9);
    assertEquals(expectedStop.y, stop.y, 9);
    assertEquals(Map.of("name", "Duomo M1 M3"), t.only("stops").attributes());
  }

  @Test
  void a_world_crs84_tile_holds_the_features_at_their_longitude_and_latitude() {
    TileRange r = duomoTile(WORLD_CRS84_QUAD, 15);
    Envelope tile = WORLD_CRS84_QUAD.tileEnvelope(15, r.minRow(), r.minCol());
    DecodedTile t = new DecodedTile(tiles.tile(WORLD_CRS84_QUAD, 15, r.minRow(), r.minCol(), sources()));
    Coordinate stop = t.only("stops").geometry().getCoordinate();
    Coordinate expected = inTile(tile, new Coordinate(9.19, 45.4642));
    assertEquals(expected.x, stop.x, 9);
    assertEquals(expected.y, stop.y, 9);
  }

  @Test
  void tiles_of_every_zoom_down_to_0_still_find_the_data() {
    for (int z = 0; z <= 12; z++) {
      TileRange r = duomoTile(WEB_MERCATOR_QUAD, z);
      DecodedTile t = new DecodedTile(tiles.tile(WEB_MERCATOR_QUAD, z, r.minRow(), r.minCol(), sources()));
      assertEquals(1, t.features("stops").size(), "WebMercatorQuad zoom " + z);
      assertEquals(z >= 10 ? List.of("roads", "stops") : List.of("stops"), t.layerNames(), "zoom " + z);
    }
    for (int z = 0; z <= 6; z++) {
      TileRange r = duomoTile(WORLD_CRS84_QUAD, z);
      DecodedTile t = new DecodedTile(tiles.tile(WORLD_CRS84_QUAD, z, r.minRow(), r.minCol(), sources()));
      assertEquals(1, t.features("stops").size(), "WorldCRS84Quad zoom " + z);
    }
    assertArrayEquals(new byte[0], tiles.tile(WORLD_CRS84_QUAD, 0, 0, 0, sources()));
  }

  @Test
  void tiles_far_from_the_data_are_empty() {
    TileRange newYork = WEB_MERCATOR_QUAD.tilesCovering(new Envelope(new Coordinate(-8238310, 4970071)), 8);
    assertArrayEquals(new byte[0], tiles.tile(WEB_MERCATOR_QUAD, 8, newYork.minRow(), newYork.minCol(), sources()));
    for (int col = 0; col < 8; col++) {
      if (col != 4) {
        assertArrayEquals(new byte[0], tiles.tile(WEB_MERCATOR_QUAD, 3, 2, col, sources()), "3/2/" + col);
      }
    }
    TileRange beside = duomoTile(WEB_MERCATOR_QUAD, 16);
    assertArrayEquals(new byte[0], tiles.tile(WEB_MERCATOR_QUAD, 16, beside.minRow() + 5, beside.minCol(), sources()));
  }
}
