package org.smartland.layers.query.cql2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smartland.layers.query.cql2.Cql2Fixtures.cmp;
import static org.smartland.layers.query.cql2.Cql2Fixtures.date;
import static org.smartland.layers.query.cql2.Cql2Fixtures.json;
import static org.smartland.layers.query.cql2.Cql2Fixtures.not;
import static org.smartland.layers.query.cql2.Cql2Fixtures.q;
import static org.smartland.layers.query.cql2.Cql2Fixtures.text;
import static org.smartland.layers.query.cql2.Cql2Fixtures.ts;
import static org.smartland.layers.query.cql2.Cql2Fixtures.wkt;
import static org.smartland.layers.query.Filter.ComparisonOp.EQ;
import static org.smartland.layers.query.Filter.ComparisonOp.GE;
import static org.smartland.layers.query.Filter.ComparisonOp.GT;
import static org.smartland.layers.query.Filter.ComparisonOp.LE;
import static org.smartland.layers.query.Filter.ComparisonOp.LT;
import static org.smartland.layers.query.Filter.ComparisonOp.NE;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.Filter.SpatialOp;

/** Every supported operator, written in CQL2 text and in CQL2 JSON, gives the same expected AST. */
class Cql2EncodingsTest {
  private static final String SQUARE = "POLYGON ((9 45, 9.5 45, 9.5 45.5, 9 45.5, 9 45))";
  private static final String SQUARE_JSON = "{'type':'Polygon','coordinates':[[[9,45],[9.5,45],[9.5,45.5],[9,45.5],[9,45]]]}";

