package org.smartland.layers.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.layers.query.Filter;

class SldParserTest {
  private static final String SLD10 = "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\""
      + " xmlns:ogc=\"http://www.opengis.net/ogc\">\n<NamedLayer><Name>layer</Name>\n";
  private static final String SLD10_END = "</NamedLayer>\n</StyledLayerDescriptor>\n";
  private static final String SE11 = "<StyledLayerDescriptor version=\"1.1.0\" xmlns=\"http://www.opengis.net/sld\""
      + " xmlns:se=\"http://www.opengis.net/se\" xmlns:ogc=\"http://www.opengis.net/ogc\">\n"
      + "<NamedLayer><se:Name>layer</se:Name>\n";

  /** One SLD 1.0 style with one rule holding the given XML. */
  private static Style style10(String ruleXml) {
    return single(SLD10 + "<UserStyle><Name>s</Name><FeatureTypeStyle><Rule>" + ruleXml
        + "</Rule></FeatureTypeStyle></UserStyle>" + SLD10_END);
  }

  private static Rule rule10(String ruleXml) {
    return style10(ruleXml).rules().get(0);
  }

  private static Symbolizer symbolizer10(String xml) {
    return rule10(xml).symbolizers().get(0);
  }

  private static Style single(String xml) {
    List<Style> styles = SldParser.parse(xml, "test.sld");
    assertEquals(1, styles.size());
    return styles.get(0);
  }

  private static String error(String xml) {
    return assertThrows(StyleException.class, () -> SldParser.parse(xml, "roads.sld")).getMessage();
  }

  @Test
  void sld_1_0_names_titles_abstract_scales_and_a_polygon_symbolizer() {
    Style s = single(SLD10 + "<UserStyle><Name>flood</Name><Title>Flood zones</Title><Abstract>By class</Abstract>\n"
        + "<FeatureTypeStyle><Rule><Name>p3</Name><Title>Frequent</Title>\n"
        + "<MinScaleDenominator>1000</MinScaleDenominator><MaxScaleDenominator>50000</MaxScaleDenominator>\n"
        + "<PolygonSymbolizer><Fill><CssParameter name=\"fill\">#FF0000</CssParameter>"
        + "<CssParameter name=\"fill-opacity\">0.5</CssParameter></Fill>"
        + "<Stroke><CssParameter name=\"stroke\">#00f</CssParameter><CssParameter name=\"stroke-width\">2</CssParameter>"
        + "<CssParameter name=\"stroke-opacity\">0.25</CssParameter><CssParameter name=\"stroke-dasharray\">4 2</CssParameter>"
        + "<CssParameter name=\"stroke-dashoffset\">1</CssParameter>"
        + "<CssParameter name=\"stroke-linecap\">round</CssParameter><CssParameter name=\"stroke-linejoin\">bevel</CssParameter>"
        + "</Stroke></PolygonSymbolizer></Rule></FeatureTypeStyle></UserStyle>" + SLD10_END);
    Rule expected = new Rule("p3", "Frequent", Filter.INCLUDE, false, 1000, 50000, List.of(new PolygonSymbolizer(
        Optional.of(new Fill(Color.RED, 0.5)),
        Optional.of(new Stroke(Color.BLUE, 0.25, 2, List.of(4.0, 2.0), 1, LineCap.ROUND, LineJoin.BEVEL)))));
    assertEquals(new Style("flood", "Flood zones", "By class", List.of(new FeatureTypeStyle(List.of(expected)))), s);
  }

  @Test
  void se_1_1_descriptions_svg_parameters_else_filter_and_line_offsets() {
    Style s = single(SE11 + "<UserStyle><se:Name>roads</se:Name><se:Description><se:Title>Roads</se:Title>"
        + "<se:Abstract>By class</se:Abstract></se:Description>\n<se:FeatureTypeStyle><se:Rule><se:Name>other</se:Name>"
        + "<se:Description><se:Title>Other roads</se:Title></se:Description><se:ElseFilter/>"
        + "<se:LineSymbolizer uom=\"http://www.opengeospatial.org/se/units/pixel\"><se:Stroke>"
        + "<se:SvgParameter name=\"stroke\">#336699</se:SvgParameter>"
        + "<se:SvgParameter name=\"stroke-width\">1.5</se:SvgParameter></se:Stroke>"
        + "<se:PerpendicularOffset>3</se:PerpendicularOffset></se:LineSymbolizer>"
        + "</se:Rule></se:FeatureTypeStyle></UserStyle>" + SLD10_END);
    assertEquals("roads", s.name());
    assertEquals("Roads", s.title());
    assertEquals("By class", s.description());
    Rule r = s.rules().get(0);
    assertEquals(new Rule("other", "Other roads", Filter.INCLUDE, true, 0, Double.POSITIVE_INFINITY,
        List.of(new LineSymbolizer(Stroke.of(new Color(0x336699), 1.5), 3))), r);
  }

