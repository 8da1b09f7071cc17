package org.smartland.layers.query.cql2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartland.layers.query.cql2.Cql2Fixtures.CRS;
import static org.smartland.layers.query.cql2.Cql2Fixtures.json;
import static org.smartland.layers.query.cql2.Cql2Fixtures.jsonError;
import static org.smartland.layers.query.cql2.Cql2Fixtures.q;
import static org.smartland.layers.query.cql2.Cql2Fixtures.text;
import static org.smartland.layers.query.cql2.Cql2Fixtures.textError;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.smartland.layers.query.Filter;
import org.smartland.layers.store.sql.FilterSql;

/** Filters crafted to exhaust the stack, memory or time, or to smuggle names and SQL: each is refused, quickly. */
class Cql2HostileInputTest {
  private static final int DEPTH = FilterSql.MAX_DEPTH;

  @Test
  void the_default_limits_are_the_documented_ones() {
    assertEquals(new Cql2Limits(65_536, DEPTH, 1000, 100_000, 10_000), Cql2Limits.DEFAULT);
    assertThrows(IllegalArgumentException.class, () -> new Cql2Limits(100, DEPTH + 1, 10, 10, 10));
    assertThrows(IllegalArgumentException.class, () -> new Cql2Limits(0, DEPTH, 10, 10, 10));
  }

  @Test
  void ten_thousand_levels_of_text_nesting_fail_without_a_stack_overflow() {
    String nots = textError("NOT ".repeat(10_000) + "a = 1");
    assertEquals("CQL2 text at " + (4 * DEPTH + 1) + ": the filter nests deeper than " + DEPTH + " levels", nots);
    String parens = textError("(".repeat(10_000) + "a = 1" + ")".repeat(10_000));
    assertEquals("CQL2 text at " + (DEPTH + 1) + ": the filter nests deeper than " + DEPTH + " levels", parens);
    assertTrue(textError("NOT (".repeat(10_000) + "a = 1" + ")".repeat(10_000)).contains("nests deeper than"));
    assertTrue(textError("S_INTERSECTS(g, " + "GEOMETRYCOLLECTION(".repeat(3_000) + "POINT(1 2)" + ")".repeat(3_000) + ")")
        .contains("geometry collections nest deeper than " + DEPTH + " levels"));
  }

  @Test
  void nesting_up_to_the_limit_is_accepted_and_stores_accept_it() {
    Filter deepest = text("NOT ".repeat(DEPTH) + "a = 1");
    assertEquals(deepest, json("{\"op\":\"not\",\"args\":[".repeat(DEPTH) + q("{'op':'=','args':[{'property':'a'},1]}")
        + "]}".repeat(DEPTH)));
    assertEquals(Filter.eq("a", 1L), text("(".repeat(DEPTH) + "a = 1" + ")".repeat(DEPTH)));
    assertTrue(textError("NOT ".repeat(DEPTH + 1) + "a = 1").contains("nests deeper than " + DEPTH));
    String orOfAnds = "a = 1 OR b = 1 AND (".repeat(DEPTH / 2) + "c = 1" + ")".repeat(DEPTH / 2);
    assertEquals(DEPTH, FilterProperties.depth(text(orOfAnds)));
    String tooDeep = "a = 1 OR b = 1 AND (".repeat(DEPTH / 2 + 1) + "c = 1" + ")".repeat(DEPTH / 2 + 1);
    assertEquals("CQL2 text: the filter nests deeper than " + DEPTH + " levels", textError(tooDeep));
  }

