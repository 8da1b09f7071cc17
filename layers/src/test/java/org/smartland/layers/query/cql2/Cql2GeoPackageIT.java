package org.smartland.layers.query.cql2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.smartland.layers.query.cql2.Cql2Fixtures.CRS;
import static org.smartland.layers.query.cql2.Cql2Fixtures.CRS84;
import static org.smartland.layers.query.cql2.Cql2Fixtures.EPSG_4326;
import static org.smartland.layers.query.cql2.Cql2Fixtures.JSON;
import static org.smartland.layers.query.cql2.Cql2Fixtures.TEXT;
import static org.smartland.layers.query.cql2.Cql2Fixtures.q;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.InvalidQueryException;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;
import org.smartland.layers.style.FilterEvaluator;

/**
 * Parsed CQL2 filters run end to end through the GeoPackage feature store (SQL with bound parameters, literals
 * reprojected from CRS84 to the layer's UTM) and select the same features as the in-memory evaluator.
 */
class Cql2GeoPackageIT {
  private static final FeatureSchema PLACES = new FeatureSchema("places", GeometryType.POINT, 32632, List.of(
      AttributeDefinition.of("name", AttributeType.STRING),
      AttributeDefinition.of("kind", AttributeType.STRING),
      AttributeDefinition.of("pop", AttributeType.INTEGER),
      AttributeDefinition.of("area", AttributeType.DOUBLE),
      AttributeDefinition.of("active", AttributeType.BOOLEAN),
      AttributeDefinition.of("founded", AttributeType.DATE),
      AttributeDefinition.of("updated", AttributeType.DATETIME)));
  private static final FilterEvaluator EVALUATOR = new FilterEvaluator(CRS);

  @TempDir
  Path dir;
  private FeatureDatabase db;
  private FeatureStore places;
  /** Corsico and Buccinasco's box in CRS84: minlon, minlat, maxlon, maxlat. */
  private Envelope box;

