package org.smartland.layers.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartland.layers.tiles.TileMatrixSet.WEB_MERCATOR_QUAD;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.WriteResult;

/**
 * The tile pipeline against a store held in memory (EPSG:3857, so no reprojection), which records the
 * queries it is asked and whether their streams were closed. Stores on disk: {@code VectorTilesContractIT}.
 */
class VectorTilesTest {
  private static final GeometryFactory GF = new GeometryFactory();
  private static final Envelope MILAN = WEB_MERCATOR_QUAD.tileEnvelope(14, 5863, 8610);

  /** Features in memory; queries return those whose envelope meets the bbox. */
  private static final class MemoryStore implements FeatureStore {
    final FeatureSchema schema = new FeatureSchema("buildings", GeometryType.POLYGON, 3857, List.of(
        AttributeDefinition.of("name", AttributeType.STRING), AttributeDefinition.of("floors", AttributeType.INTEGER)));
    final List<Feature> features = new ArrayList<>();
    final List<FeatureQuery> queries = new ArrayList<>();
    int extentCalls;
    int closed;

    @Override
    public FeatureSchema schema() {
      return schema;
    }

    @Override
    public Stream<Feature> query(FeatureQuery q) {
      queries.add(q);
      Envelope box = q.bbox().orElseThrow().envelope();
      return features.stream()
          .filter(f -> f.geometry().orElseThrow().getEnvelopeInternal().intersects(box))
          .map(f -> select(f, q.properties().orElseThrow()))
          .onClose(() -> closed++);
    }

    private static Feature select(Feature f, List<String> names) {
      Map<String, Object> p = new LinkedHashMap<>();
      for (String n : names) {
        p.put(n, f.properties().get(n));
      }
      return new Feature(f.id(), f.geometry(), p);
    }

    @Override
    public long count(FeatureQuery q) {
      try (Stream<Feature> s = query(q)) {
        return s.count();
      }
    }

    @Override
    public Optional<Feature> byId(String id) {
      return features.stream().filter(f -> f.id().orElseThrow().equals(id)).findFirst();
    }

    @Override
    public Optional<Envelope> extent() {
      extentCalls++;
      Envelope e = new Envelope();
      features.forEach(f -> e.expandToInclude(f.geometry().orElseThrow().getEnvelopeInternal()));
      return e.isNull() ? Optional.empty() : Optional.of(e);
    }

    @Override
    public WriteResult write(List<FeatureChange> changes) {
      throw new UnsupportedOperationException("read-only test store");
    }

    @Override
    public long insertAll(Stream<Feature> features) {
      throw new UnsupportedOperationException("read-only test store");
    }

    @Override
    public long replaceAll(Stream<Feature> features) {
      throw new UnsupportedOperationException("read-only test store");
    }