  @Test
  void ten_thousand_levels_of_json_nesting_fail_without_a_stack_overflow() {
    String nots = "{\"op\":\"not\",\"args\":[".repeat(10_000) + "true" + "]}".repeat(10_000);
    Cql2JsonParser roomy = new Cql2JsonParser(CRS, new Cql2Limits(1_000_000, DEPTH, 1000, 100_000, 10_000));
    String m = assertThrows(Cql2Exception.class, () -> roomy.parse(nots, null)).getMessage();
    assertTrue(m.matches("CQL2 JSON at line 1, column \\d+: the JSON nests deeper than " + (2 * DEPTH + 32) + " levels"), m);
    String fitting = "{\"op\":\"not\",\"args\":[".repeat(2_500) + "true" + "]}".repeat(2_500);
    assertTrue(jsonError(fitting).contains("nests deeper than"), jsonError(fitting));
    String arrays = "[".repeat(10_000) + "]".repeat(10_000);
    assertTrue(jsonError(arrays).contains("nests deeper than"), jsonError(arrays));
    String justDeeper = "{\"op\":\"not\",\"args\":[".repeat(DEPTH + 1) + "true" + "]}".repeat(DEPTH + 1);
    assertTrue(jsonError(justDeeper).endsWith(": the filter nests deeper than " + DEPTH + " levels"), jsonError(justDeeper));
    String collections = "{\"type\":\"GeometryCollection\",\"geometries\":[".repeat(60) + "{\"type\":\"Point\",\"coordinates\":[1,2]}"
        + "]}".repeat(60);
    String deepGeometry = q("{'op':'s_intersects','args':[{'property':'g'},") + collections + "]}";
    assertTrue(jsonError(deepGeometry).contains("nest"), jsonError(deepGeometry));
  }

  @Test
  void input_longer_than_64_kib_is_refused_before_parsing() {
    String longText = "name = '" + "x".repeat(70_000) + "'";
    assertEquals("CQL2 text: the filter is longer than 65536 characters", textError(longText));
    assertEquals("CQL2 JSON: the filter is longer than 65536 characters",
        jsonError(q("{'op':'=','args':[{'property':'name'},'") + "x".repeat(70_000) + "\"]}"));
  }

  @Test
  void literals_and_names_are_bounded() {
    assertEquals("CQL2 text at 8: a string literal is longer than 10000 characters",
        textError("name = '" + "x".repeat(10_001) + "'"));
    assertEquals(Filter.eq("name", "x".repeat(10_000)), text("name = '" + "x".repeat(10_000) + "'"));
    assertEquals("CQL2 JSON at $.args[1]: a string literal is longer than 10000 characters",
        jsonError(q("{'op':'=','args':[{'property':'name'},'") + "x".repeat(10_001) + "\"]}"));
    assertEquals("CQL2 text at 1: a name is longer than 256 characters", textError("n".repeat(257) + " = 1"));
    assertTrue(jsonError(q("{'op':'=','args':[{'property':'" + "n".repeat(257) + "'},1]}")).contains("is not a property name"));
    assertEquals("CQL2 text at 7: a number is longer than 256 characters", textError("pop = 0." + "1".repeat(300)));
  }

  @Test
  void at_most_a_thousand_operators() {
    String ors = "a = 1" + " OR a = 1".repeat(998);
    assertEquals(999, ((Filter.Or) text(ors)).operands().size(), "999 comparisons and one OR");
    String tooMany = ors + " OR a = 1";
    int lastComparison = tooMany.lastIndexOf('=') + 1;
    assertEquals("CQL2 text at " + lastComparison + ": the filter holds more than 1000 operators (IN list values "
        + "included)", textError(tooMany));
    String in = "a IN (" + "1, ".repeat(998) + "1)";
    assertEquals(999, ((Filter.In) text(in)).values().size());
    assertTrue(textError("a IN (" + "1, ".repeat(999) + "1)").contains("more than 1000 operators"));
    String jsonIn = q("{'op':'in','args':[{'property':'a'},[") + "1,".repeat(1000) + "1]]}";
    assertEquals("CQL2 JSON at $.args[1]: the filter holds more than 1000 operators (IN list values included)",
        jsonError(jsonIn));
    String jsonOr = q("{'op':'or','args':[") + q("{'op':'=','args':[{'property':'a'},1]},").repeat(1000)
        + "true]}";
    assertTrue(jsonError(jsonOr).contains("more than 1000 operators"), jsonError(jsonOr));
  }

