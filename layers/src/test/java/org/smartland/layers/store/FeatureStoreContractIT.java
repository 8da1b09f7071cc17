package org.smartland.layers.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.BoundingBox;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.InvalidQueryException;
import org.smartland.layers.query.SortKey;

/**
 * The behaviour every {@link FeatureDatabase} must have, run against each implementation with the same
 * fixtures: WKT in, WKT out.
 */
public abstract class FeatureStoreContractIT {
  protected static final CrsTransforms CRS = new CrsTransforms();
  private static final WKTReader WKT = new WKTReader();

  protected static final FeatureSchema PLACES = new FeatureSchema("places", GeometryType.POINT, 32632, List.of(
      AttributeDefinition.of("name", AttributeType.STRING),
      AttributeDefinition.of("kind", AttributeType.STRING),
      AttributeDefinition.of("pop", AttributeType.INTEGER),
      AttributeDefinition.of("area", AttributeType.DOUBLE),
      AttributeDefinition.of("active", AttributeType.BOOLEAN),
      AttributeDefinition.of("founded", AttributeType.DATE),
      AttributeDefinition.of("updated", AttributeType.DATETIME)));

  protected static final FeatureSchema ZONES = new FeatureSchema("zones", GeometryType.MULTIPOLYGON, 32632, List.of(
      AttributeDefinition.of("classe", AttributeType.STRING)));

  private FeatureDatabase db;
  private FeatureStore places;

  /** A new, empty database for one test. */
  protected abstract FeatureDatabase newDatabase();

  /** Releases what {@link #newDatabase} made. */
  protected abstract void dropDatabase(FeatureDatabase db);

  @BeforeEach
  void setUp() {
    db = newDatabase();
    places = db.createLayer(PLACES);
    places.write(List.of(
        insert("POINT (506000 5033000)", "Corsico", "town", 34000L, 13.4, true, "1950-06-01", "2024-01-01T10:00:00Z"),
        insert("POINT (509000 5031000)", "Buccinasco", "town", 27000L, 12.0, true, "1960-01-01", "2024-02-01T10:00:00Z"),
        insert("POINT (503000 5030000)", "Cusago", "village", 4000L, 11.5, false, "1900-01-01", "2023-05-05T08:30:00Z"),
        insert("POINT (512000 5028000)", "Rozzano", "town", 42000L, 12.2, true, null, null),
        insert("POINT (498000 5025000)", "gudo visconti", "village", 1700L, 6.1, null, "1901-01-01", null),
        insert("POINT (520000 5040000)", "O'Brien's", "farm", null, null, false, null, null)));
  }

  @AfterEach
  void tearDown() {
    dropDatabase(db);
  }

  @Test
  void a_stored_feature_comes_back_with_the_same_geometry_and_typed_values() {
    Feature f = places.query(FeatureQuery.all().withFilter(Filter.eq("name", "Corsico"))).findFirst().orElseThrow();
    assertEquals(geom("POINT (506000 5033000)"), f.geometry().orElseThrow());
    assertEquals("town", f.properties().get("kind"));
    assertEquals(34000L, f.properties().get("pop"));
    assertEquals(13.4, f.properties().get("area"));
    assertEquals(true, f.properties().get("active"));
    assertEquals(LocalDate.parse("1950-06-01"), f.properties().get("founded"));
    assertEquals(Instant.parse("2024-01-01T10:00:00Z"), f.properties().get("updated"));
    assertEquals(f, places.byId(f.id().orElseThrow()).orElseThrow());
  }

  @Test
  void nulls_are_kept_as_present_null_values() {
    Feature f = places.query(FeatureQuery.all().withFilter(Filter.eq("kind", "farm"))).findFirst().orElseThrow();
    assertTrue(f.properties().containsKey("pop"));
    assertEquals(null, f.properties().get("pop"));
    assertEquals(null, f.properties().get("updated"));
  }

  @Test
  void unknown_or_malformed_ids_are_absent() {
    assertEquals(Optional.empty(), places.byId("999999"));
    assertEquals(Optional.empty(), places.byId("1 OR 1=1"));
  }