  @BeforeEach
  void setUp() {
    db = GeoPackageDatabase.create(dir.resolve("cql2.gpkg"), CRS);
    places = db.createLayer(PLACES);
    places.write(List.of(
        insert("POINT (506000 5033000)", "Corsico", "town", 34000L, 13.4, true, "1950-06-01", "2024-01-01T10:00:00Z"),
        insert("POINT (509000 5031000)", "Buccinasco", "town", 27000L, 12.0, true, "1960-01-01", "2024-02-01T10:00:00Z"),
        insert("POINT (503000 5030000)", "Cusago", "village", 4000L, 11.5, false, "1900-01-01", "2023-05-05T08:30:00Z"),
        insert("POINT (512000 5028000)", "Rozzano", "town", 42000L, 12.2, true, null, null),
        insert("POINT (498000 5025000)", "gudo visconti", "village", 1700L, 6.1, null, "1901-01-01", null),
        insert("POINT (520000 5040000)", "O'Brien's", "farm", null, null, false, null, null)));
    box = CRS.transform(new Envelope(505000, 510000, 5029000, 5034000), 32632, 4326);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void text_filters_select_the_expected_features_in_sql_and_in_memory() {
    String bbox = "BBOX(" + box.getMinX() + ", " + box.getMinY() + ", " + box.getMaxX() + ", " + box.getMaxY() + ")";
    String polygon = "POLYGON((" + box.getMinX() + " " + box.getMinY() + ", " + box.getMaxX() + " " + box.getMinY() + ", "
        + box.getMaxX() + " " + box.getMaxY() + ", " + box.getMinX() + " " + box.getMaxY() + ", "
        + box.getMinX() + " " + box.getMinY() + "))";
    Map<String, List<String>> cases = new LinkedHashMap<>();
    cases.put("kind = 'town' AND pop < 30000", List.of("Buccinasco"));
    cases.put("30000 > pop AND kind = 'town'", List.of("Buccinasco"));
    cases.put("kind = 'town' AND (pop < 30000 OR area > 13)", List.of("Corsico", "Buccinasco"));
    cases.put("CASEI(name) LIKE CASEI('c%')", List.of("Corsico", "Cusago"));
    cases.put("name LIKE 'C%'", List.of("Corsico", "Cusago"));
    cases.put("name NOT LIKE '%o'", List.of("gudo visconti", "O'Brien's"));
    cases.put("CASEI(name) = CASEI('GUDO VISCONTI')", List.of("gudo visconti"));
    cases.put("CASEI(name) IN (CASEI('cusago'), CASEI('ROZZANO'))", List.of("Cusago", "Rozzano"));
    cases.put("name IN ('Cusago', 'Buccinasco')", List.of("Buccinasco", "Cusago"));
    cases.put("NOT kind IN ('town', 'village')", List.of("O'Brien's"));
    cases.put("area BETWEEN 12 AND 14", List.of("Corsico", "Buccinasco", "Rozzano"));
    cases.put("pop NOT BETWEEN 2000 AND 40000", List.of("Rozzano", "gudo visconti"));
    cases.put("pop IS NULL", List.of("O'Brien's"));
    cases.put("founded IS NOT NULL AND active IS NULL", List.of("gudo visconti"));
    cases.put("active = FALSE", List.of("Cusago", "O'Brien's"));
    cases.put("founded >= DATE('1950-01-01')", List.of("Corsico", "Buccinasco"));
    cases.put("updated > TIMESTAMP('2024-01-15T00:00:00Z')", List.of("Buccinasco"));
    cases.put("T_AFTER(founded, DATE('1950-01-01'))", List.of("Corsico", "Buccinasco"));
    cases.put("T_BEFORE(DATE('1950-01-01'), founded)", List.of("Corsico", "Buccinasco"));
    cases.put("T_DURING(updated, INTERVAL('2024-01-15T00:00:00Z', '..'))", List.of("Buccinasco"));
    cases.put("T_INTERSECTS(founded, INTERVAL('1900-01-01', '1901-01-01'))", List.of("Cusago", "gudo visconti"));
    cases.put("T_EQUALS(founded, DATE('1950-06-01'))", List.of("Corsico"));
    cases.put("T_DISJOINT(founded, INTERVAL('1900-01-01', '1950-12-31'))", List.of("Buccinasco"));
    cases.put("T_INTERSECTS(founded, INTERVAL('..', '..'))", List.of("Corsico", "Buccinasco", "Cusago", "gudo visconti"));
    cases.put("T_DISJOINT(founded, INTERVAL('..', '..'))", List.of());
    cases.put("name = 'O''Brien''s'", List.of("O'Brien's"));
    cases.put("name = 'x'' OR ''1''=''1'", List.of());
    cases.put("name LIKE '%''; DROP TABLE places; --'", List.of());
    cases.put("S_INTERSECTS(geom, " + bbox + ")", List.of("Corsico", "Buccinasco"));
    cases.put("S_WITHIN(geom, " + polygon + ")", List.of("Corsico", "Buccinasco"));
    cases.put("S_CONTAINS(" + polygon + ", geom)", List.of("Corsico", "Buccinasco"));
    cases.put("S_DISJOINT(geom, " + bbox + ")", List.of("Cusago", "Rozzano", "gudo visconti", "O'Brien's"));
    cases.put("S_INTERSECTS(geom, " + bbox + ") AND pop > 30000", List.of("Corsico"));
    cases.put("TRUE", List.of("Corsico", "Buccinasco", "Cusago", "Rozzano", "gudo visconti", "O'Brien's"));
    cases.put("FALSE", List.of());
    cases.put("NOT ".repeat(Cql2Limits.DEFAULT.maxDepth()) + "kind = 'farm'", List.of("O'Brien's"));
    cases.forEach((cql, expected) -> {
      Filter f = TEXT.parse(cql, CRS84);
      assertEquals(expected, names(f), cql);
      assertEquals(expected, evaluated(f), "in memory: " + cql);
    });
    assertEquals(6, places.count(FeatureQuery.all()), "nothing was dropped");
  }

  @Test
  void json_filters_select_the_same_features_as_their_text() {
    Map<String, String> pairs = new LinkedHashMap<>();
    pairs.put("kind = 'town' AND pop < 30000", "{'op':'and','args':[{'op':'=','args':[{'property':'kind'},'town']},"
        + "{'op':'<','args':[{'property':'pop'},30000]}]}");
    pairs.put("CASEI(name) LIKE CASEI('c%')",
        "{'op':'like','args':[{'op':'casei','args':[{'property':'name'}]},{'op':'casei','args':['c%']}]}");
    pairs.put("pop IS NULL", "{'op':'isNull','args':[{'property':'pop'}]}");
    pairs.put("T_INTERSECTS(founded, INTERVAL('1900-01-01', '1901-01-01'))",
        "{'op':'t_intersects','args':[{'property':'founded'},{'interval':['1900-01-01','1901-01-01']}]}");
    pairs.put("S_INTERSECTS(geom, BBOX(" + box.getMinX() + ", " + box.getMinY() + ", " + box.getMaxX() + ", "
        + box.getMaxY() + "))", "{'op':'s_intersects','args':[{'property':'geom'},{'bbox':[" + box.getMinX() + ","
        + box.getMinY() + "," + box.getMaxX() + "," + box.getMaxY() + "]}]}");
    pairs.forEach((text, json) -> {
      Filter fromJson = JSON.parse(q(json), CRS84);
      assertEquals(TEXT.parse(text, CRS84), fromJson, text);
      assertEquals(names(TEXT.parse(text, CRS84)), names(fromJson), text);
    });
  }

  @Test
  void a_lat_lon_filter_crs_selects_the_same_features() {
    String latLon = "S_INTERSECTS(geom, BBOX(" + box.getMinY() + ", " + box.getMinX() + ", " + box.getMaxY() + ", "
        + box.getMaxX() + "))";
    assertEquals(List.of("Corsico", "Buccinasco"), names(TEXT.parse(latLon, EPSG_4326)));
    assertEquals(List.of("Corsico"), names(TEXT.parse("S_INTERSECTS(geom, POINT(" + 506000 + " " + 5033000 + "))",
        org.smartland.layers.crs.Crs.parse("http://www.opengis.net/def/crs/EPSG/0/32632"))));
  }

  @Test
  void unknown_properties_are_named_before_and_refused_by_the_store() {
    ParsedFilter p = TEXT.parseWithNames("nope = 1 OR name = 'x'", CRS84);
    assertEquals(List.of("nope", "name"), List.copyOf(p.properties()));
    assertThrows(InvalidQueryException.class, () -> names(p.filter()));
    assertThrows(InvalidQueryException.class, () -> names(TEXT.parse("pop = 'many'", CRS84)));
  }

  private List<String> names(Filter f) {
    try (Stream<Feature> s = places.query(FeatureQuery.all().withFilter(f))) {
      return s.map(x -> (String) x.properties().get("name")).toList();
    }
  }

  private List<String> evaluated(Filter f) {
    List<String> out = new ArrayList<>();
    try (Stream<Feature> s = places.query(FeatureQuery.all())) {
      s.filter(x -> EVALUATOR.compile(f).test(x)).forEach(x -> out.add((String) x.properties().get("name")));
    }
    return out;
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
    return new FeatureChange.Insert(Feature.of(Cql2Fixtures.wkt(wkt, 32632), new LinkedHashMap<>(p)));
  }
}
