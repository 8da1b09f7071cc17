package org.smartland.layers.query.cql2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartland.layers.query.cql2.Cql2Fixtures.cmp;
import static org.smartland.layers.query.cql2.Cql2Fixtures.date;
import static org.smartland.layers.query.cql2.Cql2Fixtures.not;
import static org.smartland.layers.query.cql2.Cql2Fixtures.text;
import static org.smartland.layers.query.cql2.Cql2Fixtures.textError;
import static org.smartland.layers.query.cql2.Cql2Fixtures.ts;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.Filter.ComparisonOp;
import org.smartland.layers.query.InvalidQueryException;

/** CQL2 text: the lexical rules, precedence, and error messages that name the character position. */
class Cql2TextParserTest {

  @Test
  void not_binds_tighter_than_and_which_binds_tighter_than_or() {
    Filter a = Filter.eq("a", 1L);
    Filter b = Filter.eq("b", 2L);
    Filter c = Filter.eq("c", 3L);
    assertEquals(Filter.or(a, Filter.and(b, c)), text("a = 1 OR b = 2 AND c = 3"));
    assertEquals(Filter.or(Filter.and(not(a), b), c), text("NOT a = 1 AND b = 2 OR c = 3"));
    assertEquals(Filter.and(Filter.or(a, b), c), text("(a = 1 OR b = 2) AND c = 3"));
    assertEquals(not(not(a)), text("NOT NOT a = 1"));
    assertEquals(a, text("((((a = 1))))"));
    assertEquals(Filter.or(a, b, c), text("a = 1 OR b = 2 OR c = 3"), "one OR node for a chain");
  }

  @Test
  void keywords_and_functions_are_case_insensitive_names_are_not() {
    assertEquals(text("NOT pop IS NULL AND name LIKE 'a%' AND founded = DATE('2020-01-01')"),
        text("not pop is null and name like 'a%' and founded = date('2020-01-01')"));
    assertEquals(Filter.eq("Name", "x"), text("Name = 'x'"));
    assertEquals(Filter.eq("TRUEISH", true), text("TRUEISH = true"));
  }

  @Test
  void a_property_may_share_its_name_with_a_function_when_not_called() {
    assertEquals(Filter.eq("date", date("2020-01-01")), text("date = DATE('2020-01-01')"));
    assertEquals(Filter.eq("like", 1L), text("\"like\" = 1"));
    assertEquals(Filter.eq("point", 1L), text("\"point\" = 1"));
  }

  @Test
  void literals_have_the_documented_java_types() {
    assertEquals(cmp("v", ComparisonOp.EQ, 42L), text("v = 42"));
    assertEquals(cmp("v", ComparisonOp.EQ, -42L), text("v = -42"));
    assertEquals(cmp("v", ComparisonOp.EQ, 42L), text("v = +42"));
    assertEquals(cmp("v", ComparisonOp.EQ, 4.0), text("v = 4."));
    assertEquals(cmp("v", ComparisonOp.EQ, 0.5), text("v = .5"));
    assertEquals(cmp("v", ComparisonOp.EQ, -0.5), text("v = -.5"));
    assertEquals(cmp("v", ComparisonOp.EQ, 1.5e-3), text("v = 1.5E-3"));
    assertEquals(cmp("v", ComparisonOp.EQ, 2e10), text("v = 2e+10"));
    assertEquals(cmp("v", ComparisonOp.EQ, Long.MAX_VALUE), text("v = 9223372036854775807"));
    assertEquals(cmp("v", ComparisonOp.EQ, ""), text("v = ''"));
    assertEquals(cmp("v", ComparisonOp.EQ, "it's"), text("v = 'it''s'"));
    assertEquals(cmp("v", ComparisonOp.EQ, "it's"), text("v = 'it\\'s'"), "\\' is an escaped quote too");
    assertEquals(cmp("v", ComparisonOp.EQ, "a\\b%"), text("v = 'a\\b%'"), "other backslashes stay");
    assertEquals(cmp("v", ComparisonOp.EQ, "  spaced\ttext\n"), text("v = '  spaced\ttext\n'"));
    assertEquals(cmp("v", ComparisonOp.EQ, "città"), text("v = 'città'"));
    assertEquals(cmp("v", ComparisonOp.EQ, ts("2020-01-01T10:00:00.5Z")), text("v = TIMESTAMP('2020-01-01T10:00:00.500Z')"));
    assertEquals(cmp("v", ComparisonOp.EQ, ts("2020-01-01T09:00:00Z")), text("v = TIMESTAMP('2020-01-01T10:00:00+01:00')"));
    assertEquals(cmp("località", ComparisonOp.EQ, 1L), text("località = 1"), "names may use any letters");
  }