  @Test
  void several_feature_type_styles_are_drawing_passes_in_order() {
    Style s = single(SLD10 + "<UserStyle><Name>s</Name>"
        + "<FeatureTypeStyle><Rule><Name>casing</Name><LineSymbolizer/></Rule></FeatureTypeStyle>"
        + "<FeatureTypeStyle><Rule><Name>fill</Name><LineSymbolizer/></Rule></FeatureTypeStyle></UserStyle>" + SLD10_END);
    assertEquals(2, s.featureTypeStyles().size());
    assertEquals(List.of("casing", "fill"), s.rules().stream().map(Rule::name).toList());
    assertEquals(LineSymbolizer.of(Stroke.DEFAULT), s.rules().get(0).symbolizers().get(0));
  }

  @Test
  void a_user_style_without_name_takes_the_layer_name() {
    Style s = single(SLD10 + "<UserStyle><FeatureTypeStyle><Rule><LineSymbolizer/></Rule></FeatureTypeStyle></UserStyle>"
        + SLD10_END);
    assertEquals("layer", s.name());
  }

  @Test
  void comparison_filters_map_to_the_filter_ast() {
    String[][] cases = {
        {"PropertyIsEqualTo", "EQ"}, {"PropertyIsNotEqualTo", "NE"}, {"PropertyIsLessThan", "LT"},
        {"PropertyIsLessThanOrEqualTo", "LE"}, {"PropertyIsGreaterThan", "GT"}, {"PropertyIsGreaterThanOrEqualTo", "GE"}};
    for (String[] c : cases) {
      Rule r = rule10("<ogc:Filter><ogc:" + c[0] + "><ogc:PropertyName>pop</ogc:PropertyName>"
          + "<ogc:Literal>100</ogc:Literal></ogc:" + c[0] + "></ogc:Filter>");
      assertEquals(new Filter.Compare("pop", Filter.ComparisonOp.valueOf(c[1]), "100"), r.filter(), c[0]);
    }
  }

  @Test
  void a_literal_written_first_flips_the_comparison() {
    Rule r = rule10("<ogc:Filter><ogc:PropertyIsLessThan><ogc:Literal>5</ogc:Literal>"
        + "<ogc:PropertyName>pop</ogc:PropertyName></ogc:PropertyIsLessThan></ogc:Filter>");
    assertEquals(new Filter.Compare("pop", Filter.ComparisonOp.GT, "5"), r.filter());
  }

  @Test
  void like_null_between_and_logic_map_to_the_filter_ast() {
    Rule r = rule10("<ogc:Filter><ogc:Or>"
        + "<ogc:And><ogc:PropertyIsLike wildCard=\"*\" singleChar=\"#\" escape=\"!\"><ogc:PropertyName>name</ogc:PropertyName>"
        + "<ogc:Literal>Via*#_100!*%</ogc:Literal></ogc:PropertyIsLike>"
        + "<ogc:Not><ogc:PropertyIsNull><ogc:PropertyName>pop</ogc:PropertyName></ogc:PropertyIsNull></ogc:Not></ogc:And>"
        + "<ogc:PropertyIsBetween><ogc:PropertyName>pop</ogc:PropertyName><ogc:LowerBoundary><ogc:Literal>10</ogc:Literal>"
        + "</ogc:LowerBoundary><ogc:UpperBoundary><ogc:Literal>20</ogc:Literal></ogc:UpperBoundary></ogc:PropertyIsBetween>"
        + "</ogc:Or></ogc:Filter>");
    Filter expected = Filter.or(
        Filter.and(new Filter.Like("name", "Via%_\\_100*\\%", false), new Filter.Not(new Filter.IsNull("pop"))),
        new Filter.Between("pop", "10", "20"));
    assertEquals(expected, r.filter());
  }

