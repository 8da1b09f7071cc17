package org.smartland.layers.style;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.Filter.ComparisonOp;
import org.smartland.layers.store.Feature;

class FilterEvaluatorTest {
  private static final Feature CORSICO = feature("POINT (506000 5033000)", 32632, Map.of(
      "name", "Corsico", "pop", 34000L, "area", 13.4, "active", true, "founded", LocalDate.parse("1950-06-01"),
      "updated", Instant.parse("2024-01-01T10:00:00Z"), "code", "015093"));
  private static final Feature UNKNOWN_POP = feature("POINT (520000 5040000)", 32632, withNull("pop", Map.of("name", "Farm")));

  private static boolean matches(Filter f, Feature feature) {
    return FilterEvaluator.matches(f, feature);
  }

  @Test
  void numbers_compare_numerically_whatever_the_literal_type() {
    assertTrue(matches(new Filter.Compare("pop", ComparisonOp.GT, "9000"), CORSICO), "not as text: '34000' < '9000'");
    assertTrue(matches(new Filter.Compare("pop", ComparisonOp.EQ, "34000.0"), CORSICO));
    assertTrue(matches(new Filter.Compare("pop", ComparisonOp.LT, 34000.5), CORSICO));
    assertTrue(matches(new Filter.Compare("area", ComparisonOp.GE, "13.4"), CORSICO));
    assertFalse(matches(new Filter.Compare("area", ComparisonOp.GT, 13.4), CORSICO));
    assertTrue(matches(new Filter.Compare("area", ComparisonOp.LE, 14L), CORSICO));
    assertTrue(matches(new Filter.Compare("pop", ComparisonOp.NE, "33999"), CORSICO));
  }

  @Test
  void strings_compare_as_text() {
    assertTrue(matches(Filter.eq("code", "015093"), CORSICO), "not as the number 15093");
    assertFalse(matches(Filter.eq("code", "15093"), CORSICO));
    assertTrue(matches(new Filter.Compare("name", ComparisonOp.LT, "D"), CORSICO));
    assertFalse(matches(Filter.eq("name", "corsico"), CORSICO));
  }

  @Test
  void dates_instants_and_booleans_compare_in_their_own_type() {
    assertTrue(matches(new Filter.Compare("founded", ComparisonOp.LT, "1960-01-01"), CORSICO));
    assertTrue(matches(new Filter.Compare("founded", ComparisonOp.EQ, LocalDate.parse("1950-06-01")), CORSICO));
    assertTrue(matches(new Filter.Compare("updated", ComparisonOp.GT, "2023-12-31T23:00:00Z"), CORSICO));
    assertTrue(matches(new Filter.Between("updated", "2024-01-01", "2024-01-02"), CORSICO));
    assertTrue(matches(Filter.eq("active", "true"), CORSICO));
    assertFalse(matches(Filter.eq("active", false), CORSICO));
  }

  @Test
  void like_uses_percent_and_underscore_with_backslash_escapes() {
    assertTrue(matches(new Filter.Like("name", "Cor%", false), CORSICO));
    assertTrue(matches(new Filter.Like("name", "C_rsic_", false), CORSICO));
    assertFalse(matches(new Filter.Like("name", "cor%", false), CORSICO));
    assertTrue(matches(new Filter.Like("name", "cor%", true), CORSICO));
    assertFalse(matches(new Filter.Like("name", "Cor\\%", false), CORSICO));
    assertTrue(matches(new Filter.Like("name", "50\\%", false), feature("POINT (0 0)", 0, Map.of("name", "50%"))));
    assertTrue(matches(new Filter.Like("pop", "34%", false), CORSICO), "numbers match as their text");
    assertTrue(matches(new Filter.Like("name", "a.b", false), feature("POINT (0 0)", 0, Map.of("name", "a.b"))));
    assertFalse(matches(new Filter.Like("name", "a.b", false), feature("POINT (0 0)", 0, Map.of("name", "axb"))),
        "regex characters are literal");
  }

  @Test
  void in_between_and_logic() {
    assertTrue(matches(new Filter.In("name", List.of("Rozzano", "Corsico")), CORSICO));
    assertTrue(matches(new Filter.In("pop", List.of(1L, "34000")), CORSICO));
    assertTrue(matches(new Filter.Between("pop", 30000L, "40000"), CORSICO));
    assertFalse(matches(new Filter.Between("pop", 35000L, 40000L), CORSICO));
    assertTrue(matches(Filter.and(Filter.eq("name", "Corsico"), new Filter.Not(Filter.eq("pop", 1L))), CORSICO));
    assertTrue(matches(Filter.or(Filter.eq("name", "X"), Filter.eq("name", "Corsico")), CORSICO));
    assertFalse(matches(Filter.or(Filter.eq("name", "X"), Filter.eq("name", "Y")), CORSICO));
    assertTrue(matches(Filter.INCLUDE, CORSICO));
  }

