package org.smartland.layers.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartland.layers.render.RenderFixture.alpha;
import static org.smartland.layers.render.RenderFixture.f;
import static org.smartland.layers.render.RenderFixture.is;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.query.Filter;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.style.FeatureTypeStyle;
import org.smartland.layers.style.Fill;
import org.smartland.layers.style.Halo;
import org.smartland.layers.style.LabelFont;
import org.smartland.layers.style.LabelPlacement;
import org.smartland.layers.style.LineSymbolizer;
import org.smartland.layers.style.Mark;
import org.smartland.layers.style.PointSymbolizer;
import org.smartland.layers.style.PolygonSymbolizer;
import org.smartland.layers.style.Rule;
import org.smartland.layers.style.Stroke;
import org.smartland.layers.style.Style;
import org.smartland.layers.style.TextSymbolizer;

/**
 * Renders features stored in a GeoPackage written by the test. The default view is 256 × 256 pixels over
 * 256 × 256 m of EPSG:32632 from (500000, 5000000): one metre per pixel, pixel (i, j) covering easting
 * 500000 + i and northing 5000256 − j − 1 to − j.
 */
class MapRendererIT {
  private static final Envelope BOX = new Envelope(500000, 500256, 5000000, 5000256);
  private static final MapView VIEW = MapView.transparent(BOX, 32632, 256, 256);
  private static final Color RED = new Color(0xE00000);
  private static final Color BLUE = new Color(0x0000E0);
  private static final Color GREEN = new Color(0x00A000);

  @TempDir
  Path dir;
  private RenderFixture fixture;
  private final MapRenderer renderer = new MapRenderer(RenderFixture.CRS);