  static Stream<Arguments> pairs() {
    return Stream.of(
        // basic-cql2: comparisons, either order, every literal type
        of("name = 'Corsico'", "{'op':'=','args':[{'property':'name'},'Corsico']}", Filter.eq("name", "Corsico")),
        of("pop <> 5", "{'op':'<>','args':[{'property':'pop'},5]}", cmp("pop", NE, 5L)),
        of("pop < -5", "{'op':'<','args':[{'property':'pop'},-5]}", cmp("pop", LT, -5L)),
        of("pop > 5.5", "{'op':'>','args':[{'property':'pop'},5.5]}", cmp("pop", GT, 5.5)),
        of("pop <= 1e3", "{'op':'<=','args':[{'property':'pop'},1e3]}", cmp("pop", LE, 1000.0)),
        of("pop >= -0.25", "{'op':'>=','args':[{'property':'pop'},-0.25]}", cmp("pop", GE, -0.25)),
        of("5 < pop", "{'op':'<','args':[5,{'property':'pop'}]}", cmp("pop", GT, 5L)),
        of("5 >= pop", "{'op':'>=','args':[5,{'property':'pop'}]}", cmp("pop", LE, 5L)),
        of("'Corsico' = name", "{'op':'=','args':['Corsico',{'property':'name'}]}", Filter.eq("name", "Corsico")),
        of("active = TRUE", "{'op':'=','args':[{'property':'active'},true]}", Filter.eq("active", true)),
        of("active <> false", "{'op':'<>','args':[{'property':'active'},false]}", cmp("active", NE, false)),
        of("founded = DATE('1950-06-01')", "{'op':'=','args':[{'property':'founded'},{'date':'1950-06-01'}]}",
            Filter.eq("founded", date("1950-06-01"))),
        of("updated > TIMESTAMP('2024-01-15T00:00:00Z')",
            "{'op':'>','args':[{'property':'updated'},{'timestamp':'2024-01-15T00:00:00Z'}]}",
            cmp("updated", GT, ts("2024-01-15T00:00:00Z"))),
        of("\"pop\" = 1", "{'op':'=','args':[{'property':'pop'},1]}", Filter.eq("pop", 1L)),
        raw("name = 'x'' OR ''1''=''1'", "{\"op\":\"=\",\"args\":[{\"property\":\"name\"},\"x' OR '1'='1\"]}",
            Filter.eq("name", "x' OR '1'='1")),
        // logical operators and precedence
        of("a = 1 AND b = 2 OR NOT c = 3",
            "{'op':'or','args':[{'op':'and','args':[{'op':'=','args':[{'property':'a'},1]},"
                + "{'op':'=','args':[{'property':'b'},2]}]},{'op':'not','args':[{'op':'=','args':[{'property':'c'},3]}]}]}",
            Filter.or(Filter.and(Filter.eq("a", 1L), Filter.eq("b", 2L)), not(Filter.eq("c", 3L)))),
        of("a = 1 AND (b = 2 OR c = 3) AND d = 4",
            "{'op':'and','args':[{'op':'=','args':[{'property':'a'},1]},{'op':'or','args':["
                + "{'op':'=','args':[{'property':'b'},2]},{'op':'=','args':[{'property':'c'},3]}]},"
                + "{'op':'=','args':[{'property':'d'},4]}]}",
            Filter.and(Filter.eq("a", 1L), Filter.or(Filter.eq("b", 2L), Filter.eq("c", 3L)), Filter.eq("d", 4L))),
        of("NOT (a = 1 OR b = 2)", "{'op':'not','args':[{'op':'or','args':[{'op':'=','args':[{'property':'a'},1]},"
            + "{'op':'=','args':[{'property':'b'},2]}]}]}", not(Filter.or(Filter.eq("a", 1L), Filter.eq("b", 2L)))),
        of("TRUE", "true", Filter.INCLUDE),
        of("FALSE", "false", not(Filter.INCLUDE)),
        of("name IS NULL", "{'op':'isNull','args':[{'property':'name'}]}", new Filter.IsNull("name")),
        of("name IS NOT NULL", "{'op':'not','args':[{'op':'isNull','args':[{'property':'name'}]}]}",
            not(new Filter.IsNull("name"))),
        // advanced-comparison-operators
        of("name LIKE 'C%'", "{'op':'like','args':[{'property':'name'},'C%']}", new Filter.Like("name", "C%", false)),
        of("name NOT LIKE 'C_s\\%'", "{'op':'not','args':[{'op':'like','args':[{'property':'name'},'C_s\\\\%']}]}",
            not(new Filter.Like("name", "C_s\\%", false))),
        of("pop BETWEEN 1000 AND 5000", "{'op':'between','args':[{'property':'pop'},1000,5000]}",
            new Filter.Between("pop", 1000L, 5000L)),
        of("pop NOT BETWEEN 1 AND 2.5", "{'op':'not','args':[{'op':'between','args':[{'property':'pop'},1,2.5]}]}",
            not(new Filter.Between("pop", 1L, 2.5))),
        of("founded BETWEEN DATE('1900-01-01') AND DATE('1950-12-31')",
            "{'op':'between','args':[{'property':'founded'},{'date':'1900-01-01'},{'date':'1950-12-31'}]}",
            new Filter.Between("founded", date("1900-01-01"), date("1950-12-31"))),
        of("name IN ('Cusago', 'Buccinasco')", "{'op':'in','args':[{'property':'name'},['Cusago','Buccinasco']]}",
            new Filter.In("name", List.of("Cusago", "Buccinasco"))),
        of("pop NOT IN (1, 2.5)", "{'op':'not','args':[{'op':'in','args':[{'property':'pop'},[1,2.5]]}]}",
            not(new Filter.In("pop", List.of(1L, 2.5)))),
        // case-insensitive-comparison
        raw("CASEI(name) = CASEI('o''brien%s')", "{\"op\":\"=\",\"args\":[{\"op\":\"casei\",\"args\":"
            + "[{\"property\":\"name\"}]},{\"op\":\"casei\",\"args\":[\"o'brien%s\"]}]}",
            new Filter.Like("name", "o'brien\\%s", true)),
        of("CASEI('corsico') = CASEI(name)",
            "{'op':'=','args':[{'op':'casei','args':['corsico']},{'op':'casei','args':[{'property':'name'}]}]}",
            new Filter.Like("name", "corsico", true)),
        of("CASEI(name) <> CASEI('X')",
            "{'op':'<>','args':[{'op':'casei','args':[{'property':'name'}]},{'op':'casei','args':['X']}]}",
            not(new Filter.Like("name", "X", true))),
        of("casei(name) LIKE casei('cor%')",
            "{'op':'like','args':[{'op':'casei','args':[{'property':'name'}]},{'op':'casei','args':['cor%']}]}",
            new Filter.Like("name", "cor%", true)),
        of("CASEI(name) IN (CASEI('a_b'), CASEI('c'))",
            "{'op':'in','args':[{'op':'casei','args':[{'property':'name'}]},"
                + "[{'op':'casei','args':['a_b']},{'op':'casei','args':['c']}]]}",
            Filter.or(new Filter.Like("name", "a\\_b", true), new Filter.Like("name", "c", true))),
        // basic-spatial-functions (+ plus) and spatial-functions
        of("S_INTERSECTS(geom, POINT(9.1 45.4))",
            "{'op':'s_intersects','args':[{'property':'geom'},{'type':'Point','coordinates':[9.1,45.4]}]}",
            spatial(SpatialOp.INTERSECTS, "POINT (9.1 45.4)")),
        of("S_INTERSECTS(geom, BBOX(9, 45, 9.5, 45.5))",
            "{'op':'s_intersects','args':[{'property':'geom'},{'bbox':[9,45,9.5,45.5]}]}",
            spatial(SpatialOp.INTERSECTS, "POLYGON ((9 45, 9 45.5, 9.5 45.5, 9.5 45, 9 45))")),
        of("S_WITHIN(geom, " + SQUARE + ")", "{'op':'s_within','args':[{'property':'geom'}," + SQUARE_JSON + "]}",
            spatial(SpatialOp.WITHIN, SQUARE)),
        of("S_WITHIN(" + SQUARE + ", geom)", "{'op':'s_within','args':[" + SQUARE_JSON + ",{'property':'geom'}]}",
            spatial(SpatialOp.CONTAINS, SQUARE)),
        of("S_CONTAINS(geom, POINT(9 45))",
            "{'op':'s_contains','args':[{'property':'geom'},{'type':'Point','coordinates':[9,45]}]}",
            spatial(SpatialOp.CONTAINS, "POINT (9 45)")),
        of("S_CONTAINS(POINT(9 45), geom)",
            "{'op':'s_contains','args':[{'type':'Point','coordinates':[9,45]},{'property':'geom'}]}",
            spatial(SpatialOp.WITHIN, "POINT (9 45)")),
        of("S_DISJOINT(geom, LINESTRING(9 45, 9.5 45.5))",
            "{'op':'s_disjoint','args':[{'property':'geom'},{'type':'LineString','coordinates':[[9,45],[9.5,45.5]]}]}",
            spatial(SpatialOp.DISJOINT, "LINESTRING (9 45, 9.5 45.5)")),
        of("S_TOUCHES(geom, MULTIPOINT((9 45), (9.5 45.5)))",
            "{'op':'s_touches','args':[{'property':'geom'},{'type':'MultiPoint','coordinates':[[9,45],[9.5,45.5]]}]}",
            spatial(SpatialOp.TOUCHES, "MULTIPOINT ((9 45), (9.5 45.5))")),
        of("S_TOUCHES(geom, MULTIPOINT(9 45, 9.5 45.5))",
            "{'op':'S_TOUCHES','args':[{'property':'geom'},{'type':'MultiPoint','coordinates':[[9,45],[9.5,45.5]]}]}",
            spatial(SpatialOp.TOUCHES, "MULTIPOINT ((9 45), (9.5 45.5))")),
        of("S_CROSSES(geom, MULTILINESTRING((9 45, 9.5 45.5), (9 45.5, 9.5 45)))",
            "{'op':'s_crosses','args':[{'property':'geom'},{'type':'MultiLineString','coordinates':"
                + "[[[9,45],[9.5,45.5]],[[9,45.5],[9.5,45]]]}]}",
            spatial(SpatialOp.CROSSES, "MULTILINESTRING ((9 45, 9.5 45.5), (9 45.5, 9.5 45))")),
        of("S_OVERLAPS(geom, MULTIPOLYGON(((9 45, 9.5 45, 9.5 45.5, 9 45.5, 9 45), (9.1 45.1, 9.2 45.1, 9.2 45.2, 9.1 45.1))))",
            "{'op':'s_overlaps','args':[{'property':'geom'},{'type':'MultiPolygon','coordinates':"
                + "[[[[9,45],[9.5,45],[9.5,45.5],[9,45.5],[9,45]],[[9.1,45.1],[9.2,45.1],[9.2,45.2],[9.1,45.1]]]]}]}",
            spatial(SpatialOp.OVERLAPS,
                "MULTIPOLYGON (((9 45, 9.5 45, 9.5 45.5, 9 45.5, 9 45), (9.1 45.1, 9.2 45.1, 9.2 45.2, 9.1 45.1)))")),
        of("S_EQUALS(geom, GEOMETRYCOLLECTION(POINT(9 45), LINESTRING(9 45, 9.5 45.5)))",
            "{'op':'s_equals','args':[{'property':'geom'},{'type':'GeometryCollection','geometries':["
                + "{'type':'Point','coordinates':[9,45]},{'type':'LineString','coordinates':[[9,45],[9.5,45.5]]}]}]}",
            spatial(SpatialOp.EQUALS, "GEOMETRYCOLLECTION (POINT (9 45), LINESTRING (9 45, 9.5 45.5))")),
        // temporal-functions on date/timestamp properties
        of("T_BEFORE(updated, TIMESTAMP('2024-01-15T00:00:00Z'))",
            "{'op':'t_before','args':[{'property':'updated'},{'timestamp':'2024-01-15T00:00:00Z'}]}",
            cmp("updated", LT, ts("2024-01-15T00:00:00Z"))),
        of("T_AFTER(founded, DATE('1950-01-01'))", "{'op':'t_after','args':[{'property':'founded'},{'date':'1950-01-01'}]}",
            cmp("founded", GT, date("1950-01-01"))),
        of("T_EQUALS(founded, DATE('1950-06-01'))", "{'op':'t_equals','args':[{'property':'founded'},{'date':'1950-06-01'}]}",
            Filter.eq("founded", date("1950-06-01"))),
        of("T_INTERSECTS(founded, INTERVAL('1950-01-01', '1960-12-31'))",
            "{'op':'t_intersects','args':[{'property':'founded'},{'interval':['1950-01-01','1960-12-31']}]}",
            new Filter.Between("founded", date("1950-01-01"), date("1960-12-31"))),
        of("T_DURING(updated, INTERVAL('2024-01-01T00:00:00Z', '..'))",
            "{'op':'t_during','args':[{'property':'updated'},{'interval':['2024-01-01T00:00:00Z','..']}]}",
            cmp("updated", GT, ts("2024-01-01T00:00:00Z"))),
        of("T_DURING(updated, INTERVAL('2024-01-01T00:00:00Z', '2024-12-31T00:00:00Z'))",
            "{'op':'t_during','args':[{'property':'updated'},{'interval':['2024-01-01T00:00:00Z','2024-12-31T00:00:00Z']}]}",
            Filter.and(cmp("updated", GT, ts("2024-01-01T00:00:00Z")), cmp("updated", LT, ts("2024-12-31T00:00:00Z")))),
        of("T_METBY(founded, INTERVAL('1900-01-01', '1950-06-01'))",
            "{'op':'t_metBy','args':[{'property':'founded'},{'interval':['1900-01-01','1950-06-01']}]}",
            Filter.eq("founded", date("1950-06-01"))),
        of("T_DISJOINT(founded, DATE('1950-06-01'))", "{'op':'t_disjoint','args':[{'property':'founded'},{'date':'1950-06-01'}]}",
            cmp("founded", NE, date("1950-06-01"))));
  }

  private static Arguments of(String text, String json, Filter expected) {
    return Arguments.of(text, q(json), expected);
  }

  /** A pair whose JSON holds single quotes, written with real double quotes. */
  private static Arguments raw(String text, String json, Filter expected) {
    return Arguments.of(text, json, expected);
  }

  private static Filter spatial(SpatialOp op, String wkt) {
    return new Filter.Spatial(op, wkt(wkt, 4326));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void text_and_json_give_the_same_ast(String text, String json, Filter expected) {
    Filter fromText = text(text);
    Filter fromJson = json(json);
    assertEquals(expected, fromText, "text");
    assertEquals(expected, fromJson, "json");
    assertEquals(fromText, fromJson);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void both_encodings_report_the_same_names(String text, String json, Filter expected) {
    ParsedFilter t = Cql2Fixtures.TEXT.parseWithNames(text, Cql2Fixtures.CRS84);
    ParsedFilter j = Cql2Fixtures.JSON.parseWithNames(json, Cql2Fixtures.CRS84);
    assertEquals(t.properties(), j.properties());
    assertEquals(t.geometryProperties(), j.geometryProperties());
  }
}