  @Test
  void comparisons_with_null_are_unknown_as_in_sql() {
    assertFalse(matches(new Filter.Compare("pop", ComparisonOp.GT, 5L), UNKNOWN_POP));
    assertFalse(matches(new Filter.Compare("pop", ComparisonOp.LE, 5L), UNKNOWN_POP));
    assertFalse(matches(new Filter.Not(new Filter.Compare("pop", ComparisonOp.GT, 5L)), UNKNOWN_POP),
        "NOT unknown is unknown");
    assertFalse(matches(new Filter.Compare("pop", ComparisonOp.NE, 5L), UNKNOWN_POP));
    assertTrue(matches(Filter.or(new Filter.Compare("pop", ComparisonOp.GT, 5L), Filter.eq("name", "Farm")), UNKNOWN_POP));
    assertFalse(matches(Filter.and(new Filter.Compare("pop", ComparisonOp.GT, 5L), Filter.eq("name", "Farm")), UNKNOWN_POP));
    assertTrue(matches(new Filter.IsNull("pop"), UNKNOWN_POP));
    assertFalse(matches(new Filter.IsNull("pop"), CORSICO));
    assertTrue(matches(new Filter.Not(new Filter.IsNull("pop")), CORSICO));
  }

  @Test
  void unknown_properties_and_incomparable_values_never_match_and_never_throw() {
    assertFalse(matches(Filter.eq("nope", "x"), CORSICO));
    assertFalse(matches(new Filter.Not(Filter.eq("nope", "x")), CORSICO));
    assertFalse(matches(new Filter.IsNull("nope"), CORSICO));
    assertFalse(matches(new Filter.Not(new Filter.IsNull("nope")), CORSICO));
    assertFalse(matches(Filter.eq("pop", "many"), CORSICO));
    assertFalse(matches(new Filter.Not(Filter.eq("pop", "many")), CORSICO));
    assertFalse(matches(new Filter.Compare("founded", ComparisonOp.LT, "soon"), CORSICO));
    assertFalse(matches(new Filter.Between("pop", null, 50000L), CORSICO));
  }

  @Test
  void spatial_filters_test_the_geometry_and_reproject_the_literal() {
    Geometry square = geom("POLYGON ((505000 5029000, 510000 5029000, 510000 5034000, 505000 5034000, 505000 5029000))", 32632);
    assertTrue(matches(new Filter.Spatial(Filter.SpatialOp.INTERSECTS, square), CORSICO));
    assertTrue(matches(new Filter.Spatial(Filter.SpatialOp.WITHIN, square), CORSICO));
    assertFalse(matches(new Filter.Spatial(Filter.SpatialOp.CONTAINS, square), CORSICO));
    assertFalse(matches(new Filter.Spatial(Filter.SpatialOp.DISJOINT, square), CORSICO));
    assertTrue(matches(new Filter.Spatial(Filter.SpatialOp.DISJOINT, square), UNKNOWN_POP));
    Geometry lonLat = new CrsTransforms().transform(square, 32632, 4326);
    assertTrue(matches(new Filter.Spatial(Filter.SpatialOp.WITHIN, lonLat), CORSICO));
    assertFalse(matches(new Filter.Spatial(Filter.SpatialOp.WITHIN, lonLat), UNKNOWN_POP));
    Geometry near = geom("POINT (506000 5033100)", 32632);
    assertTrue(matches(new Filter.DWithin(near, 150), CORSICO));
    assertFalse(matches(new Filter.DWithin(near, 50), CORSICO));
    Feature noGeometry = new Feature(java.util.Optional.empty(), java.util.Optional.empty(), Map.of("name", "x"));
    assertFalse(matches(new Filter.Spatial(Filter.SpatialOp.DISJOINT, square), noGeometry));
  }

  @Test
  void resource_ids_match_the_feature_id_as_an_integer() {
    Feature twelve = CORSICO.withId("12");
    assertTrue(matches(new Filter.ResourceIds(List.of("7", "12")), twelve));
    assertTrue(matches(new Filter.ResourceIds(List.of(" 012")), twelve));
    assertFalse(matches(new Filter.ResourceIds(List.of("13", "1 OR 1=1", "schools.12")), twelve));
    assertTrue(matches(new Filter.Not(new Filter.ResourceIds(List.of("13"))), twelve));
    assertFalse(matches(new Filter.ResourceIds(List.of("12")), CORSICO), "a feature without an id matches no id");
  }

  @Test
  void a_compiled_filter_can_be_reused_for_many_features() {
    var p = new FilterEvaluator(new CrsTransforms()).compile(new Filter.Compare("pop", ComparisonOp.GE, "10000"));
    assertTrue(p.test(CORSICO));
    assertFalse(p.test(UNKNOWN_POP));
    assertFalse(p.test(feature("POINT (0 0)", 0, Map.of("pop", 9999L))));
  }

  private static Map<String, Object> withNull(String key, Map<String, Object> others) {
    Map<String, Object> m = new HashMap<>(others);
    m.put(key, null);
    return m;
  }

  private static Feature feature(String wkt, int srid, Map<String, Object> properties) {
    return Feature.of(geom(wkt, srid), properties);
  }

  private static Geometry geom(String wkt, int srid) {
    try {
      Geometry g = new WKTReader().read(wkt);
      g.setSRID(srid);
      return g;
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
