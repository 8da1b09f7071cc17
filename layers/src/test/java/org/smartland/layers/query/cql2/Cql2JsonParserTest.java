package org.smartland.layers.query.cql2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartland.layers.query.cql2.Cql2Fixtures.json;
import static org.smartland.layers.query.cql2.Cql2Fixtures.jsonError;
import static org.smartland.layers.query.cql2.Cql2Fixtures.q;
import static org.smartland.layers.query.cql2.Cql2Fixtures.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartland.layers.query.Filter;

/** CQL2 JSON: the encoding's own forms, and error messages that name the JSON path. */
class Cql2JsonParserTest {

  @Test
  void op_names_are_case_insensitive_and_older_forms_are_read() {
    assertEquals(text("pop IS NULL"), json(q("{'op':'ISNULL','args':[{'property':'pop'}]}")));
    assertEquals(text("pop IS NULL"), json(q("{'op':'isNull','args':{'property':'pop'}}")), "args as the operand itself");
    assertEquals(text("CASEI(name) = CASEI('x')"), json(q("{'op':'=','args':[{'casei':{'property':'name'}},{'casei':'x'}]}")));
    assertEquals(text("S_INTERSECTS(geom, BBOX(0, 0, 1, 1))"),
        json(q("{'op':'s_intersects','args':[{'property':'geom'},{'op':'bbox','args':[0,0,1,1]}]}")));
    assertEquals(text("T_DURING(d, INTERVAL(DATE('2020-01-01'), '..'))"),
        json(q("{'op':'t_during','args':[{'property':'d'},{'interval':[{'date':'2020-01-01'},'..']}]}")));
  }

  @Test
  void geojson_members_other_than_type_and_coordinates_are_ignored() {
    assertEquals(text("S_INTERSECTS(geom, POINT(1 2))"), json(q("{'op':'s_intersects','args':[{'property':'geom'},"
        + "{'type':'Point','coordinates':[1,2],'bbox':[1,2,1,2],'title':'x'}]}")));
  }

  @Test
  void sql_metacharacters_in_strings_survive_verbatim() {
    assertEquals(Filter.eq("name", "x' OR '1'='1"),
        json("{\"op\":\"=\",\"args\":[{\"property\":\"name\"},\"x' OR '1'='1\"]}"));
    assertEquals(new Filter.Like("name", "%\"; DROP TABLE x; --", false),
        json("{\"op\":\"like\",\"args\":[{\"property\":\"name\"},\"%\\\"; DROP TABLE x; --\"]}"));
  }