  @BeforeEach
  void open() {
    fixture = new RenderFixture(dir);
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private static String square(double minX, double minY, double size) {
    return "POLYGON ((" + minX + " " + minY + ", " + (minX + size) + " " + minY + ", " + (minX + size) + " "
        + (minY + size) + ", " + minX + " " + (minY + size) + ", " + minX + " " + minY + "))";
  }

  private static Style polygons(Color colour) {
    return Style.of("fill", List.of(Rule.of("all", List.of(new PolygonSymbolizer(Optional.of(Fill.of(colour)),
        Optional.empty())))));
  }

  private static Style lines(Stroke stroke) {
    return Style.of("line", List.of(Rule.of("all", List.of(LineSymbolizer.of(stroke)))));
  }

  private static Style labels(TextSymbolizer text, Optional<PointSymbolizer> mark) {
    List<org.smartland.layers.style.Symbolizer> s = new ArrayList<>();
    mark.ifPresent(s::add);
    s.add(text);
    return Style.of("labels", List.of(Rule.of("all", s)));
  }

  @Test
  void polygons_lines_and_points_land_on_their_pixels_and_the_rest_stays_transparent() {
    FeatureStore zones = fixture.layer("zones", GeometryType.MULTIPOLYGON, List.of(f(square(500020, 5000176, 60))));
    FeatureStore paths = fixture.layer("paths", GeometryType.LINESTRING,
        List.of(f("LINESTRING (500100 5000128, 500250 5000128)")));
    FeatureStore places = fixture.layer("places", GeometryType.POINT, List.of(f("POINT (500050 5000050)")));
    BufferedImage image = renderer.render(VIEW, List.of(
        MapLayer.of(zones, polygons(RED)),
        MapLayer.of(paths, lines(Stroke.of(BLUE, 3))),
        MapLayer.of(places, Style.of("marks", List.of(Rule.of("all", List.of(
            PointSymbolizer.of(Mark.CIRCLE, 10, Fill.of(Color.BLACK), Stroke.of(Color.BLACK, 1)))))))));
    assertEquals(BufferedImage.TYPE_INT_ARGB, image.getType());
    assertTrue(is(image, 50, 50, RED), "polygon centre");
    assertTrue(is(image, 21, 21, RED), "inside the polygon's corner");
    assertEquals(0, alpha(image, 18, 50), "left of the polygon");
    assertTrue(is(image, 175, 128, BLUE), "on the line");
    assertTrue(is(image, 175, 127, BLUE), "half the line width above its axis");
    assertEquals(0, alpha(image, 175, 124), "clear of the line");
    assertTrue(is(image, 50, 206, Color.BLACK), "the mark on the point");
    assertEquals(0, alpha(image, 50, 214), "clear of the mark");
    assertEquals(0, alpha(image, 200, 30), "nothing there");
  }

  @Test
  void an_opaque_background_gives_an_rgb_image_of_that_colour() {
    FeatureStore zones = fixture.layer("zones", GeometryType.MULTIPOLYGON, List.of(f(square(500020, 5000176, 60))));
    BufferedImage image = renderer.render(new MapView(BOX, 32632, 256, 256, Optional.of(Color.WHITE)),
        List.of(MapLayer.of(zones, polygons(RED))));
    assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
    assertTrue(is(image, 200, 200, Color.WHITE));
    assertTrue(is(image, 50, 50, RED));
  }

  @Test
  void the_same_feature_lands_on_the_expected_pixel_in_utm_web_mercator_and_lon_lat() {
    FeatureStore zones = fixture.layer("zones", GeometryType.MULTIPOLYGON, List.of(f(square(500170, 5000190, 12))));
    Geometry centre = RenderFixture.geom("POINT (500176 5000196)");
    for (int srid : new int[] {32632, 3857, 4326}) {
      Envelope box = RenderFixture.CRS.transform(BOX, 32632, srid);
      BufferedImage image = renderer.render(MapView.transparent(box, srid, 256, 256),
          List.of(MapLayer.of(zones, polygons(RED))));
      Coordinate c = RenderFixture.CRS.transform(centre, 32632, srid).getCoordinate();
      int px = (int) Math.floor((c.x - box.getMinX()) / box.getWidth() * 256);
      int py = (int) Math.floor((box.getMaxY() - c.y) / box.getHeight() * 256);
      assertTrue(px > 160 && px < 190 && py > 50 && py < 70, "EPSG:" + srid + " pixel " + px + "," + py);
      assertTrue(is(image, px, py, RED), "EPSG:" + srid + " feature at " + px + "," + py);
      assertEquals(0, alpha(image, py, px), "EPSG:" + srid + " nothing at the swapped position");
      assertEquals(0, alpha(image, px, 255 - py), "EPSG:" + srid + " nothing at the flipped position");
    }
  }

  @Test
  void scale_ranges_switch_rules_and_else_rules_take_what_no_other_rule_matched() {
    FeatureStore zones = fixture.layer("zones", GeometryType.MULTIPOLYGON, List.of(
        f(square(490000, 4990000, 20000), "a"), f(square(500150, 5000150, 50), "b"), f(square(500150, 5000020, 50))));
    Style style = Style.of("scaled", List.of(
        new Rule("large", "", Filter.eq("kind", "a"), false, 0, 10_000, List.of(PolygonSymbolizer.of(Fill.of(RED), Stroke.of(RED, 1)))),
        new Rule("small", "", Filter.eq("kind", "a"), false, 10_000, Double.POSITIVE_INFINITY,
            List.of(PolygonSymbolizer.of(Fill.of(BLUE), Stroke.of(BLUE, 1)))),
        Rule.of("other", List.of(PolygonSymbolizer.of(Fill.of(GREEN), Stroke.of(GREEN, 1)))).asElse()));
    BufferedImage near = renderer.render(VIEW, List.of(MapLayer.of(zones, style))); // 1:3,571
    assertTrue(is(near, 10, 10, RED), "large-scale rule");
    assertTrue(is(near, 175, 80, GREEN), "else rule, kind b");
    assertTrue(is(near, 175, 210, GREEN), "else rule, kind null");
    Envelope wide = new Envelope(490000, 515600, 4990000, 5015600);
    BufferedImage far = renderer.render(MapView.transparent(wide, 32632, 256, 256), List.of(MapLayer.of(zones, style)));
    assertTrue(is(far, 50, 200, BLUE), "small-scale rule at 1:357,143");
  }

  @Test
  void a_rule_reading_a_property_the_layer_lacks_never_matches_and_does_not_fail() {
    FeatureStore zones = fixture.layer("zones", GeometryType.MULTIPOLYGON, List.of(f(square(500020, 5000176, 60), "a")));
    Style style = Style.of("wrong", List.of(
        Rule.of("nope", Filter.eq("colour", "red"), List.of(PolygonSymbolizer.of(Fill.of(RED), Stroke.of(RED, 1)))),
        Rule.of("other", List.of(PolygonSymbolizer.of(Fill.of(GREEN), Stroke.of(GREEN, 1)))).asElse()));
    BufferedImage image = renderer.render(VIEW, List.of(MapLayer.of(zones, style)));
    assertTrue(is(image, 50, 50, GREEN));
  }

  @Test
  void a_layer_whose_rules_are_all_out_of_scale_draws_nothing() {
    FeatureStore zones = fixture.layer("zones", GeometryType.MULTIPOLYGON, List.of(f(square(500000, 5000000, 256))));
    Style style = Style.of("hidden", List.of(Rule.of("near", List.of(PolygonSymbolizer.of(Fill.of(RED), Stroke.DEFAULT)))
        .withScaleRange(0, 1000)));
    BufferedImage image = renderer.render(VIEW, List.of(MapLayer.of(zones, style)));
    assertEquals(0, alpha(image, 128, 128));
  }

  @Test
  void the_extra_filter_is_applied_by_the_store() {
    FeatureStore zones = fixture.layer("zones", GeometryType.MULTIPOLYGON, List.of(
        f(square(500020, 5000176, 60), "a"), f(square(500150, 5000176, 60), "b")));
    BufferedImage image = renderer.render(VIEW, List.of(new MapLayer(zones, polygons(RED), Filter.eq("kind", "b"))));
    assertEquals(0, alpha(image, 50, 50));
    assertTrue(is(image, 180, 50, RED));
  }

  @Test
  void feature_type_styles_are_passes_so_every_casing_lies_under_every_fill() {
    FeatureStore roads = fixture.layer("roads", GeometryType.LINESTRING, List.of(
        f("LINESTRING (500010 5000128, 500246 5000128)"), f("LINESTRING (500128 5000010, 500128 5000246)")));
    Rule casing = Rule.of("casing", List.of(LineSymbolizer.of(Stroke.of(Color.BLACK, 12))));
    Rule inner = Rule.of("fill", List.of(LineSymbolizer.of(Stroke.of(Color.WHITE, 6))));
    Style passes = new Style("roads", "", "", List.of(new FeatureTypeStyle(List.of(casing)), new FeatureTypeStyle(List.of(inner))));
    BufferedImage image = renderer.render(VIEW, List.of(MapLayer.of(roads, passes)));
    assertTrue(is(image, 132, 128, Color.WHITE), "first road's fill over the second road's casing");
    assertTrue(is(image, 128, 132, Color.WHITE), "second road's fill");
    assertTrue(is(image, 60, 124, Color.BLACK), "casing outside the fill");
    Style onePass = Style.of("roads", List.of(Rule.of("both", List.of(LineSymbolizer.of(Stroke.of(Color.BLACK, 12)),
        LineSymbolizer.of(Stroke.of(Color.WHITE, 6))))));
    BufferedImage single = renderer.render(VIEW, List.of(MapLayer.of(roads, onePass)));
    assertTrue(is(single, 132, 128, Color.BLACK), "in one pass the second road's casing covers the first road");
  }

  @Test
  void dashes_leave_gaps_and_offsets_move_the_line_to_its_left() {
    FeatureStore paths = fixture.layer("paths", GeometryType.LINESTRING, List.of(f("LINESTRING (500020 5000128, 500236 5000128)")));
    BufferedImage dashed = renderer.render(VIEW, List.of(MapLayer.of(paths, lines(Stroke.of(BLUE, 3).withDashArray(List.of(10.0, 10.0))))));
    int inked = 0;
    for (int x = 30; x < 230; x++) {
      inked += alpha(dashed, x, 128) > 128 ? 1 : 0;
    }
    assertTrue(inked > 80 && inked < 120, "half the line inked: " + inked);
    Style offset = Style.of("offset", List.of(Rule.of("all", List.of(new LineSymbolizer(Stroke.of(BLUE, 2), 6)))));
    BufferedImage moved = renderer.render(VIEW, List.of(MapLayer.of(paths, offset)));
    assertTrue(is(moved, 128, 121, BLUE), "six pixels to the left of an eastward line is up");
    assertEquals(0, alpha(moved, 128, 128));
    assertEquals(0, alpha(moved, 128, 134));
  }

  @Test
  void point_marks_go_to_polygon_interior_points_and_line_middles() {
    FeatureStore zones = fixture.layer("zones", GeometryType.MULTIPOLYGON, List.of(f(square(500020, 5000176, 60))));
    FeatureStore paths = fixture.layer("paths", GeometryType.LINESTRING, List.of(f("LINESTRING (500100 5000028, 500200 5000028)")));
    Style marks = Style.of("marks", List.of(Rule.of("all", List.of(PointSymbolizer.of(Mark.SQUARE, 8, Fill.of(RED), Stroke.of(RED, 1))))));
    BufferedImage image = renderer.render(VIEW, List.of(MapLayer.of(zones, marks), MapLayer.of(paths, marks)));
    assertTrue(is(image, 50, 50, RED), "at the polygon's interior point");
    assertEquals(0, alpha(image, 25, 25), "the polygon itself is not filled");
    assertTrue(is(image, 150, 228, RED), "at the line's middle");
    assertEquals(0, alpha(image, 110, 228));
  }

  @Test
  void marks_just_outside_the_view_still_show_their_inside_part() {
    FeatureStore places = fixture.layer("places", GeometryType.POINT, List.of(f("POINT (500259 5000128)")));
    Style big = Style.of("big", List.of(Rule.of("all", List.of(PointSymbolizer.of(Mark.CIRCLE, 20, Fill.of(RED), Stroke.of(RED, 1))))));
    BufferedImage image = renderer.render(VIEW, List.of(MapLayer.of(places, big)));
    assertTrue(is(image, 254, 128, RED));
  }

  @Test
  void polygons_smaller_than_a_pixel_still_cover_their_share_of_it() {
    List<RenderFixture.F> tiny = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      tiny.add(f(square(500010.2 + 4 * i, 5000100.2, 0.5)));
    }
    FeatureStore zones = fixture.layer("zones", GeometryType.MULTIPOLYGON, tiny);
    BufferedImage image = renderer.render(VIEW, List.of(MapLayer.of(zones, polygons(Color.BLACK))));
    for (int i = 0; i < 50; i++) {
      int a = alpha(image, 10 + 4 * i, 155);
      assertTrue(a > 20 && a < 140, "a quarter-pixel polygon covers about a quarter of its pixel: " + a);
    }
  }