  @Test
  void sql_and_like_metacharacters_survive_verbatim() {
    assertEquals(Filter.eq("name", "x' OR '1'='1"), text("name = 'x'' OR ''1''=''1'"));
    assertEquals(Filter.eq("name", "'; DROP TABLE places; --"), text("name = '''; DROP TABLE places; --'"));
    assertEquals(new Filter.Like("name", "%'; DROP TABLE x; --", false), text("name LIKE '%''; DROP TABLE x; --'"));
    assertEquals(new Filter.Like("name", "100\\%", false), text("name LIKE '100\\%'"));
    assertEquals(new Filter.Like("name", "a\\%b\\_c\\\\d", true), text("CASEI(name) = CASEI('a%b_c\\d')"),
        "CASEI equality escapes the LIKE wildcards of its literal");
  }

  @Test
  void parse_with_names_reports_attribute_and_geometry_properties_in_order() {
    ParsedFilter p = Cql2Fixtures.TEXT.parseWithNames("S_INTERSECTS(geom, POINT(9 45)) AND (name = 'x' OR pop > 1) "
        + "AND T_BEFORE(updated, DATE('2020-01-01')) AND NOT S_WITHIN(BBOX(0, 0, 1, 1), shape) AND name LIKE 'a%'",
        Cql2Fixtures.CRS84);
    assertEquals(List.of("name", "pop", "updated"), List.copyOf(p.properties()));
    assertEquals(List.of("geom", "shape"), List.copyOf(p.geometryProperties()));
    assertEquals(Set.of("name", "pop", "updated"), Cql2TextParser.properties(p.filter()));
    assertEquals(p.filter(), text("S_INTERSECTS(geom, POINT(9 45)) AND (name = 'x' OR pop > 1) "
        + "AND T_BEFORE(updated, DATE('2020-01-01')) AND NOT S_WITHIN(BBOX(0, 0, 1, 1), shape) AND name LIKE 'a%'"));
  }