  @Test
  void results_come_in_id_order_and_pages_neither_repeat_nor_lose_features() {
    List<String> all = ids(FeatureQuery.all());
    assertEquals(6, all.size());
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < 7; offset += 4) {
      paged.addAll(ids(FeatureQuery.all().withPage(offset, 4)));
    }
    assertEquals(all, paged);
    List<Long> numeric = all.stream().map(Long::parseLong).toList();
    assertEquals(numeric.stream().sorted().toList(), numeric);
  }

  @Test
  void sorting_uses_the_id_as_tiebreaker() {
    List<String> names = names(FeatureQuery.all().withSortBy(List.of(SortKey.desc("kind"), SortKey.asc("pop"))));
    assertEquals(List.of("gudo visconti", "Cusago", "Buccinasco", "Corsico", "Rozzano", "O'Brien's"), names);
    List<String> byPop = names(FeatureQuery.all().withSortBy(List.of(SortKey.asc("pop"))));
    assertEquals("O'Brien's", byPop.get(5), "nulls sort last in ascending order");
    assertEquals("O'Brien's", names(FeatureQuery.all().withSortBy(List.of(SortKey.desc("pop")))).get(0));
  }

  @Test
  void count_ignores_paging_and_matches_the_features_returned() {
    FeatureQuery towns = FeatureQuery.all().withFilter(Filter.eq("kind", "town")).withPage(1, 1);
    assertEquals(3, places.count(towns));
    assertEquals(1, ids(towns).size());
    assertTrue(places.estimatedCount(FeatureQuery.all()) >= 0);
  }

  @Test
  void bbox_in_the_native_crs_selects_intersecting_features() {
    FeatureQuery q = FeatureQuery.all().withBbox(new BoundingBox(505000, 5029000, 510000, 5034000, 32632));
    assertEquals(List.of("Corsico", "Buccinasco"), names(q));
    assertEquals(2, places.count(q));
  }

  @Test
  void bbox_in_another_crs_is_reprojected() {
    Envelope lonLat = CRS.transform(new Envelope(505000, 510000, 5029000, 5034000), 32632, 4326);
    FeatureQuery q = FeatureQuery.all().withBbox(new BoundingBox(lonLat.getMinX(), lonLat.getMinY(),
        lonLat.getMaxX(), lonLat.getMaxY(), 4326));
    assertEquals(List.of("Corsico", "Buccinasco"), names(q));
  }

  @Test
  void features_for_drawing_may_include_those_whose_envelope_alone_meets_the_bbox() {
    FeatureStore zones = db.createLayer(ZONES);
    zones.write(List.of(new FeatureChange.Insert(Feature.of(
        geom("POLYGON ((0 0, 10 0, 0 10, 0 0))"), Map.of("classe", "P1")))));
    BoundingBox corner = new BoundingBox(8, 8, 9, 9, 32632);
    assertEquals(0, zones.count(FeatureQuery.all().withBbox(corner)), "the triangle misses the box");
    assertEquals(1, zones.count(FeatureQuery.all().withBbox(corner).forDrawing(0.1)), "its envelope does not");
  }

  @Test
  void attribute_filters_cover_comparisons_patterns_lists_ranges_and_nulls() {
    assertEquals(List.of("Corsico", "Rozzano"), names(where(new Filter.Compare("pop", Filter.ComparisonOp.GT, 30000L))));
    assertEquals(List.of("Corsico", "Buccinasco", "Cusago", "Rozzano"),
        names(where(new Filter.Compare("pop", Filter.ComparisonOp.GE, "4000"))));
    assertEquals(List.of("Corsico", "Cusago"), names(where(new Filter.Like("name", "C%", false))));
    assertEquals(List.of(), names(where(new Filter.Like("name", "c%", false))));
    assertEquals(List.of("Corsico", "Cusago"), names(where(new Filter.Like("name", "c%", true))));
    assertEquals(List.of("Buccinasco", "Cusago"), names(where(new Filter.In("name", List.of("Cusago", "Buccinasco")))));
    assertEquals(List.of("Corsico", "Buccinasco", "Rozzano"), names(where(new Filter.Between("area", 12.0, 14))));
    assertEquals(List.of("O'Brien's"), names(where(new Filter.IsNull("pop"))));
    assertEquals(List.of("Cusago", "O'Brien's"), names(where(Filter.eq("active", false))));
    assertEquals(List.of("Corsico", "Buccinasco"),
        names(where(new Filter.Compare("founded", Filter.ComparisonOp.GE, LocalDate.parse("1950-01-01")))));
    assertEquals(List.of("Buccinasco"),
        names(where(new Filter.Compare("updated", Filter.ComparisonOp.GT, "2024-01-15T00:00:00Z"))));
    assertEquals(List.of("O'Brien's"), names(where(Filter.eq("name", "O'Brien's"))));
  }

  @Test
  void logical_operators_combine_filters() {
    Filter f = Filter.or(Filter.and(Filter.eq("kind", "town"), new Filter.Compare("pop", Filter.ComparisonOp.LT, 30000L)),
        new Filter.Not(new Filter.In("kind", List.of("town", "village"))));
    assertEquals(List.of("Buccinasco", "O'Brien's"), names(where(f)));
  }

  @Test
  void literals_never_become_sql() {
    assertEquals(List.of(), names(where(Filter.eq("name", "x' OR '1'='1"))));
    assertEquals(List.of(), names(where(new Filter.Like("name", "%' OR 1=1 --", false))));
    assertEquals(6, places.count(FeatureQuery.all()));
  }

  @Test
  void resource_ids_select_by_feature_id_and_ids_that_are_not_ids_match_nothing() {
    String corsico = idOf("Corsico");
    String cusago = idOf("Cusago");
    assertEquals(List.of("Corsico", "Cusago"), names(where(new Filter.ResourceIds(List.of(cusago, corsico, " " + corsico)))));
    assertEquals(List.of(), names(where(new Filter.ResourceIds(List.of("1 OR 1=1", "'; DROP TABLE x; --",
        "'; DROP TABLE places; --", "places." + corsico, "99999999999999999999", "")))));
    assertEquals(List.of("Corsico"), names(where(new Filter.ResourceIds(List.of("1 OR 1=1", corsico)))));
    assertEquals(4, places.count(where(new Filter.Not(new Filter.ResourceIds(List.of(corsico, cusago))))));
    assertEquals(List.of("Cusago"), names(where(Filter.and(new Filter.ResourceIds(List.of(corsico, cusago)),
        Filter.eq("kind", "village")))));
    assertEquals(6, places.count(FeatureQuery.all()), "nothing was dropped");
  }

  @Test
  void unknown_properties_and_ill_typed_values_are_rejected() {
    assertThrows(InvalidQueryException.class, () -> names(where(Filter.eq("nope", 1))));
    assertThrows(InvalidQueryException.class, () -> names(where(Filter.eq("pop", "many"))));
    assertThrows(InvalidQueryException.class, () -> names(where(Filter.eq("\"pop\" OR 1=1 --", 1))));
    assertThrows(InvalidQueryException.class, () -> names(FeatureQuery.all().withSortBy(List.of(SortKey.asc("nope")))));
    assertThrows(InvalidQueryException.class, () -> names(FeatureQuery.all().withProperties(List.of("nope"))));
  }

  @Test
  void spatial_filters_use_the_literal_crs() {
    Geometry square = geom("POLYGON ((505000 5029000, 510000 5029000, 510000 5034000, 505000 5034000, 505000 5029000))");
    square.setSRID(32632);
    assertEquals(List.of("Corsico", "Buccinasco"), names(where(new Filter.Spatial(Filter.SpatialOp.WITHIN, square))));
    assertEquals(List.of("Corsico", "Buccinasco"), names(where(new Filter.Spatial(Filter.SpatialOp.INTERSECTS,
        CRS.transform(square, 32632, 4326)))));
    assertEquals(4, places.count(where(new Filter.Spatial(Filter.SpatialOp.DISJOINT, square))));
    Geometry corsico = geom("POINT (506000 5033000)");
    corsico.setSRID(32632);
    assertEquals(List.of("Corsico", "Buccinasco"), names(where(new Filter.DWithin(corsico, 3700))));
    assertEquals(List.of("Corsico"), names(where(new Filter.DWithin(corsico, 3500))));
  }

  @Test
  void property_selection_skip_geometry_and_output_crs() {
    Feature f = places.query(FeatureQuery.all().withFilter(Filter.eq("name", "Corsico"))
        .withProperties(List.of("pop")).withoutGeometry()).findFirst().orElseThrow();
    assertEquals(Map.of("pop", 34000L), f.properties());
    assertTrue(f.geometry().isEmpty());
    Feature lonLat = places.query(FeatureQuery.all().withFilter(Filter.eq("name", "Corsico")).withOutputSrid(4326))
        .findFirst().orElseThrow();
    Geometry p = lonLat.geometry().orElseThrow();
    assertEquals(9.08, p.getCoordinate().x, 0.01);
    assertEquals(45.45, p.getCoordinate().y, 0.01);
  }

  @Test
  void extent_covers_every_geometry() {
    assertEquals(new Envelope(498000, 520000, 5025000, 5040000), places.extent().orElseThrow());
    assertTrue(db.createLayer(ZONES).extent().isEmpty());
  }

  @Test
  void updates_replaces_and_deletes_apply_in_one_transaction() {
    String cusago = idOf("Cusago");
    String rozzano = idOf("Rozzano");
    WriteResult r = places.write(List.of(
        new FeatureChange.Update(cusago, Map.of("pop", 4200L), Optional.of(geom("POINT (503100 5030100)"))),
        new FeatureChange.Replace(rozzano, Feature.of(geom("POINT (512000 5028000)"), Map.of("name", "Rozzano"))),
        new FeatureChange.Delete(idOf("O'Brien's"))));
    assertEquals(new WriteResult(List.of(), 2, 1), r);
    Feature c = places.byId(cusago).orElseThrow();
    assertEquals(4200L, c.properties().get("pop"));
    assertEquals("village", c.properties().get("kind"));
    assertEquals(geom("POINT (503100 5030100)"), c.geometry().orElseThrow());
    assertEquals(null, places.byId(rozzano).orElseThrow().properties().get("kind"));
    assertEquals(5, places.count(FeatureQuery.all()));
    assertEquals(List.of("Cusago"), names(FeatureQuery.all().withBbox(new BoundingBox(503050, 5030050, 503150, 5030150, 32632))));
  }

  @Test
  void a_failing_change_rolls_back_the_whole_batch() {
    List<String> before = names(FeatureQuery.all());
    assertThrows(FeatureNotFoundException.class, () -> places.write(List.of(
        insert("POINT (500000 5030000)", "New", "town", 1L, 1.0, true, null, null),
        new FeatureChange.Delete(idOf("Corsico")),
        new FeatureChange.Update("424242", Map.of("pop", 1L), Optional.empty()))));
    assertEquals(before, names(FeatureQuery.all()));
    assertThrows(InvalidFeatureException.class, () -> places.write(List.of(
        new FeatureChange.Delete(idOf("Corsico")),
        insert("POINT (500000 5030000)", "Bad", "town", 1L, 1.0, true, "not a date", null))));
    assertThrows(InvalidFeatureException.class, () -> places.write(List.of(
        new FeatureChange.Insert(Feature.of(geom("POINT (1 1)"), Map.of("colour", "red"))))));
    assertThrows(InvalidFeatureException.class, () -> places.write(List.of(
        new FeatureChange.Insert(Feature.of(geom("LINESTRING (0 0, 1 1)"), Map.of())))));
    assertEquals(before, names(FeatureQuery.all()));
  }

  @Test
  void inserts_return_new_ids_and_polygons_fit_multipolygon_layers() {
    FeatureStore zones = db.createLayer(ZONES);
    WriteResult r = zones.write(List.of(
        new FeatureChange.Insert(Feature.of(geom("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"), Map.of("classe", "P3"))),
        new FeatureChange.Insert(Feature.of(geom("MULTIPOLYGON (((20 0, 30 0, 30 10, 20 0)))"), Map.of("classe", "P2")))));
    assertEquals(2, r.insertedIds().size());
    Feature first = zones.byId(r.insertedIds().get(0)).orElseThrow();
    assertEquals(geom("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)))"), first.geometry().orElseThrow());
    assertEquals(Set.of("zones", "places"), new HashSet<>(db.layerNames()));
  }

  @Test
  void insert_all_streams_many_features_in_one_transaction() {
    FeatureStore zones = db.createLayer(ZONES);
    long n = zones.insertAll(IntStream.range(0, 2500).mapToObj(i ->
        Feature.of(geom("POLYGON ((" + i + " 0, " + (i + 1) + " 0, " + (i + 1) + " 1, " + i + " 0))"),
            Map.of("classe", "P" + (i % 3 + 1)))));
    assertEquals(2500, n);
    assertEquals(834, zones.count(FeatureQuery.all().withFilter(Filter.eq("classe", "P1"))));
    assertEquals(new Envelope(0, 2500, 0, 1), zones.extent().orElseThrow());
    Map<String, Long> perClass;
    try (Stream<Feature> s = zones.query(FeatureQuery.all().withoutGeometry())) {
      perClass = s.collect(Collectors.groupingBy(f -> (String) f.properties().get("classe"), Collectors.counting()));
    }
    assertEquals(Map.of("P1", 834L, "P2", 833L, "P3", 833L), perClass);
    assertEquals(11, zones.count(FeatureQuery.all().withBbox(new BoundingBox(100.5, 0.1, 110.5, 0.2, 32632))));
  }

  @Test
  void replace_all_swaps_every_feature_in_one_transaction_and_tells_the_listeners() {
    List<String> changed = new ArrayList<>();
    db.changes().addListener(changed::add);
    long n = places.replaceAll(Stream.of(
        Feature.of(geom("POINT (1 1)"), Map.of("name", "Uno", "pop", 1L)),
        Feature.of(geom("POINT (2 2)"), Map.of("name", "Due"))));
    assertEquals(2, n);
    assertEquals(List.of("places"), changed);
    assertEquals(2, places.count(FeatureQuery.all()));
    assertEquals(new Envelope(1, 2, 1, 2), places.extent().orElseThrow());
  }

  @Test
  void replace_all_with_a_bad_feature_in_the_middle_changes_nothing() {
    List<String> changed = new ArrayList<>();
    db.changes().addListener(changed::add);
    InvalidFeatureException e = assertThrows(InvalidFeatureException.class, () -> places.replaceAll(Stream.of(
        Feature.of(geom("POINT (1 1)"), Map.of("name", "Uno")),
        Feature.of(geom("LINESTRING (0 0, 1 1)"), Map.of("name", "Linea")),
        Feature.of(geom("POINT (3 3)"), Map.of("name", "Tre")))));
    assertTrue(e.getMessage().contains("feature 2"), e.getMessage());
    assertEquals(6, places.count(FeatureQuery.all()));
    assertEquals(List.of(), changed);
  }

  @Test
  void replace_all_keeps_numeric_ids_and_later_inserts_do_not_collide() {
    places.replaceAll(Stream.of(
        new Feature(Optional.of("40"), Optional.of(geom("POINT (1 1)")), Map.of("name", "Quaranta")),
        new Feature(Optional.of("7"), Optional.of(geom("POINT (2 2)")), Map.of("name", "Sette"))));
    assertEquals("Quaranta", places.byId("40").orElseThrow().properties().get("name"));
    assertEquals("Sette", places.byId("7").orElseThrow().properties().get("name"));
    WriteResult r = places.write(List.of(insert("POINT (3 3)", "Nuovo", "town", 1L, 1.0, true, null, null)));
    assertTrue(Long.parseLong(r.insertedIds().get(0)) > 40, r.insertedIds().toString());
    assertEquals(3, places.count(FeatureQuery.all()));
    assertThrows(InvalidFeatureException.class, () -> places.replaceAll(Stream.of(
        new Feature(Optional.of("1"), Optional.of(geom("POINT (1 1)")), Map.of("name", "A")),
        Feature.of(geom("POINT (2 2)"), Map.of("name", "B")))));
    assertEquals(3, places.count(FeatureQuery.all()));
  }

  @Test
  void opening_a_layer_checks_it_exists_with_the_expected_columns() {
    assertEquals(6, db.layer(PLACES).count(FeatureQuery.all()));
    assertThrows(StoreException.class, () -> db.layer(new FeatureSchema("missing", GeometryType.POINT, 32632, List.of())));
    assertThrows(StoreException.class, () -> db.layer(new FeatureSchema("places", GeometryType.POINT, 32632,
        List.of(AttributeDefinition.of("elevation", AttributeType.DOUBLE)))));
    assertTrue(db.status().available());
    assertFalse(db.status().location().contains("password"));
  }

  @Test
  void describing_a_missing_layer_is_an_error() {
    db.describeLayer("places", "Places. Real data. Source: a test's own O'Brien.");
    assertThrows(StoreException.class, () -> db.describeLayer("nowhere", "x"));
  }

  @Test
  void a_dropped_layer_is_gone_its_listeners_told_and_its_name_free_again() {
    FeatureStore zones = db.createLayer(ZONES);
    zones.write(List.of(new FeatureChange.Insert(Feature.of(
        geom("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"), Map.of("classe", "P1")))));
    db.describeLayer("zones", "Zones. To be dropped.");
    List<String> changed = new ArrayList<>();
    db.changes().addListener(changed::add);

    db.dropLayer("zones");

    assertEquals(List.of("zones"), changed);
    assertEquals(List.of("places"), db.layerNames());
    assertThrows(StoreException.class, () -> db.layer(ZONES));
    assertEquals(6, places.count(FeatureQuery.all()), "the other layers stay");
    FeatureStore again = db.createLayer(ZONES);
    assertEquals(0, again.count(FeatureQuery.all()));
    assertTrue(again.extent().isEmpty());
    again.write(List.of(new FeatureChange.Insert(Feature.of(
        geom("POLYGON ((20 20, 30 20, 30 30, 20 30, 20 20))"), Map.of("classe", "P2")))));
    assertEquals(1, db.layer(ZONES).count(FeatureQuery.all().withBbox(new BoundingBox(25, 25, 26, 26, 32632))));
    assertEquals(0, db.layer(ZONES).count(FeatureQuery.all().withBbox(new BoundingBox(5, 5, 6, 6, 32632))));
    assertEquals(Set.of("zones", "places"), new HashSet<>(db.layerNames()));
  }

  @Test
  void dropping_a_missing_layer_is_an_error_naming_it() {
    List<String> changed = new ArrayList<>();
    db.changes().addListener(changed::add);
    StoreException e = assertThrows(StoreException.class, () -> db.dropLayer("nowhere"));
    assertTrue(e.getMessage().contains("no layer 'nowhere'"), e.getMessage());
    assertThrows(StoreException.class, () -> db.dropLayer("x\"; DROP TABLE \"places"));
    assertEquals(List.of(), changed);
    assertEquals(List.of("places"), db.layerNames());
    assertEquals(6, places.count(FeatureQuery.all()));
  }

  private FeatureQuery where(Filter f) {
    return FeatureQuery.all().withFilter(f);
  }

  private List<String> ids(FeatureQuery q) {
    try (Stream<Feature> s = places.query(q)) {
      return s.map(f -> f.id().orElseThrow()).toList();
    }
  }

  private List<String> names(FeatureQuery q) {
    try (Stream<Feature> s = places.query(q)) {
      return s.map(f -> (String) f.properties().get("name")).toList();
    }
  }

  private String idOf(String name) {
    return ids(where(Filter.eq("name", name))).get(0);
  }

  private static FeatureChange insert(String wkt, String name, String kind, Long pop, Double area, Boolean active,
                                      String founded, String updated) {
    Map<String, Object> p = new HashMap<>();
    p.put("name", name);
    p.put("kind", kind);
    p.put("pop", pop);
    p.put("area", area);
    p.put("active", active);
    p.put("founded", founded);
    p.put("updated", updated);
    return new FeatureChange.Insert(Feature.of(geom(wkt), new LinkedHashMap<>(p)));
  }

  protected static Geometry geom(String wkt) {
    try {
      return WKT.read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
