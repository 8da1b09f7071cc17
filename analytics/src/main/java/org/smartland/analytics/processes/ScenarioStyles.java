package org.smartland.analytics.processes;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.smartland.layers.query.Filter;
import org.smartland.layers.style.FeatureTypeStyle;
import org.smartland.layers.style.Fill;
import org.smartland.layers.style.LineSymbolizer;
import org.smartland.layers.style.Mark;
import org.smartland.layers.style.PointSymbolizer;
import org.smartland.layers.style.PolygonSymbolizer;
import org.smartland.layers.style.Rule;
import org.smartland.layers.style.Stroke;
import org.smartland.layers.style.Style;
import org.smartland.layers.style.Symbolizer;

/** The styles of the scenario result layers, one per kind of layer, shared by every run's layers. */
public final class ScenarioStyles {
  public static final String FLOODED_AREA = "scenario_flooded_area";
  public static final String BUILDINGS_HIT = "scenario_buildings_hit";
  public static final String SERVICES_HIT = "scenario_services_hit";
  public static final String ROADS_CUT = "scenario_roads_cut";
  public static final String ACCESS_CHANGE = "scenario_access_change";
  public static final String RETROFIT = "scenario_retrofit";
  public static final String REACH_CHANGE = "scenario_reach_change";
  public static final String NETWORK_CHANGES = "scenario_network_changes";

  private static final double ANY_SCALE = Double.POSITIVE_INFINITY;

  private ScenarioStyles() {
  }

  public static List<Style> all() {
    List<Style> out = new ArrayList<>();
    out.add(single(FLOODED_AREA, "Flooded area", PolygonSymbolizer.of(new Fill(new Color(0x2171b5), 0.45),
        Stroke.of(new Color(0x08519c), 1))));
    out.add(single(BUILDINGS_HIT, "Building hit", PolygonSymbolizer.of(new Fill(new Color(0xcb181d), 0.85),
        Stroke.of(new Color(0x67000d), 0.5))));
    out.add(categories(SERVICES_HIT, "Services hit", "kind", List.of(
        new Category("public_buildings_energy", "public building", point(Mark.SQUARE, 0x6a51a3)),
        new Category("schools", "school", point(Mark.TRIANGLE, 0xe6550d)),
        new Category("health_structures", "health structure", point(Mark.CROSS, 0xde2d26)),
        new Category("pharmacies", "pharmacy", point(Mark.CIRCLE, 0x31a354)),
        new Category("transit_stops", "transit stop", point(Mark.CIRCLE, 0x3182bd)),
        new Category("rail_stations", "rail station", point(Mark.STAR, 0x252525)))));
    out.add(single(ROADS_CUT, "Road cut", LineSymbolizer.of(Stroke.of(new Color(0xd7301f), 3))));
    out.add(categories(ACCESS_CHANGE, "Homes losing road access", "status", List.of(
        new Category("lost", "access lost", PolygonSymbolizer.of(new Fill(new Color(0x99000d), 0.9),
            Stroke.of(Color.BLACK, 0.5))),
        new Category("detour", "detour", PolygonSymbolizer.of(new Fill(new Color(0xfd8d3c), 0.9),
            Stroke.of(new Color(0x7f2704), 0.5))))));
    out.add(categories(RETROFIT, "Energy class after the retrofit", "class_after", List.of(
        new Category("A4", "A4", building(0x006837)), new Category("A3", "A3", building(0x1a9850)),
        new Category("A2", "A2", building(0x66bd63)), new Category("A1", "A1", building(0xa6d96a)),
        new Category("B", "B", building(0xd9ef8b)), new Category("C", "C", building(0xffffbf)),
        new Category("D", "D", building(0xfee08b)), new Category("E", "E", building(0xfdae61)),
        new Category("F", "F", building(0xf46d43)), new Category("G", "G", building(0xd73027)))));
    out.add(reach());
    out.add(categories(NETWORK_CHANGES, "Changes to the network", "change", List.of(
        new Category("stop_added", "stop added", point(Mark.CIRCLE, 0x1a9850)),
        new Category("stop_removed", "stop removed", point(Mark.X, 0xd73027)),
        new Category("cycle_path_added", "cycle path added", LineSymbolizer.of(Stroke.of(new Color(0x1a9850), 3))),
        new Category("road_closed", "road closed", LineSymbolizer.of(Stroke.of(new Color(0xd73027), 3))))));
    return out;
  }

  private record Category(String value, String title, Symbolizer symbolizer) {
  }

  private static Symbolizer point(Mark mark, int rgb) {
    return PointSymbolizer.of(mark, 10, Fill.of(new Color(rgb)), Stroke.of(Color.WHITE, 1));
  }

  private static Symbolizer building(int rgb) {
    return PolygonSymbolizer.of(Fill.of(new Color(rgb)), Stroke.of(new Color(0x404040), 0.7));
  }

  private static Style single(String name, String title, Symbolizer s) {
    return new Style(name, title, title + ".", List.of(new FeatureTypeStyle(List.of(new Rule(name, title, Filter.INCLUDE, false,
        0, ANY_SCALE, List.of(s))))));
  }

  private static Style categories(String name, String title, String attribute, List<Category> categories) {
    List<Rule> rules = new ArrayList<>();
    for (Category c : categories) {
      rules.add(new Rule(c.value(), c.title(), new Filter.Compare(attribute, Filter.ComparisonOp.EQ, c.value()), false, 0, ANY_SCALE,
          List.of(c.symbolizer())));
    }
    return new Style(name, title, title + ", by " + attribute + ".", List.of(new FeatureTypeStyle(rules)));
  }

  /** The Comuni by the change in residents within a walk of a stop: red for fewer, green for more. */
  private static Style reach() {
    String a = "residents_delta_stop";
    Stroke outline = Stroke.of(Color.WHITE, 1);
    List<Rule> rules = List.of(
        new Rule("fewer", "fewer residents within reach", new Filter.Compare(a, Filter.ComparisonOp.LT, -0.5), false,
            0, ANY_SCALE, List.of(PolygonSymbolizer.of(new Fill(new Color(0xde2d26), 0.75), outline))),
        new Rule("same", "no change", new Filter.And(List.of(new Filter.Compare(a, Filter.ComparisonOp.GE, -0.5),
            new Filter.Compare(a, Filter.ComparisonOp.LE, 0.5))), false, 0, ANY_SCALE,
            List.of(PolygonSymbolizer.of(new Fill(new Color(0xbdbdbd), 0.5), outline))),
        new Rule("more", "more residents within reach", new Filter.Compare(a, Filter.ComparisonOp.GT, 0.5), false, 0,
            ANY_SCALE, List.of(PolygonSymbolizer.of(new Fill(new Color(0x31a354), 0.75), outline))));
    return new Style(REACH_CHANGE, "Residents newly within a walk of a stop", "Comuni coloured by the change in"
        + " residents within a 400 m walk of a transit stop.", List.of(new FeatureTypeStyle(rules)));
  }
}