  @Test
  void point_labels_never_overlap_stay_inside_the_image_and_are_drawn_over_every_layer() {
    List<RenderFixture.F> crowd = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      crowd.add(f("POINT (" + (500078 + (i * 37) % 100) + " " + (5000078 + (i * 61) % 100) + ")", null, "Label " + i));
    }
    FeatureStore places = fixture.layer("places", GeometryType.POINT, crowd);
    FeatureStore cover = fixture.layer("cover", GeometryType.MULTIPOLYGON, List.of(f(square(500000, 5000000, 256))));
    TextSymbolizer text = new TextSymbolizer("name", new LabelFont(List.of("DejaVu Sans"), 11, false, false),
        Fill.of(Color.BLACK), Optional.of(new Halo(1.5, Fill.of(Color.WHITE))), LabelPlacement.DEFAULT, 30);
    RenderResult r = renderer.renderWithLabels(VIEW, List.of(
        MapLayer.of(places, labels(text, Optional.of(PointSymbolizer.of(Mark.CIRCLE, 4, Fill.of(RED), Stroke.of(RED, 0.5))))),
        MapLayer.of(cover, polygons(BLUE))));
    List<PlacedLabel> placed = r.labels();
    assertTrue(placed.size() > 8 && placed.size() < 300, "placed " + placed.size());
    Polygon image = new GeometryFactory().createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(256, 0),
        new Coordinate(256, 256), new Coordinate(0, 256), new Coordinate(0, 0)});
    for (int i = 0; i < placed.size(); i++) {
      assertTrue(image.covers(placed.get(i).box()), placed.get(i).text() + " inside the image");
      for (int j = i + 1; j < placed.size(); j++) {
        assertFalse(placed.get(i).box().relate(placed.get(j).box(), "T********"),
            placed.get(i).text() + " overlaps " + placed.get(j).text());
      }
    }
    int dark = 0;
    for (int x = 0; x < 256; x++) {
      for (int y = 0; y < 256; y++) {
        dark += is(r.image(), x, y, Color.BLACK) ? 1 : 0;
      }
    }
    assertTrue(dark > 50, "label glyphs drawn over the later layer's fill: " + dark);
  }

  @Test
  void point_labels_sit_next_to_their_point_clear_of_the_mark() {
    FeatureStore places = fixture.layer("places", GeometryType.POINT, List.of(f("POINT (500128 5000128)", null, "Corsico")));
    RenderResult r = renderer.renderWithLabels(VIEW, List.of(MapLayer.of(places,
        labels(TextSymbolizer.of("name"), Optional.of(PointSymbolizer.of(Mark.CIRCLE, 10, Fill.of(RED), Stroke.of(RED, 1)))))));
    assertEquals(1, r.labels().size());
    Envelope box = r.labels().get(0).box().getEnvelopeInternal();
    assertTrue(box.getMinX() >= 128 + 5 && box.getMinX() < 128 + 12, "right of the mark: " + box);
    assertTrue(box.getMinY() < 128 && box.getMaxY() > 128, "vertically centred: " + box);
  }

  @Test
  void labels_keep_clear_of_a_mark_drawn_by_another_rule() {
    FeatureStore places = fixture.layer("places", GeometryType.POINT, List.of(f("POINT (500128 5000128)", null, "Sondrio")));
    Style twoRules = Style.of("stations", List.of(
        Rule.of("mark", List.of(PointSymbolizer.of(Mark.CIRCLE, 12, Fill.of(RED), Stroke.of(RED, 1)))),
        Rule.of("name", List.of(TextSymbolizer.of("name")))));
    RenderResult r = renderer.renderWithLabels(VIEW, List.of(MapLayer.of(places, twoRules)));
    assertEquals(1, r.labels().size());
    Envelope box = r.labels().get(0).box().getEnvelopeInternal();
    assertTrue(box.getMinX() >= 128 + 6 || box.getMaxX() <= 128 - 6 || box.getMinY() >= 128 + 6 || box.getMaxY() <= 128 - 6,
        "the label leaves the 12-pixel mark whole: " + box);
    assertTrue(is(r.image(), 128 + 3, 128, RED), "the right of the mark is not covered by the label's halo");
  }

  @Test
  void line_labels_follow_the_line_upright_and_skip_lines_shorter_than_the_text() {
    FeatureStore paths = fixture.layer("paths", GeometryType.LINESTRING, List.of(
        f("LINESTRING (500240 5000200, 500140 5000200, 500020 5000200)", null, "Via Roma"),
        f("LINESTRING (500020 5000020, 500200 5000124)", null, "Naviglio Grande"),
        f("LINESTRING (500200 5000060, 500210 5000060)", null, "Via Lunghissima Senza Spazio")));
    TextSymbolizer along = new TextSymbolizer("name", new LabelFont(List.of("DejaVu Sans"), 11, false, false),
        Fill.of(Color.BLACK), Optional.empty(), new LabelPlacement.LinePlacement(0), 0);
    RenderResult r = renderer.renderWithLabels(VIEW, List.of(MapLayer.of(paths, labels(along, Optional.empty()))));
    assertEquals(List.of("Naviglio Grande", "Via Roma"), r.labels().stream().map(PlacedLabel::text).sorted().toList());
    for (PlacedLabel l : r.labels()) {
      Coordinate[] c = l.box().getCoordinates(); // top-left, top-right, bottom-right, bottom-left of the text
      double angle = Math.toDegrees(Math.atan2(c[1].y - c[0].y, c[1].x - c[0].x));
      if (l.text().equals("Via Roma")) {
        assertEquals(0, angle, 0.5, "a westward line is still read left to right");
        assertEquals(56, l.box().getCentroid().getY(), 1.5, "on the line");
      } else {
        assertEquals(-Math.toDegrees(Math.atan2(104, 180)), angle, 0.5, "rotated with the line");
      }
    }
  }
}
