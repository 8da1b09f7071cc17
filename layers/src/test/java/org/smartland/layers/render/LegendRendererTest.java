package org.smartland.layers.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartland.layers.render.RenderFixture.alpha;
import static org.smartland.layers.render.RenderFixture.is;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.query.Filter;
import org.smartland.layers.style.Fill;
import org.smartland.layers.style.LineSymbolizer;
import org.smartland.layers.style.Mark;
import org.smartland.layers.style.PointSymbolizer;
import org.smartland.layers.style.PolygonSymbolizer;
import org.smartland.layers.style.Rule;
import org.smartland.layers.style.Stroke;
import org.smartland.layers.style.Style;
import org.smartland.layers.style.TextSymbolizer;

class LegendRendererTest {
  private static final Color P3 = new Color(0x08306B);
  private static final Color P2 = new Color(0x4292C6);
  private static final Color P1 = new Color(0x9ECAE1);

  private static Rule zone(String name, String title, Color c) {
    return new Rule(name, title, Filter.eq("hazard_class", name.toUpperCase()), false, 0, Double.POSITIVE_INFINITY,
        List.of(PolygonSymbolizer.of(Fill.of(c), Stroke.of(Color.DARK_GRAY, 1))));
  }

  private static final Style FLOOD = Style.of("flood_hazard", List.of(
      zone("p3", "P3 frequent", P3), zone("p2", "P2 medium", P2), zone("p1", "", P1),
      Rule.of("labels", List.of(TextSymbolizer.of("watercourse")))));

  @Test
  void one_swatch_per_drawable_rule_in_the_rule_colour_with_its_label() {
    Legend legend = LegendRenderer.legend(FLOOD, GeometryType.MULTIPOLYGON, LegendOptions.defaults());
    assertEquals(List.of("P3 frequent", "P2 medium", "p1"), legend.entries().stream().map(LegendEntry::label).toList());
    Color[] expected = {P3, P2, P1};
    for (int i = 0; i < 3; i++) {
      LegendEntry e = legend.entries().get(i);
      assertEquals(20, e.swatchWidth());
      assertTrue(is(legend.image(), e.centreX(), e.centreY(), expected[i]), "swatch " + i);
    }
    assertTrue(legend.entries().get(1).swatchY() > legend.entries().get(0).swatchY() + 19, "rows stacked");
    assertTrue(legend.image().getWidth() > 60, "room for the labels");
    assertTrue(darkPixels(legend.image(), 26, legend.image().getWidth(), 0, legend.image().getHeight()) > 30, "labels drawn");
  }

  @Test
  void swatches_match_the_layer_geometry_type() {
    Style roads = Style.of("roads", List.of(Rule.of("primary", List.of(LineSymbolizer.of(Stroke.of(Color.ORANGE, 3))))));
    Legend lines = LegendRenderer.legend(roads, GeometryType.LINESTRING, LegendOptions.defaults().withBackground(Optional.empty()));
    LegendEntry e = lines.entries().get(0);
    assertTrue(is(lines.image(), e.centreX(), e.centreY(), Color.ORANGE), "a line across the swatch");
    assertEquals(0, alpha(lines.image(), e.centreX(), e.swatchY() + 2), "a line, not an area; transparent background");
    Style schools = Style.of("schools", List.of(Rule.of("school", List.of(
        PointSymbolizer.of(Mark.SQUARE, 40, Fill.of(Color.BLUE), Stroke.of(Color.BLUE, 1))))));
    Legend points = LegendRenderer.legend(schools, GeometryType.POINT, LegendOptions.defaults().withSwatchSize(16, 16));
    LegendEntry p = points.entries().get(0);
    assertTrue(is(points.image(), p.centreX(), p.centreY(), Color.BLUE), "a mark at the centre");
    assertTrue(is(points.image(), p.swatchX() + p.swatchWidth() + 2, p.centreY(), Color.WHITE),
        "a mark larger than the swatch is shrunk to fit");
  }

  @Test
  void rules_sharing_a_title_share_a_row_drawn_in_rule_order() {
    Rule casing = new Rule("primary_casing", "Primary road", Filter.INCLUDE, false, 0, 25000,
        List.of(LineSymbolizer.of(Stroke.of(Color.BLACK, 12))));
    Rule fill = new Rule("primary", "Primary road", Filter.INCLUDE, false, 0, 25000,
        List.of(LineSymbolizer.of(Stroke.of(Color.WHITE, 4))));
    Rule service = Rule.of("service", List.of(LineSymbolizer.of(Stroke.of(Color.GRAY, 2))));
    Style roads = new Style("roads", "", "", List.of(new org.smartland.layers.style.FeatureTypeStyle(List.of(casing, service)),
        new org.smartland.layers.style.FeatureTypeStyle(List.of(fill))));
    Legend legend = LegendRenderer.legend(roads, GeometryType.LINESTRING, LegendOptions.defaults().withBackground(Optional.empty()));
    assertEquals(List.of("Primary road", "service"), legend.entries().stream().map(LegendEntry::label).toList());
    LegendEntry e = legend.entries().get(0);
    assertTrue(is(legend.image(), e.centreX(), e.centreY(), Color.WHITE), "the fill over the casing");
    assertTrue(is(legend.image(), e.centreX(), e.centreY() - 4, Color.BLACK), "the casing around the fill");
    assertTrue(is(LegendRenderer.ruleSwatch(roads, "primary_casing", GeometryType.LINESTRING, LegendOptions.defaults())
        .orElseThrow(), 10, 10, Color.BLACK), "a single rule is drawn alone");
  }

  @Test
  void a_scale_leaves_out_rules_that_do_not_apply_there() {
    Style s = Style.of("s", List.of(zone("p3", "near", P3).withScaleRange(0, 5000), zone("p2", "far", P2)));
    Legend legend = LegendRenderer.legend(s, GeometryType.POLYGON, LegendOptions.defaults().withScale(20000));
    assertEquals(List.of("far"), legend.entries().stream().map(LegendEntry::label).toList());
  }

  @Test
  void a_single_rule_swatch_has_the_requested_size_and_the_rule_colour() {
    BufferedImage swatch = LegendRenderer.ruleSwatch(FLOOD, "p2", GeometryType.MULTIPOLYGON,
        LegendOptions.defaults().withSwatchSize(30, 24)).orElseThrow();
    assertEquals(30, swatch.getWidth());
    assertEquals(24, swatch.getHeight());
    assertTrue(is(swatch, 15, 12, P2));
    assertTrue(LegendRenderer.ruleSwatch(FLOOD, "p9", GeometryType.MULTIPOLYGON, LegendOptions.defaults()).isEmpty());
  }

  @Test
  void a_style_with_only_labels_gives_an_empty_legend() {
    Style labels = Style.of("labels", List.of(Rule.of("names", List.of(TextSymbolizer.of("name")))));
    Legend legend = LegendRenderer.legend(labels, GeometryType.POINT, LegendOptions.defaults());
    assertEquals(List.of(), legend.entries());
    assertEquals(1, legend.image().getWidth());
  }

  private static int darkPixels(BufferedImage image, int x0, int x1, int y0, int y1) {
    int n = 0;
    for (int x = x0; x < x1; x++) {
      for (int y = y0; y < y1; y++) {
        Color c = new Color(image.getRGB(x, y), true);
        n += c.getAlpha() > 200 && c.getRed() < 100 && c.getGreen() < 100 && c.getBlue() < 100 ? 1 : 0;
      }
    }
    return n;
  }
}