  @Test
  void case_insensitive_equality_becomes_a_like_without_wildcards() {
    Rule r = rule10("<ogc:Filter><ogc:PropertyIsEqualTo matchCase=\"false\"><ogc:PropertyName>name</ogc:PropertyName>"
        + "<ogc:Literal>50%_off</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>");
    assertEquals(new Filter.Like("name", "50\\%\\_off", true), r.filter());
  }

  @Test
  void fes_2_value_references_and_prefixed_property_names_are_plain_names() {
    Rule r = rule10("<ogc:Filter><ogc:PropertyIsEqualTo><ValueReference>sf:hazard_class</ValueReference>"
        + "<ogc:Literal>P3</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>");
    assertEquals(Filter.eq("hazard_class", "P3"), r.filter());
  }

  @Test
  void point_symbolizers_read_mark_size_rotation_and_opacity() {
    Symbolizer s = symbolizer10("<PointSymbolizer><Graphic><Mark><WellKnownName>star</WellKnownName>"
        + "<Fill><CssParameter name=\"fill\">#00FF00</CssParameter></Fill></Mark>"
        + "<Opacity>0.5</Opacity><Size>12</Size><Rotation>45</Rotation></Graphic></PointSymbolizer>");
    assertEquals(new PointSymbolizer(Mark.STAR, 12, Optional.of(new Fill(Color.GREEN, 0.5)), Optional.empty(), 45), s);
  }

  @Test
  void a_bare_point_symbolizer_is_the_default_grey_square() {
    assertEquals(new PointSymbolizer(Mark.SQUARE, 6, Optional.of(Fill.DEFAULT), Optional.of(Stroke.DEFAULT), 0),
        symbolizer10("<PointSymbolizer/>"));
    assertEquals(new PointSymbolizer(Mark.CIRCLE, 6, Optional.of(Fill.DEFAULT), Optional.of(Stroke.DEFAULT), 0),
        symbolizer10("<PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName></Mark></Graphic></PointSymbolizer>"));
  }

  @Test
  void text_symbolizers_read_label_font_halo_point_placement_and_max_displacement() {
    Symbolizer s = symbolizer10("<TextSymbolizer><Label><ogc:PropertyName>name</ogc:PropertyName></Label>"
        + "<Font><CssParameter name=\"font-family\">DejaVu Sans</CssParameter>"
        + "<CssParameter name=\"font-family\">Arial, 'Liberation Sans'</CssParameter>"
        + "<CssParameter name=\"font-size\">13</CssParameter><CssParameter name=\"font-style\">italic</CssParameter>"
        + "<CssParameter name=\"font-weight\">bold</CssParameter></Font>"
        + "<LabelPlacement><PointPlacement><AnchorPoint><AnchorPointX>0.5</AnchorPointX><AnchorPointY>0</AnchorPointY>"
        + "</AnchorPoint><Displacement><DisplacementX>0</DisplacementX><DisplacementY>6</DisplacementY></Displacement>"
        + "<Rotation>-10</Rotation></PointPlacement></LabelPlacement>"
        + "<Halo><Radius>2</Radius><Fill><CssParameter name=\"fill\">#FFFFFF</CssParameter>"
        + "<CssParameter name=\"fill-opacity\">0.8</CssParameter></Fill></Halo>"
        + "<Fill><CssParameter name=\"fill\">#202020</CssParameter></Fill>"
        + "<VendorOption name=\"maxDisplacement\">40</VendorOption></TextSymbolizer>");
    assertEquals(new TextSymbolizer("name", new LabelFont(List.of("DejaVu Sans", "Arial", "Liberation Sans"), 13, true, true),
        Fill.of(new Color(0x202020)), Optional.of(new Halo(2, new Fill(Color.WHITE, 0.8))),
        new LabelPlacement.PointPlacement(0.5, 0, 0, 6, -10), 40), s);
  }