  @Test
  void parse_with_names_reports_attribute_and_geometry_properties() {
    ParsedFilter p = Cql2Fixtures.JSON.parseWithNames(q("{'op':'and','args':[{'op':'s_intersects','args':["
        + "{'property':'geom'},{'bbox':[0,0,1,1]}]},{'op':'in','args':[{'property':'kind'},['a','b']]}]}"), null);
    assertEquals(List.of("kind"), List.copyOf(p.properties()));
    assertEquals(List.of("geom"), List.copyOf(p.geometryProperties()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      {'op':'=','args':[{'property':'name'}]}                        | CQL2 JSON at $.args: "=" takes 2 arguments, found 1
      {'op':'=','args':{'property':'name'}}                          | CQL2 JSON at $.args: "=" needs an "args" array, not an object
      {'op':'='}                                                     | CQL2 JSON at $.args: "=" needs an "args" array
      {'op':'and','args':[true]}                                     | CQL2 JSON at $.args: "and" takes at least two arguments, found 1
      {'op':'not','args':[true, false]}                              | CQL2 JSON at $.args: "not" takes 1 argument, found 2
      {'op':'and','args':[true,{'op':'=','args':[{'property':'a.b'},1]}]} | CQL2 JSON at $.args[1].args[0]: 'a.b' is not a property name: names are letters, digits and '_' (paths, prefixes and expressions are not supported)
      {'op':'=','args':[{'property':'name) OR 1=1 --'},1]}           | CQL2 JSON at $.args[0]: 'name) OR 1=1 --' is not a property name: names are letters, digits and '_' (paths, prefixes and expressions are not supported)
      {'op':'=','args':[{'property':7},1]}                           | CQL2 JSON at $.args[0].property: "property" is a string, not a number
      {'op':'exec','args':['rm -rf /']}                              | CQL2 JSON at $.op: unknown function or operator 'exec'
      {'op':'=','args':[{'op':'upper','args':[{'property':'a'}]},'X']} | CQL2 JSON at $.args[0].op: unknown function or operator 'upper'
      {'op':'=','args':[{'function':{'name':'upper','args':[]}},'X']} | CQL2 JSON at $.args[0]: unknown function 'upper'
      {'op':'a_contains','args':[{'property':'tags'},['a']]}         | CQL2 JSON at $.op: array functions (a_contains) are not supported
      {'op':'casei','args':[{'property':'a'}]}                       | CQL2 JSON at $.op: "casei" gives a value, not a filter expression
      {'op':'=','args':[{'op':'=','args':[{'property':'a'},1]},true]} | CQL2 JSON at $.args[0].op: "=" is a predicate, not a value
      {'op':'=','args':[{'op':'accenti','args':['é']},'x']}          | CQL2 JSON at $.args[0]: ACCENTI (accent-insensitive comparison) is not supported
      {'op':'=','args':[{'property':'a'},1],'extra':1}               | CQL2 JSON at $: unexpected member "extra" (an operator has "op" and "args")
      {'op':1,'args':[]}                                             | CQL2 JSON at $.op: "op" is a string, not a number
      {'property':'name'}                                            | CQL2 JSON at $: a property is not a filter by itself; compare it, e.g. {"op": "=", "args": [{"property": "name"}, "x"]}
      'name = 1'                                                     | CQL2 JSON at $: expected a filter expression ({"op": …, "args": […]}, true or false) but found a string
      [true]                                                         | CQL2 JSON at $: expected a filter expression ({"op": …, "args": […]}, true or false) but found an array
      {'op':'=','args':[{'property':'a'},null]}                      | CQL2 JSON at $.args[1]: null is not a value: test for it with {"op": "isNull", "args": [{"property": …}]}
      {'op':'=','args':[{'property':'a'},[1]]}                       | CQL2 JSON at $.args[1]: expected a property, a literal or a function but found an array
      {'op':'=','args':[{'property':'a'},{'x':1,'y':2}]}             | CQL2 JSON at $.args[1]: expected a property, a literal or a function but found an object with the members "x", "y"
      {'op':'=','args':[{'property':'a'},123456789012345678901234567890]} | CQL2 JSON at $.args[1]: the integer 123456789012345678901234567890 is out of range
      {'op':'=','args':[{'property':'d'},{'date':'2020-02-30'}]}     | CQL2 JSON at $.args[1].date: '2020-02-30' is not a date (YYYY-MM-DD)
      {'op':'=','args':[{'property':'d'},{'date':20200101}]}         | CQL2 JSON at $.args[1].date: "date" is a string, not a number
      {'op':'in','args':[{'property':'a'},'x']}                      | CQL2 JSON at $.args[1]: the second argument of "in" is the array of values, not a string
      {'op':'in','args':[{'property':'a'},[]]}                       | CQL2 JSON at $.args[1]: IN needs at least one value
      {'op':'like','args':[{'property':'a'},'abc\\\\']}              | CQL2 JSON at $: the LIKE pattern 'abc\\' ends with the escape character '\\'
      {'op':'t_during','args':[{'property':'d'},{'interval':[{'property':'s'},'..']}]} | CQL2 JSON at $.args[1].interval[0]: INTERVAL bounds from properties are not supported; use dates, timestamps or ".."
      {'op':'t_during','args':[{'property':'d'},{'interval':['2020-01-01']}]} | CQL2 JSON at $.args[1].interval: an interval is an array of two bounds, not an array
      {'op':'s_intersects','args':[{'property':'g'},{'type':'Feature','geometry':null}]} | CQL2 JSON at $.args[1].type: 'Feature' is not a GeoJSON geometry type (Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, GeometryCollection)
      {'op':'s_intersects','args':[{'property':'g'},{'type':'Point','coordinates':[1,2,3]}]} | CQL2 JSON at $.args[1].coordinates: only 2D positions are supported, found 3 coordinates
      {'op':'s_intersects','args':[{'property':'g'},{'type':'Point','coordinates':[1,'2']}]} | CQL2 JSON at $.args[1].coordinates[1]: expected a number but found a string
      {'op':'s_intersects','args':[{'property':'g'},{'type':'LineString','coordinates':[[1,2]]}]} | CQL2 JSON at $.args[1]: a line string needs at least two positions, found 1
      {'op':'s_intersects','args':[{'property':'g'},{'type':'Polygon','coordinates':[[[0,0],[1,0],[1,1],[0,1]]]}]} | CQL2 JSON at $.args[1]: a polygon ring must be closed: its last position repeats the first
      {'op':'s_intersects','args':[{'property':'g'},{'type':'MultiPoint','coordinates':[]}]} | CQL2 JSON at $.args[1]: a multi-point needs at least one member
      {'op':'s_intersects','args':[{'property':'g'},{'bbox':[0,0,1,1,2,2]}]} | CQL2 JSON at $.args[1].bbox: a 3D BBOX (six numbers) is not supported; give minx, miny, maxx, maxy
      {'op':'s_intersects','args':[{'property':'g'},'POINT(1 2)']}   | CQL2 JSON at $: S_INTERSECTS takes the geometry property and a geometry literal (WKT or BBOX), not the string 'POINT(1 2)'
      """)
  void errors_name_the_json_path(String cql, String message) {
    assertEquals(message, jsonError(q(cql)));
  }

  @Test
  void malformed_json_names_the_line_and_column() {
    assertEquals("CQL2 JSON at line 1, column 11: not valid JSON: Duplicate field 'op'",
        jsonError(q("{'op':'=','op':'<','args':[{'property':'a'},1]}")).replaceAll("column \\d+", "column 11"));
    assertTrue(jsonError("{\"op\":\"=\",").startsWith("CQL2 JSON at line 1, column "), jsonError("{\"op\":\"=\","));
    assertEquals("CQL2 JSON at line 1, column 6: not valid JSON: content after the filter", jsonError("true false"));
    assertTrue(jsonError("{'op':'='}").contains("not valid JSON"));
    assertEquals("CQL2 JSON: the filter is empty", jsonError(" "));
  }
}