  @Test
  void geometry_literals_are_bounded_in_positions() {
    Cql2Limits small = new Cql2Limits(65_536, DEPTH, 1000, 10, 10_000);
    Cql2TextParser text = new Cql2TextParser(CRS, small);
    Cql2JsonParser json = new Cql2JsonParser(CRS, small);
    String ten = "LINESTRING(" + "0 0, ".repeat(9) + "1 1)";
    text.parse("S_INTERSECTS(g, " + ten + ")", null);
    assertEquals("CQL2 text at 104: the geometry literals hold more than 10 positions",
        assertThrows(Cql2Exception.class, () -> text.parse("S_INTERSECTS(g, " + ten + ") OR S_INTERSECTS(g, POINT(0 0))",
            null)).getMessage());
    String eleven = "[" + "[0,0],".repeat(10) + "[1,1]]";
    assertEquals("CQL2 JSON at $.args[1].coordinates[10]: the geometry literals hold more than 10 positions",
        assertThrows(Cql2Exception.class, () -> json.parse(q("{'op':'s_intersects','args':[{'property':'g'},"
            + "{'type':'LineString','coordinates':") + eleven + "}]}", null)).getMessage());
    // The default bound, 100,000 positions, cannot be reached within 64 KiB; a full-size literal still parses fast.
    String many = "MULTIPOINT(" + "1 2,".repeat(16_000) + "1 2)";
    assertEquals(16_001, ((Filter.Spatial) Cql2Fixtures.TEXT.parse("S_INTERSECTS(g, " + many + ")", null))
        .geometry().getNumGeometries());
  }

  @Test
  void property_names_are_plain_names_never_paths_or_expressions() {
    for (String name : List.of("a.b", "a/b", "ns:a", "a[1]", "@id", "a-b", "../a", "a..b")) {
      String m = textError(name + " = 1");
      assertTrue(m.contains("is not a property name") || m.startsWith("CQL2 text at 1: unexpected"), name + ": " + m);
      String j = jsonError(q("{'op':'=','args':[{'property':'" + name + "'},1]}"));
      assertTrue(j.contains("is not a property name"), name + ": " + j);
    }
    assertEquals("CQL2 text at 1: unknown function 'a'", textError("a(b) = 1"));
    assertEquals("CQL2 text at 2: 'a(b)' is not a property name: names are letters, digits and '_' "
        + "(paths, prefixes and expressions are not supported)", textError("\"a(b)\" = 1"));
    assertEquals("CQL2 text at 14: arithmetic ('-') is not supported", textError("\"pop\" OR 1=1 --\" = 1"),
        "a quoted name ends at its quote; an SQL comment after it is not CQL2");
    assertEquals("CQL2 text at 1: unknown function 'Runtime'", textError("Runtime(exec) = 1"));
  }

  @Test
  void sql_in_literals_stays_a_literal() {
    assertEquals(Filter.eq("name", "x' OR '1'='1"), text("name = 'x'' OR ''1''=''1'"));
    assertEquals(Filter.eq("name", "1; DELETE FROM places"), text("name = '1; DELETE FROM places'"));
    assertEquals(new Filter.In("name", List.of("a') OR ('1'='1", "--")), text("name IN ('a'') OR (''1''=''1', '--')"));
  }

  @Test
  void pathological_inputs_of_the_maximum_size_are_handled_in_linear_time() {
    List<String> inputs = List.of(
        "a = 1" + " AND a = 1".repeat(990),
        "NOT ".repeat(16_000) + "a = 1",
        "(".repeat(30_000),
        "'" + "''".repeat(30_000),
        "a = '" + "\\'".repeat(30_000),
        "a" + " = a".repeat(16_000),
        "S_INTERSECTS(g, POLYGON((" + "0 0, ".repeat(12_000) + "0 0)))",
        "a LIKE '" + "%_".repeat(4_999) + "'",
        "\"" + "a".repeat(60_000),
        "1".repeat(60_000),
        "x".repeat(60_000));
    for (String input : inputs) {
      assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
        try {
          text(input);
        } catch (Cql2Exception expected) {
          // refused is fine; hanging or another exception is not
        }
      }, input.substring(0, 20));
    }
    Function<Integer, String> deepJson = n -> "[".repeat(n) + "]".repeat(n);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(Cql2Exception.class, () -> json(deepJson.apply(30_000))));
  }
}