  @Test
  void text_symbolizers_read_line_placement_and_default_to_black_10px() {
    Symbolizer s = symbolizer10("<TextSymbolizer><Label><ogc:PropertyName>name</ogc:PropertyName></Label>"
        + "<LabelPlacement><LinePlacement><PerpendicularOffset>4</PerpendicularOffset></LinePlacement></LabelPlacement>"
        + "</TextSymbolizer>");
    assertEquals(new TextSymbolizer("name", LabelFont.DEFAULT, Fill.of(Color.BLACK), Optional.empty(),
        new LabelPlacement.LinePlacement(4), 0), s);
  }

  @Test
  void text_and_halo_fills_without_a_colour_default_to_black_and_white() {
    Symbolizer s = symbolizer10("<TextSymbolizer><Label><ogc:PropertyName>name</ogc:PropertyName></Label>"
        + "<Halo><Fill><CssParameter name=\"fill-opacity\">0.5</CssParameter></Fill></Halo>"
        + "<Fill><CssParameter name=\"fill-opacity\">0.8</CssParameter></Fill></TextSymbolizer>");
    assertEquals(new TextSymbolizer("name", LabelFont.DEFAULT, new Fill(Color.BLACK, 0.8),
        Optional.of(new Halo(1, new Fill(Color.WHITE, 0.5))), LabelPlacement.DEFAULT, 0), s);
  }

  @Test
  void literals_inside_parameters_are_constants() {
    Symbolizer s = symbolizer10("<LineSymbolizer><Stroke><CssParameter name=\"stroke\"><ogc:Literal>#123456</ogc:Literal>"
        + "</CssParameter><CssParameter name=\"stroke-width\"> <ogc:Literal>3</ogc:Literal> </CssParameter></Stroke>"
        + "</LineSymbolizer>");
    assertEquals(LineSymbolizer.of(Stroke.of(new Color(0x123456), 3)), s);
  }

  @Test
  void an_unsupported_symbolizer_is_reported_with_file_and_line() {
    String xml = SLD10 + "<UserStyle><FeatureTypeStyle><Rule>\n\n<RasterSymbolizer/>\n</Rule></FeatureTypeStyle></UserStyle>"
        + SLD10_END;
    assertEquals("roads.sld:5: unknown symbolizer 'RasterSymbolizer'", error(xml));
  }

  @Test
  void drawing_instructions_that_are_not_supported_are_errors_not_silently_skipped() {
    String external = error(SLD10 + "<UserStyle><FeatureTypeStyle><Rule>\n<PointSymbolizer><Graphic>\n"
        + "<ExternalGraphic><OnlineResource href=\"http://evil.example/x.png\"/><Format>image/png</Format></ExternalGraphic>"
        + "</Graphic></PointSymbolizer></Rule></FeatureTypeStyle></UserStyle>" + SLD10_END);
    assertTrue(external.startsWith("roads.sld:5: ExternalGraphic is not supported"), external);
    assertTrue(error(style("<PolygonSymbolizer><Fill><GraphicFill/></Fill></PolygonSymbolizer>"))
        .contains("GraphicFill is not supported"));
    assertTrue(error(style("<LineSymbolizer><Stroke><CssParameter name=\"stroke-width\"><ogc:PropertyName>w"
        + "</ogc:PropertyName></CssParameter></Stroke></LineSymbolizer>")).contains("only constant values are supported"));
    assertTrue(error(style("<LineSymbolizer><Geometry><ogc:PropertyName>g</ogc:PropertyName></Geometry></LineSymbolizer>"))
        .contains("'Geometry' in LineSymbolizer is not supported"));
    assertTrue(error(style("<LineSymbolizer uom=\"http://www.opengeospatial.org/se/units/metre\"/>"))
        .contains("units of measure"));
    assertTrue(error(style("<TextSymbolizer><Label><ogc:PropertyName>n</ogc:PropertyName></Label>"
        + "<VendorOption name=\"followLine\">true</VendorOption></TextSymbolizer>")).contains("vendor option 'followLine'"));
    assertTrue(error(style("<PointSymbolizer><Graphic><Mark><WellKnownName>shape://vertline</WellKnownName></Mark>"
        + "</Graphic></PointSymbolizer>")).contains("unknown mark 'shape://vertline'"));
  }