  @Test
  void errors_are_cql2_exceptions_and_invalid_queries() {
    Cql2Exception e = assertThrows(Cql2Exception.class, () -> text("pop = "));
    assertInstanceOf(InvalidQueryException.class, e);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      pop = )                         | CQL2 text at 7: expected a property or a literal after '=' but found ')'
      pop =                           | CQL2 text at 6: expected a property or a literal after '=' but found the end of the filter
      (pop = 1                        | CQL2 text at 9: expected ')' to close the '(' at 1 but found the end of the filter
      pop = 1)                        | CQL2 text at 8: ')' closes no '('
      pop = 1 name = 'x'              | CQL2 text at 9: expected AND, OR or the end of the filter but found 'name'
      pop 1                           | CQL2 text at 5: expected a comparison (=, <>, <, >, <=, >=), LIKE, BETWEEN, IN or IS after the property 'pop' but found '1'
      pop == 1                        | CQL2 text at 6: expected a property or a literal after '=' but found '='
      pop != 1                        | CQL2 text at 5: '!=' is not CQL2; write '<>'
      pop + 1 > 2                     | CQL2 text at 5: arithmetic ('+') is not supported
      pop * 2 > 2                     | CQL2 text at 5: arithmetic ('*') is not supported
      name = 'abc                     | CQL2 text at 8: the string starting here is not closed with '
      "name = 'x'                     | CQL2 text at 1: the quoted property name starting here is not closed with "
      a.b = 1                         | CQL2 text at 1: 'a.b' is not a property name: names are letters, digits and '_' (paths, prefixes and expressions are not supported)
      a/b = 1                         | CQL2 text at 1: 'a/b' is not a property name: names are letters, digits and '_' (paths, prefixes and expressions are not supported)
      ns:name = 1                     | CQL2 text at 1: 'ns:name' is not a property name: names are letters, digits and '_' (paths, prefixes and expressions are not supported)
      a-b = 1                         | CQL2 text at 1: 'a-b' is not a property name: names are letters, digits and '_' (paths, prefixes and expressions are not supported)
      "a b" = 1                       | CQL2 text at 2: 'a b' is not a property name: names are letters, digits and '_' (paths, prefixes and expressions are not supported)
      a(b) = 1                        | CQL2 text at 1: unknown function 'a'
      pop > 1 AND exec('rm') = 1      | CQL2 text at 13: unknown function 'exec'
      name = NULL                     | CQL2 text at 8: NULL is not a value: test for it with 'property IS NULL'
      name = AND                      | CQL2 text at 8: expected a property or a literal after '=' but found 'AND'
      pop = 12abc                     | CQL2 text at 7: '12abc' is not a number
      pop = 1e                        | CQL2 text at 7: the number '1e' has no exponent digits
      pop = 99999999999999999999      | CQL2 text at 7: the integer 99999999999999999999 is out of range
      pop = 1e999                     | CQL2 text at 7: the number 1e999 is out of range
      pop = #                         | CQL2 text at 7: unexpected character '#'
      pop IS 1                        | CQL2 text at 8: expected NULL after IS but found '1'
      pop IS NOT 1                    | CQL2 text at 12: expected NULL after IS NOT but found '1'
      pop NOT NULL                    | CQL2 text at 9: expected LIKE, BETWEEN or IN after NOT but found 'NULL'
      pop BETWEEN 1 OR 2              | CQL2 text at 15: expected AND between the bounds of BETWEEN but found 'OR'
      pop IN 1, 2                     | CQL2 text at 8: expected '(' after IN but found '1'
      pop IN ()                       | CQL2 text at 9: IN needs at least one value
      pop IN (1, 2                    | CQL2 text at 13: expected ',' or ')' in the IN list but found the end of the filter
      pop = name                      | CQL2 text at 1: '=' compares a property with a literal; comparing two properties ('pop', 'name') is not supported
      1 = 2                           | CQL2 text at 1: '=' needs a property on one side, not the number 1 and the number 2
      name LIKE pop                   | CQL2 text at 1: LIKE needs a string pattern on its right, not the property 'pop'
      'a%' LIKE name                  | CQL2 text at 1: LIKE needs a property on its left, not the string 'a%'
      pop BETWEEN TRUE AND 2          | CQL2 text at 1: the bounds of BETWEEN are numbers, strings, dates or timestamps, not TRUE
      1 IS NULL                       | CQL2 text at 1: IS NULL tests a property, not the number 1
      CASEI(name) = 'x'               | CQL2 text at 1: CASEI must wrap both sides of the comparison, e.g. CASEI(name) = CASEI('x'); found the string 'x'
      CASEI(name) < CASEI('x')        | CQL2 text at 1: CASEI works with =, <>, LIKE and IN, not with '<'
      CASEI(name) LIKE 'a%'           | CQL2 text at 1: CASEI must wrap both the property and the pattern of LIKE, e.g. CASEI(name) LIKE CASEI('a%')
      CASEI(1) = CASEI('x')           | CQL2 text at 1: CASEI takes a property or a string, not the number 1
      ACCENTI(name) = ACCENTI('é')    | CQL2 text at 1: ACCENTI (accent-insensitive comparison) is not supported
      A_CONTAINS(tags, ('a', 'b'))    | CQL2 text at 1: array functions (A_CONTAINS) are not supported
      pop = S_INTERSECTS(geom, geom)  | CQL2 text at 7: S_INTERSECTS is a predicate, not a value
      d = DATE('2020-13-01')          | CQL2 text at 10: '2020-13-01' is not a date (YYYY-MM-DD)
      d = DATE(2020)                  | CQL2 text at 10: DATE takes a string such as '2020-01-31' but found '2020'
      t = TIMESTAMP('2020-01-01')     | CQL2 text at 15: '2020-01-01' is not a timestamp (YYYY-MM-DDThh:mm:ssZ, in UTC)
      t = TIMESTAMP('2020-01-01T10:00:00') | CQL2 text at 15: '2020-01-01T10:00:00' is not a timestamp (YYYY-MM-DDThh:mm:ssZ, in UTC)
      t = INTERVAL('2020-01-01', '..') | CQL2 text at 1: an INTERVAL only goes in temporal functions (T_INTERSECTS, T_DURING, ...), not in =
      g = POINT(1 2)                  | CQL2 text at 1: a geometry literal only goes in spatial functions (S_INTERSECTS, ...), not in =
      ''                              | CQL2 text at 3: expected a comparison (=, <>, <, >, <=, >=), LIKE, BETWEEN, IN or IS after the string '' but found the end of the filter
      TRUE = FALSE                    | CQL2 text at 1: '=' needs a property on one side, not TRUE and FALSE
      """)
  void errors_name_the_character_position(String cql, String message) {
    assertEquals(message, textError(cql));
  }

  @Test
  void empty_or_blank_filters_are_refused() {
    assertEquals("CQL2 text: the filter is empty", textError(""));
    assertEquals("CQL2 text: the filter is empty", textError("  \n "));
    assertEquals("CQL2 text: the filter is empty", assertThrows(Cql2Exception.class,
        () -> Cql2Fixtures.TEXT.parse(null, null)).getMessage());
  }

  @Test
  void the_filter_crs_defaults_to_crs84() {
    Filter.Spatial s = (Filter.Spatial) Cql2Fixtures.TEXT.parse("S_INTERSECTS(geom, POINT(9 45))", null);
    assertEquals(4326, s.geometry().getSRID());
    assertEquals(9, s.geometry().getCoordinate().x);
    assertTrue(textError("pop = 1 AND").endsWith("but found the end of the filter"));
  }
}
