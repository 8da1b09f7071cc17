package org.smartland.layers.query.fes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.gml.GmlGeometryReader;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.Filter.ComparisonOp;
import org.smartland.layers.query.Filter.SpatialOp;
import org.smartland.layers.query.SortKey;
import org.smartland.layers.store.sql.FilterSql;
import org.smartland.layers.xml.XmlCursor;
import org.smartland.layers.xml.XmlInputException;

class FesFilterReaderTest {
  private static final FesFilterReader READER = new FesFilterReader(new GmlGeometryReader(new CrsTransforms(), 10_000));
  private static final Crs UTM = Crs.parse("urn:ogc:def:crs:EPSG::32632");
  private static final String FES_NS = "xmlns:fes=\"http://www.opengis.net/fes/2.0\" "
      + "xmlns:gml=\"http://www.opengis.net/gml/3.2\"";
  private static final String OGC_NS = "xmlns:ogc=\"http://www.opengis.net/ogc\" xmlns:gml=\"http://www.opengis.net/gml\"";
  private static final String NAME = "<fes:ValueReference>name</fes:ValueReference>";
  private static final String POP = "<fes:ValueReference>pop</fes:ValueReference>";

  static Filter fes(String body) {
    return READER.parse("<fes:Filter " + FES_NS + ">" + body + "</fes:Filter>", UTM);
  }

  static Filter ogc(String body) {
    return READER.parse("<ogc:Filter " + OGC_NS + ">" + body + "</ogc:Filter>", UTM);
  }

  static String error(String body) {
    return assertThrows(XmlInputException.class, () -> fes(body)).getMessage();
  }

  static String literal(String value) {
    return "<fes:Literal>" + value + "</fes:Literal>";
  }