  @Test
  void bad_values_and_unknown_names_are_reported_with_their_line() {
    assertEquals("roads.sld:5: stroke: '#12345' is not a colour (expected #rrggbb)", error(SLD10
        + "<UserStyle><FeatureTypeStyle><Rule>\n<LineSymbolizer><Stroke>\n<CssParameter name=\"stroke\">#12345</CssParameter>"
        + "</Stroke></LineSymbolizer></Rule></FeatureTypeStyle></UserStyle>" + SLD10_END));
    assertTrue(error(style("<LineSymbolizer><Stroke><CssParameter name=\"stroke-colour\">#000000</CssParameter></Stroke>"
        + "</LineSymbolizer>")).contains("unknown Stroke parameter 'stroke-colour'"));
    assertTrue(error(style("<PolygonSymbolizer><Fill><CssParameter name=\"fill-opacity\">1.5</CssParameter></Fill>"
        + "</PolygonSymbolizer>")).contains("fill-opacity: 1.5 is not between 0 and 1"));
    assertTrue(error(style("<Colour/>")).contains("unknown element 'Colour' in Rule"));
    assertTrue(error(style("<ogc:Filter><ogc:PropertyIsEqualTo><ogc:Function name=\"strToLowerCase\"/>"
        + "<ogc:Literal>x</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>"))
        .contains("filter expressions other than a property name and a literal are not supported"));
    assertTrue(error(style("<ogc:Filter><ogc:Intersects/></ogc:Filter>")).contains("unsupported filter 'Intersects'"));
    assertTrue(error(style("<Filter/><ElseFilter/>")).contains("empty Filter"));
    assertTrue(error(style("<MinScaleDenominator>5000</MinScaleDenominator><MaxScaleDenominator>100"
        + "</MaxScaleDenominator>")).contains("is not above MinScaleDenominator"));
  }

  @Test
  void malformed_xml_is_reported_with_its_line() {
    String m = error("<StyledLayerDescriptor>\n<NamedLayer>\n</StyledLayerDescriptor>");
    assertTrue(m.startsWith("roads.sld:3: not well-formed XML"), m);
  }

  @Test
  void an_external_entity_is_never_resolved(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-VALUE");
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE StyledLayerDescriptor [\n<!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">\n]>\n" + SLD10 + "<UserStyle><Name>&xxe;</Name><FeatureTypeStyle><Rule><LineSymbolizer/>"
        + "</Rule></FeatureTypeStyle></UserStyle>" + SLD10_END;
    StyleException e = assertThrows(StyleException.class, () -> SldParser.parse(xxe, "evil.sld"));
    assertFalse(e.getMessage().contains("TOP-SECRET-VALUE"), e.getMessage());
    assertTrue(e.getMessage().startsWith("evil.sld:"), e.getMessage());
  }

  @Test
  void a_doctype_with_an_external_dtd_or_internal_entities_is_refused() {
    String external = "<!DOCTYPE StyledLayerDescriptor SYSTEM \"http://127.0.0.1:9/sld.dtd\">\n" + SLD10
        + "<UserStyle><FeatureTypeStyle><Rule><LineSymbolizer/></Rule></FeatureTypeStyle></UserStyle>" + SLD10_END;
    assertTrue(error(external).contains("DOCTYPE declarations are not allowed"));
    String laughs = "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
        + SLD10 + "<UserStyle><Name>&b;</Name><FeatureTypeStyle><Rule><LineSymbolizer/></Rule></FeatureTypeStyle>"
        + "</UserStyle>" + SLD10_END;
    assertThrows(StyleException.class, () -> SldParser.parse(laughs, "laughs.sld"));
  }

  @Test
  void a_file_is_named_by_its_file_name_in_errors(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("broken.sld");
    Files.writeString(f, SLD10 + "<UserStyle><FeatureTypeStyle><Rule>\n<TextSymbolizer/></Rule></FeatureTypeStyle>"
        + "</UserStyle>" + SLD10_END);
    StyleException e = assertThrows(StyleException.class, () -> SldParser.parse(f));
    assertEquals("broken.sld:4: TextSymbolizer needs a Label", e.getMessage());
  }

  private static String style(String ruleXml) {
    return SLD10 + "<UserStyle><FeatureTypeStyle><Rule>" + ruleXml + "</Rule></FeatureTypeStyle></UserStyle>" + SLD10_END;
  }
}