    void add(String id, Geometry g, String name, Long floors) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("name", name);
      p.put("floors", floors);
      features.add(new Feature(Optional.of(id), Optional.of(g), p));
    }
  }

  private final VectorTiles tiles = new VectorTiles(new CrsTransforms());

  private static Geometry square(double x, double y, double size) {
    return GF.toGeometry(new Envelope(x, x + size, y, y + size));
  }

  @Test
  void the_store_is_asked_for_the_buffered_tile_in_the_tms_crs_with_half_a_pixel_tolerance() {
    MemoryStore store = new MemoryStore();
    store.add("17", square(MILAN.getMinX() + 100, MILAN.getMinY() + 100, 50), "Duomo", 5L);
    byte[] bytes = tiles.tile(WEB_MERCATOR_QUAD, 14, 5863, 8610,
        List.of(new TileSource("buildings", store, 12, 18, List.of("name"))));
    assertEquals(1, store.queries.size());
    FeatureQuery q = store.queries.get(0);
    Envelope expected = new Envelope(MILAN);
    expected.expandBy(MILAN.getWidth() * 64 / 4096);
    assertEquals(expected, q.bbox().orElseThrow().envelope());
    assertEquals(3857, q.bbox().orElseThrow().srid());
    assertEquals(3857, q.outputSrid().orElseThrow());
    assertEquals(Optional.of(List.of("name")), q.properties());
    assertEquals(WEB_MERCATOR_QUAD.cellSize(14) / 2, q.drawingTolerance().orElseThrow(), 1e-12);
    assertEquals(1, store.closed);
    assertEquals(0, store.extentCalls);
    DecodedTile.DecodedFeature f = new DecodedTile(bytes).only("buildings");
    assertEquals(OptionalLong.of(17), f.id());
    assertEquals(Map.of("name", "Duomo"), f.attributes());
  }

  @Test
  void sources_outside_their_zoom_range_contribute_nothing() {
    MemoryStore store = new MemoryStore();
    store.add("1", square(MILAN.getMinX() + 100, MILAN.getMinY() + 100, 50), "a", 1L);
    MemoryStore other = new MemoryStore();
    other.add("2", square(MILAN.getMinX() + 300, MILAN.getMinY() + 300, 50), "b", 2L);
    List<TileSource> sources = List.of(new TileSource("near", store, 15, 24, List.of()),
        new TileSource("far", other, 0, 13, List.of()));
    assertArrayEquals(new byte[0], tiles.tile(WEB_MERCATOR_QUAD, 14, 5863, 8610, sources));
    assertEquals(0, store.queries.size() + other.queries.size());
    byte[] z15 = tiles.tile(WEB_MERCATOR_QUAD, 15, 11727, 17220, sources);
    assertEquals(List.of("near"), new DecodedTile(z15).layerNames());
    assertEquals(Map.of(), new DecodedTile(z15).only("near").attributes());
  }

  @Test
  void each_source_is_one_layer_in_order_and_an_empty_tile_is_no_bytes() {
    MemoryStore buildings = new MemoryStore();
    buildings.add("1", square(MILAN.getMinX() + 100, MILAN.getMinY() + 100, 50), "a", 3L);
    buildings.add("2", square(MILAN.getMinX() + 500, MILAN.getMinY() + 100, 50), null, null);
    MemoryStore parks = new MemoryStore();
    parks.add("9", square(MILAN.getMinX() + 900, MILAN.getMinY() + 900, 200), "park", null);
    List<TileSource> sources = List.of(new TileSource("parks", parks, 0, 24, List.of("name")),
        new TileSource("buildings", buildings, 0, 24, List.of("name", "floors")));
    DecodedTile t = new DecodedTile(tiles.tile(WEB_MERCATOR_QUAD, 14, 5863, 8610, sources));
    assertEquals(List.of("parks", "buildings"), t.layerNames());
    List<DecodedTile.DecodedFeature> fs = t.features("buildings");
    assertEquals(Map.of("name", "a", "floors", 3L), fs.get(0).attributes());
    assertEquals(Map.of(), fs.get(1).attributes());
    assertArrayEquals(new byte[0], tiles.tile(WEB_MERCATOR_QUAD, 14, 5000, 8610, sources));
    assertEquals(2, buildings.closed);
  }

  @Test
  void large_tiles_query_only_the_part_over_the_store_extent() {
    MemoryStore store = new MemoryStore();
    // 50 km: some 20 tile units at zoom 2, where a building would be too small to keep
    store.add("1", square(MILAN.getMinX(), MILAN.getMinY(), 50_000), "a", 1L);
    List<TileSource> sources = List.of(new TileSource("b", store, 0, 24, List.of()));
    DecodedTile t = new DecodedTile(tiles.tile(WEB_MERCATOR_QUAD, 2, 1, 2, sources));
    assertEquals(1, t.features("b").size());
    assertEquals(1, store.extentCalls);
    Envelope asked = store.queries.get(0).bbox().orElseThrow().envelope();
    assertTrue(asked.getWidth() < 60_000 && asked.contains(MILAN.getMinX() + 25_000, MILAN.getMinY() + 25_000), asked::toString);
    // a large tile away from the data, and an empty store, are not queried at all
    assertArrayEquals(new byte[0], tiles.tile(WEB_MERCATOR_QUAD, 2, 1, 0, sources));
    assertArrayEquals(new byte[0], tiles.tile(WEB_MERCATOR_QUAD, 2, 1, 2,
        List.of(new TileSource("b", new MemoryStore(), 0, 24, List.of()))));
    assertEquals(1, store.queries.size());
  }

  @Test
  void bad_tiles_and_bad_sources_are_refused() {
    MemoryStore store = new MemoryStore();
    assertThrows(IllegalArgumentException.class, () -> tiles.tile(WEB_MERCATOR_QUAD, 25, 0, 0, List.of()));
    assertThrows(IllegalArgumentException.class, () -> tiles.tile(WEB_MERCATOR_QUAD, 1, 2, 0, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new TileSource("b", store, 0, 24, List.of("height")));
    assertThrows(IllegalArgumentException.class, () -> new TileSource("b", store, 10, 9, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new TileSource("", store, 0, 9, List.of()));
    assertThrows(IllegalArgumentException.class, () -> tiles.tile(WEB_MERCATOR_QUAD, 3, 2, 4,
        List.of(new TileSource("b", store, 0, 24, List.of()), new TileSource("b", store, 0, 24, List.of()))));
  }
}