  static Geometry wkt(String wkt, int srid) {
    try {
      Geometry g = new WKTReader().read(wkt);
      g.setSRID(srid);
      return g;
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void the_six_comparisons_read_with_property_and_literal_in_either_order() {
    String[][] ops = {{"PropertyIsEqualTo", "EQ", "EQ"}, {"PropertyIsNotEqualTo", "NE", "NE"},
        {"PropertyIsLessThan", "LT", "GT"}, {"PropertyIsLessThanOrEqualTo", "LE", "GE"},
        {"PropertyIsGreaterThan", "GT", "LT"}, {"PropertyIsGreaterThanOrEqualTo", "GE", "LE"}};
    for (String[] op : ops) {
      assertEquals(new Filter.Compare("pop", ComparisonOp.valueOf(op[1]), "100"),
          fes("<fes:" + op[0] + ">" + POP + literal("100") + "</fes:" + op[0] + ">"), op[0]);
      assertEquals(new Filter.Compare("pop", ComparisonOp.valueOf(op[2]), "100"),
          fes("<fes:" + op[0] + ">" + literal("100") + POP + "</fes:" + op[0] + ">"), op[0] + " literal first");
      assertEquals(new Filter.Compare("pop", ComparisonOp.valueOf(op[1]), "100"),
          ogc("<ogc:" + op[0] + "><ogc:PropertyName>pop</ogc:PropertyName><ogc:Literal>100</ogc:Literal></ogc:"
              + op[0] + ">"), op[0] + " FE 1.1");
    }
  }

  @Test
  void case_insensitive_equality_is_a_like_without_wildcards() {
    assertEquals(new Filter.Like("name", "50\\%\\_off", true),
        fes("<fes:PropertyIsEqualTo matchCase=\"false\">" + NAME + literal("50%_off") + "</fes:PropertyIsEqualTo>"));
    assertEquals(new Filter.Not(new Filter.Like("name", "x", true)),
        fes("<fes:PropertyIsNotEqualTo matchCase=\"false\">" + NAME + literal("x") + "</fes:PropertyIsNotEqualTo>"));
  }

  @Test
  void like_translates_wildcards_single_characters_and_escapes() {
    assertEquals(new Filter.Like("name", "Via%_\\_100*\\%", false), fes("<fes:PropertyIsLike wildCard=\"*\" "
        + "singleChar=\"?\" escapeChar=\"!\">" + NAME + literal("Via*?_100!*%") + "</fes:PropertyIsLike>"));
    assertEquals(new Filter.Like("name", "a%", true), ogc("<ogc:PropertyIsLike wildCard=\"#\" singleChar=\".\" "
        + "escape=\"\\\" matchCase=\"false\"><ogc:PropertyName>name</ogc:PropertyName><ogc:Literal>a#</ogc:Literal>"
        + "</ogc:PropertyIsLike>"));
    assertTrue(error("<fes:PropertyIsLike wildCard=\"**\" singleChar=\".\" escapeChar=\"!\">" + NAME + literal("a")
        + "</fes:PropertyIsLike>").contains("single characters"));
  }

  @Test
  void null_nil_between_and_logic() {
    assertEquals(new Filter.IsNull("pop"), fes("<fes:PropertyIsNull>" + POP + "</fes:PropertyIsNull>"));
    assertEquals(new Filter.IsNull("pop"), fes("<fes:PropertyIsNil nilReason=\"missing\">" + POP + "</fes:PropertyIsNil>"));
    assertEquals(new Filter.Between("pop", "10", "20"), fes("<fes:PropertyIsBetween>" + POP
        + "<fes:LowerBoundary>" + literal("10") + "</fes:LowerBoundary><fes:UpperBoundary>" + literal("20")
        + "</fes:UpperBoundary></fes:PropertyIsBetween>"));
    assertEquals(Filter.or(Filter.and(Filter.eq("name", "a"), new Filter.Not(new Filter.IsNull("pop"))),
            new Filter.IsNull("name")),
        fes("<fes:Or><fes:And><fes:PropertyIsEqualTo>" + NAME + literal("a") + "</fes:PropertyIsEqualTo>"
            + "<fes:Not><fes:PropertyIsNull>" + POP + "</fes:PropertyIsNull></fes:Not></fes:And>"
            + "<fes:PropertyIsNull>" + NAME + "</fes:PropertyIsNull></fes:Or>"));
    assertTrue(error("<fes:Not><fes:PropertyIsNull>" + POP + "</fes:PropertyIsNull><fes:PropertyIsNull>" + POP
        + "</fes:PropertyIsNull></fes:Not>").contains("Not takes exactly one operand"));
    assertTrue(error("").contains("empty Filter"));
  }

  @Test
  void a_filter_without_namespaces_or_with_undeclared_prefixes_reads_the_same() {
    Filter expected = Filter.eq("name", "Corsico");
    assertEquals(expected, READER.parse("<Filter><PropertyIsEqualTo><ValueReference>name</ValueReference>"
        + "<Literal>Corsico</Literal></PropertyIsEqualTo></Filter>", UTM));
    assertEquals(expected, READER.parse("<fes:Filter><fes:PropertyIsEqualTo><fes:ValueReference>name"
        + "</fes:ValueReference><fes:Literal>Corsico</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>", UTM));
    assertEquals(expected, READER.parse("<?xml version=\"1.0\"?>\n<!-- c --><ogc:Filter><ogc:PropertyIsEqualTo>"
        + "<ogc:PropertyName>name</ogc:PropertyName><ogc:Literal>Corsico</ogc:Literal></ogc:PropertyIsEqualTo>"
        + "</ogc:Filter>", UTM));
    Filter bbox = READER.parse("<fes:Filter><fes:BBOX><gml:Envelope srsName=\"EPSG:32632\"><gml:lowerCorner>0 0"
        + "</gml:lowerCorner><gml:upperCorner>1 1</gml:upperCorner></gml:Envelope></fes:BBOX></fes:Filter>", UTM);
    assertEquals(wkt("POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0))", 32632), ((Filter.Spatial) bbox).geometry());
    assertEquals(new Filter.IsNull("a"), READER.parse("<Filter><PropertyIsNull><PropertyName>a</PropertyName>"
        + "</PropertyIsNull></Filter>", null));
  }

  @Test
  void bbox_is_the_envelope_of_its_geometry_in_the_literal_crs() {
    Filter.Spatial s = (Filter.Spatial) fes("<fes:BBOX><fes:ValueReference>geom</fes:ValueReference>"
        + "<gml:Envelope srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:lowerCorner>45.4 9.1</gml:lowerCorner>"
        + "<gml:upperCorner>45.5 9.2</gml:upperCorner></gml:Envelope></fes:BBOX>");
    assertEquals(SpatialOp.INTERSECTS, s.op());
    assertEquals(wkt("POLYGON ((9.1 45.4, 9.1 45.5, 9.2 45.5, 9.2 45.4, 9.1 45.4))", 4326), s.geometry());
    assertEquals(4326, s.geometry().getSRID());
    Filter.Spatial line = (Filter.Spatial) fes("<fes:BBOX><gml:LineString><gml:posList>0 0 10 5"
        + "</gml:posList></gml:LineString></fes:BBOX>");
    assertEquals(wkt("POLYGON ((0 0, 0 5, 10 5, 10 0, 0 0))", 32632), line.geometry());
    assertEquals(32632, line.geometry().getSRID(), "no srsName: the default CRS");
    Filter.Spatial old = (Filter.Spatial) ogc("<ogc:BBOX><ogc:PropertyName>geom</ogc:PropertyName>"
        + "<gml:Envelope srsName=\"EPSG:4326\"><gml:lowerCorner>9.1 45.4</gml:lowerCorner>"
        + "<gml:upperCorner>9.2 45.5</gml:upperCorner></gml:Envelope></ogc:BBOX>");
    assertEquals(s.geometry(), old.geometry());
  }

  @Test
  void every_binary_spatial_operator_keeps_its_geometry() {
    String point = "<gml:Point gml:id=\"p\" srsName=\"urn:ogc:def:crs:EPSG::32632\"><gml:pos>506000 5033000</gml:pos>"
        + "</gml:Point>";
    for (SpatialOp op : SpatialOp.values()) {
      String name = op.name().charAt(0) + op.name().substring(1).toLowerCase(java.util.Locale.ROOT);
      Filter f = fes("<fes:" + name + "><fes:ValueReference>geom</fes:ValueReference>" + point + "</fes:" + name + ">");
      assertEquals(new Filter.Spatial(op, wkt("POINT (506000 5033000)", 32632)), f, name);
    }
    assertEquals(new Filter.Spatial(SpatialOp.WITHIN, wkt("POINT (1 2)", 32632)),
        fes("<fes:Within>" + literal("<gml:Point><gml:pos>1 2</gml:pos></gml:Point>") + "</fes:Within>"));
    assertTrue(error("<fes:Intersects>" + NAME + "</fes:Intersects>").contains("Intersects needs a geometry"));
  }

  @Test
  void distances_are_converted_to_metres_and_degrees_refused() {
    String point = "<gml:Point><gml:pos>506000 5033000</gml:pos></gml:Point>";
    Geometry p = wkt("POINT (506000 5033000)", 32632);
    assertEquals(new Filter.DWithin(p, 250), fes("<fes:DWithin>" + point + "<fes:Distance uom=\"m\">250"
        + "</fes:Distance></fes:DWithin>"));
    assertEquals(new Filter.DWithin(p, 1500), fes("<fes:DWithin>" + point + "<fes:Distance uom=\"km\">1.5"
        + "</fes:Distance></fes:DWithin>"));
    for (String uom : List.of("metre", "meter", "urn:ogc:def:uom:EPSG::9001", "http://www.opengis.net/def/uom/EPSG/0/9001")) {
      assertEquals(new Filter.DWithin(p, 10), fes("<fes:DWithin>" + point + "<fes:Distance uom=\"" + uom + "\">10"
          + "</fes:Distance></fes:DWithin>"), uom);
    }
    assertEquals(new Filter.Not(new Filter.DWithin(p, 2000)), fes("<fes:Beyond>" + point + "<fes:Distance "
        + "uom=\"urn:ogc:def:uom:EPSG::9036\">2</fes:Distance></fes:Beyond>"));
    assertEquals(new Filter.DWithin(p, 30), ogc("<ogc:DWithin><ogc:PropertyName>geom</ogc:PropertyName>"
        + "<gml:Point><gml:pos>506000 5033000</gml:pos></gml:Point><ogc:Distance units=\"m\">30</ogc:Distance>"
        + "</ogc:DWithin>"));
    assertTrue(error("<fes:DWithin>" + point + "<fes:Distance uom=\"deg\">0.1</fes:Distance></fes:DWithin>")
        .contains("distances in degrees ('deg') are not supported"));
    assertTrue(error("<fes:DWithin>" + point + "<fes:Distance uom=\"urn:ogc:def:uom:EPSG::9102\">1</fes:Distance>"
        + "</fes:DWithin>").contains("degrees"));
    assertTrue(error("<fes:DWithin>" + point + "<fes:Distance uom=\"furlong\">1</fes:Distance></fes:DWithin>")
        .contains("unknown unit of measure 'furlong'"));
    assertTrue(error("<fes:DWithin>" + point + "<fes:Distance>1</fes:Distance></fes:DWithin>")
        .contains("Distance needs a unit of measure"));
    assertTrue(error("<fes:DWithin>" + point + "<fes:Distance uom=\"m\">-1</fes:Distance></fes:DWithin>")
        .contains("not negative"));
    assertTrue(error("<fes:DWithin>" + point + "</fes:DWithin>").contains("DWithin needs a Distance"));
  }

  @Test
  void resource_ids_of_one_filter_become_one_filter_kept_verbatim() {
    assertEquals(new Filter.ResourceIds(List.of("schools.12", "schools.13", "x' OR 1=1")),
        fes("<fes:ResourceId rid=\"schools.12\"/><fes:ResourceId rid=\"schools.13\"/><fes:ResourceId rid=\"x' OR 1=1\"/>"));
    assertEquals(new Filter.ResourceIds(List.of("schools.1", "schools.2")), ogc("<ogc:FeatureId fid=\"schools.1\"/>"
        + "<ogc:GmlObjectId gml:id=\"schools.2\"/>"));
    assertEquals(Filter.or(new Filter.ResourceIds(List.of("a.1", "a.2")), new Filter.IsNull("pop")),
        fes("<fes:Or><fes:ResourceId rid=\"a.1\"/><fes:PropertyIsNull>" + POP + "</fes:PropertyIsNull>"
            + "<fes:ResourceId rid=\"a.2\"/></fes:Or>"));
    assertTrue(error("<fes:ResourceId rid=\"a.1\"/><fes:PropertyIsNull>" + POP + "</fes:PropertyIsNull>")
        .contains("either resource ids or one operator"));
    assertTrue(error("<fes:ResourceId/>").contains("ResourceId needs an rid attribute"));
    assertTrue(error("<fes:ResourceId rid=\"a.1\" version=\"2\"/>").contains("versions ('version') are not supported"));
  }

  @Test
  void sort_by_reads_properties_and_directions() {
    XmlCursor c = XmlCursor.open("<fes:SortBy " + FES_NS + "><fes:SortProperty><fes:ValueReference>slt:pop"
        + "</fes:ValueReference><fes:SortOrder>DESC</fes:SortOrder></fes:SortProperty><fes:SortProperty>"
        + "<fes:ValueReference>name</fes:ValueReference></fes:SortProperty></fes:SortBy>", "sort");
    c.toRoot();
    assertEquals(List.of(SortKey.desc("pop"), SortKey.asc("name")), FesFilterReader.sortBy(c));
    XmlCursor bad = XmlCursor.open("<SortBy><SortProperty><ValueReference>a</ValueReference><SortOrder>UP"
        + "</SortOrder></SortProperty></SortBy>", "sort");
    bad.toRoot();
    assertTrue(assertThrows(XmlInputException.class, () -> FesFilterReader.sortBy(bad)).getMessage()
        .contains("neither ASC nor DESC"));
    XmlCursor path = XmlCursor.open("<SortBy><SortProperty><ValueReference>a/b</ValueReference></SortProperty>"
        + "</SortBy>", "sort");
    path.toRoot();
    assertThrows(XmlInputException.class, () -> FesFilterReader.sortBy(path));
  }

  @Test
  void property_names_are_plain_names_never_paths_or_expressions() {
    assertEquals(Filter.eq("hazard_class", "P3"), fes("<fes:PropertyIsEqualTo><fes:ValueReference>slt:hazard_class"
        + "</fes:ValueReference>" + literal("P3") + "</fes:PropertyIsEqualTo>"));
    for (String bad : List.of("a/b", "@id", "../x", "name[1]", "concat(a)", "a:b:c", "exec('x')", "", "1abc",
        "name or 1=1", "/slt:schools/name")) {
      String m = error("<fes:PropertyIsEqualTo><fes:ValueReference>" + bad + "</fes:ValueReference>" + literal("x")
          + "</fes:PropertyIsEqualTo>");
      assertTrue(m.contains("is not a plain attribute name"), bad + ": " + m);
    }
  }

  @Test
  void functions_arithmetic_and_temporal_operators_are_refused_by_name() {
    assertTrue(error("<fes:PropertyIsEqualTo><fes:Function name=\"strToLowerCase\">" + NAME + "</fes:Function>"
        + literal("x") + "</fes:PropertyIsEqualTo>").contains("function 'strToLowerCase' in PropertyIsEqualTo"));
    assertTrue(assertThrows(XmlInputException.class, () -> ogc("<ogc:PropertyIsEqualTo><ogc:Add>"
        + "<ogc:PropertyName>pop</ogc:PropertyName><ogc:Literal>1</ogc:Literal></ogc:Add><ogc:Literal>2</ogc:Literal>"
        + "</ogc:PropertyIsEqualTo>")).getMessage().contains("'Add' in PropertyIsEqualTo"));
    assertTrue(error("<fes:After>" + NAME + literal("2020-01-01") + "</fes:After>")
        .contains("temporal operator 'After' is not supported"));
    assertTrue(error("<fes:During/>").contains("temporal operator 'During'"));
    assertTrue(error("<fes:Function name=\"exec\"/>").contains("function 'exec' is not supported"));
    assertTrue(error("<fes:Sub/>").contains("arithmetic ('Sub') is not supported"));
    assertTrue(error("<fes:PropertyIsEqualTo>" + NAME + POP + "</fes:PropertyIsEqualTo>").contains("names one property"));
    assertTrue(error("<fes:Frobnicate/>").contains("unsupported filter 'Frobnicate'"));
  }

  @Test
  void without_a_gml_reader_spatial_operators_are_refused() {
    FesFilterReader sld = new FesFilterReader(null);
    XmlInputException e = assertThrows(XmlInputException.class, () -> sld.parse("<Filter><Intersects>"
        + "<PropertyName>geom</PropertyName></Intersects></Filter>", null));
    assertTrue(e.getMessage().contains("unsupported filter 'Intersects'"), e.getMessage());
    assertEquals(new Filter.IsNull("a"), sld.parse("<Filter><PropertyIsNull><PropertyName>a</PropertyName>"
        + "</PropertyIsNull></Filter>", null));
  }

  @Test
  void sql_metacharacters_in_literals_survive_verbatim() {
    String evil = "x' OR '1'='1; DROP TABLE schools; -- %_\\ \" ";
    String escaped = evil.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    assertEquals(Filter.eq("name", evil), fes("<fes:PropertyIsEqualTo>" + NAME + literal(escaped)
        + "</fes:PropertyIsEqualTo>"));
    assertEquals(Filter.eq("name", "<a & b>"), fes("<fes:PropertyIsEqualTo>" + NAME
        + "<fes:Literal><![CDATA[<a & b>]]></fes:Literal></fes:PropertyIsEqualTo>"));
    assertEquals(new Filter.Like("name", "\\%' OR 1=1 --%", false), fes("<fes:PropertyIsLike wildCard=\"*\" "
        + "singleChar=\".\" escapeChar=\"!\">" + NAME + literal("%' OR 1=1 --*") + "</fes:PropertyIsLike>"));
  }

  @Test
  void errors_name_the_source_and_line() {
    String m = assertThrows(XmlInputException.class, () -> READER.parse("<fes:Filter " + FES_NS + ">\n"
        + "<fes:PropertyIsEqualTo>\n<fes:ValueReference>a/b</fes:ValueReference>" + literal("x")
        + "</fes:PropertyIsEqualTo></fes:Filter>", UTM)).getMessage();
    assertTrue(m.startsWith("FILTER:3: property name 'a/b' is not a plain attribute name"), m);
    assertTrue(assertThrows(XmlInputException.class, () -> READER.parse("<fes:Query " + FES_NS + "/>", UTM))
        .getMessage().contains("expected a Filter"));
    assertTrue(assertThrows(XmlInputException.class, () -> READER.parse("<Filter><PropertyIsNull>", UTM))
        .getMessage().contains("not well-formed XML"));
  }

  @Test
  void nesting_operators_and_literals_are_bounded() {
    String leaf = "<fes:PropertyIsNull>" + POP + "</fes:PropertyIsNull>";
    int ok = FilterSql.MAX_DEPTH - 1;
    assertInstanceOf(Filter.Not.class, fes("<fes:Not>".repeat(ok) + leaf + "</fes:Not>".repeat(ok)));
    String deep = "<fes:Not>".repeat(10_000) + leaf + "</fes:Not>".repeat(10_000);
    assertTrue(error(deep).contains("filter nests deeper than " + FilterSql.MAX_DEPTH + " levels"));
    String most = leaf.repeat(FesFilterReader.MAX_OPERATORS - 1);
    assertEquals(FesFilterReader.MAX_OPERATORS - 1, ((Filter.Or) fes("<fes:Or>" + most + "</fes:Or>")).operands().size());
    assertTrue(error("<fes:Or>" + most + leaf + "</fes:Or>").contains("more than " + FesFilterReader.MAX_OPERATORS
        + " operators"));
    String ids = "<fes:ResourceId rid=\"a.1\"/>".repeat(FesFilterReader.MAX_OPERATORS + 1);
    assertTrue(error(ids).contains("operators"));
    String longLiteral = "x".repeat(FesFilterReader.MAX_LITERAL_LENGTH + 1);
    assertTrue(error("<fes:PropertyIsEqualTo>" + NAME + literal(longLiteral) + "</fes:PropertyIsEqualTo>")
        .contains("longer than " + FesFilterReader.MAX_LITERAL_LENGTH));
  }
}
