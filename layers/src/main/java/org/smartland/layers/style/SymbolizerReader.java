package org.smartland.layers.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the four supported symbolizers with their fills, strokes, marks, fonts, halos and placements.
 * Anything else that would change the drawing (graphic fills, external graphics, geometry expressions,
 * units other than pixels, unknown parameters or vendor options) is an error naming file and line.
 */
final class SymbolizerReader {
  private static final String PIXEL_UOM = "http://www.opengeospatial.org/se/units/pixel";

  private final XmlCursor c;

  SymbolizerReader(XmlCursor cursor) {
    this.c = cursor;
  }

  /** Whether an element of a rule with this local name is a symbolizer (supported or not). */
  static boolean isSymbolizer(String name) {
    return name.endsWith("Symbolizer");
  }

  /** Reads the symbolizer at the cursor. */
  Symbolizer read() {
    String kind = c.name();
    c.attribute("uom").filter(u -> !u.equals(PIXEL_UOM)).ifPresent(u -> {
      throw c.error(kind + ": units of measure '" + u + "' are not supported; sizes are in pixels");
    });
    return switch (kind) {
      case "PolygonSymbolizer" -> polygon();
      case "LineSymbolizer" -> line();
      case "PointSymbolizer" -> point();
      case "TextSymbolizer" -> text();
      default -> throw c.error("unknown symbolizer '" + kind + "'");
    };
  }

  private PolygonSymbolizer polygon() {
    Optional<Fill> fill = Optional.empty();
    Optional<Stroke> stroke = Optional.empty();
    while (c.nextChild()) {
      switch (c.name()) {
        case "Fill" -> fill = Optional.of(fill());
        case "Stroke" -> stroke = Optional.of(stroke());
        default -> common("PolygonSymbolizer");
      }
    }
    return new PolygonSymbolizer(fill, stroke);
  }

  private LineSymbolizer line() {
    Stroke stroke = Stroke.DEFAULT;
    double offset = 0;
    while (c.nextChild()) {
      switch (c.name()) {
        case "Stroke" -> stroke = stroke();
        case "PerpendicularOffset" -> offset = c.number("PerpendicularOffset");
        default -> common("LineSymbolizer");
      }
    }
    return new LineSymbolizer(stroke, offset);
  }

  private PointSymbolizer point() {
    PointSymbolizer result = new PointSymbolizer(Mark.SQUARE, PointSymbolizer.DEFAULT_SIZE, Optional.of(Fill.DEFAULT),
        Optional.of(Stroke.DEFAULT), 0);
    while (c.nextChild()) {
      if (c.name().equals("Graphic")) {
        result = graphic();
      } else {
        common("PointSymbolizer");
      }
    }
    return result;
  }

  private PointSymbolizer graphic() {
    Mark mark = Mark.SQUARE;
    Optional<Fill> fill = Optional.of(Fill.DEFAULT);
    Optional<Stroke> stroke = Optional.of(Stroke.DEFAULT);
    boolean seenMark = false;
    double size = PointSymbolizer.DEFAULT_SIZE;
    double rotation = 0;
    double opacity = 1;
    while (c.nextChild()) {
      switch (c.name()) {
        case "Mark" -> {
          if (seenMark) {
            c.skip(); // a fallback for clients that lack the first mark; never used here
          } else {
            seenMark = true;
            Optional<Fill> markFill = Optional.empty();
            Optional<Stroke> markStroke = Optional.empty();
            while (c.nextChild()) {
              switch (c.name()) {
                case "WellKnownName" -> {
                  String wkn = c.text();
                  mark = Mark.byName(wkn).orElseThrow(() -> c.error("unknown mark '" + wkn
                      + "' (supported: circle, square, triangle, star, cross, x)"));
                }
                case "Fill" -> markFill = Optional.of(fill());
                case "Stroke" -> markStroke = Optional.of(stroke());
                default -> throw c.error("'" + c.name() + "' in Mark is not supported (use WellKnownName, Fill, Stroke)");
              }
            }
            if (markFill.isPresent() || markStroke.isPresent()) {
              fill = markFill;
              stroke = markStroke;
            }
          }
        }
        case "ExternalGraphic" -> throw c.error("ExternalGraphic is not supported (images are never fetched): "
            + "use a Mark");
        case "Size" -> size = nonNegative("Size");
        case "Rotation" -> rotation = c.number("Rotation");
        case "Opacity" -> opacity = opacity("Opacity");
        default -> throw c.error("'" + c.name() + "' in Graphic is not supported (use Mark, Size, Rotation, Opacity)");
      }
    }
    double o = opacity;
    return new PointSymbolizer(mark, size, fill.map(f -> f.withOpacity(f.opacity() * o)),
        stroke.map(s -> s.withOpacity(s.opacity() * o)), rotation);
  }

  private TextSymbolizer text() {
    Optional<String> label = Optional.empty();
    LabelFont font = LabelFont.DEFAULT;
    Fill fill = Fill.of(Color.BLACK);
    Optional<Halo> halo = Optional.empty();
    LabelPlacement placement = LabelPlacement.DEFAULT;
    double maxDisplacement = 0;
    while (c.nextChild()) {
      switch (c.name()) {
        case "Label" -> label = Optional.of(label());
        case "Font" -> font = font();
        case "Fill" -> fill = fill();
        case "Halo" -> halo = Optional.of(halo());
        case "LabelPlacement" -> placement = placement();
        case "VendorOption" -> {
          String option = c.attribute("name").orElse("");
          if (!option.equals("maxDisplacement")) {
            throw c.error("vendor option '" + option + "' is not supported (supported: maxDisplacement)");
          }
          maxDisplacement = nonNegative("maxDisplacement");
        }
        case "Graphic" -> throw c.error("label graphics (shields) are not supported");
        default -> common("TextSymbolizer");
      }
    }
    String property = label.orElseThrow(() -> c.error("TextSymbolizer needs a Label"));
    LabelFont f = font;
    Fill textFill = fill;
    Optional<Halo> h = halo;
    LabelPlacement p = placement;
    double d = maxDisplacement;
    return build(() -> new TextSymbolizer(property, f, textFill, h, p, d));
  }

  private String label() {
    String property = null;
    while (c.nextChild()) {
      if (!c.name().equals("PropertyName") && !c.name().equals("ValueReference")) {
        throw c.error("'" + c.name() + "' in Label: a label is the value of one PropertyName");
      }
      if (property != null) {
        throw c.error("a Label holds exactly one PropertyName");
      }
      property = FilterReader.propertyName(c);
    }
    if (property == null) {
      throw c.error("a Label holds exactly one PropertyName");
    }
    return property;
  }

  private LabelFont font() {
    List<String> families = new ArrayList<>();
    double size = LabelFont.DEFAULT.size();
    boolean bold = false;
    boolean italic = false;
    while (c.nextChild()) {
      String name = parameterName("Font");
      String value = c.constant("parameter '" + name + "'");
      switch (name) {
        case "font-family" -> {
          for (String f : value.split(",")) {
            String family = f.trim().replaceAll("^['\"]|['\"]$", "");
            if (!family.isEmpty()) {
              families.add(family);
            }
          }
        }
        case "font-size" -> size = parse(() -> ParameterValues.nonNegative(name, value));
        case "font-style" -> italic = switch (value.toLowerCase(Locale.ROOT)) {
          case "normal" -> false;
          case "italic", "oblique" -> true;
          default -> throw c.error("font-style: '" + value + "' is not normal, italic or oblique");
        };
        case "font-weight" -> bold = switch (value.toLowerCase(Locale.ROOT)) {
          case "normal" -> false;
          case "bold", "bolder" -> true;
          default -> {
            if (value.matches("[1-9]00")) {
              yield Integer.parseInt(value) >= 600;
            }
            throw c.error("font-weight: '" + value + "' is not normal or bold");
          }
        };
        default -> throw c.error("unknown Font parameter '" + name + "'");
      }
    }
    double s = size;
    boolean b = bold;
    boolean i = italic;
    return build(() -> new LabelFont(families, s, b, i));
  }

  private Halo halo() {
    double radius = 1;
    Fill fill = Fill.of(Color.WHITE);
    while (c.nextChild()) {
      switch (c.name()) {
        case "Radius" -> radius = nonNegative("Radius");
        case "Fill" -> fill = fill();
        default -> throw c.unknown("Halo");
      }
    }
    return new Halo(radius, fill);
  }

  private LabelPlacement placement() {
    LabelPlacement out = LabelPlacement.DEFAULT;
    while (c.nextChild()) {
      switch (c.name()) {
        case "PointPlacement" -> out = pointPlacement();
        case "LinePlacement" -> out = linePlacement();
        default -> throw c.unknown("LabelPlacement");
      }
    }
    return out;
  }

  private LabelPlacement.PointPlacement pointPlacement() {
    double[] anchor = {0, 0.5};
    double[] displacement = {0, 0};
    double rotation = 0;
    while (c.nextChild()) {
      switch (c.name()) {
        case "AnchorPoint" -> pair("AnchorPoint", "AnchorPointX", "AnchorPointY", anchor);
        case "Displacement" -> pair("Displacement", "DisplacementX", "DisplacementY", displacement);
        case "Rotation" -> rotation = c.number("Rotation");
        default -> throw c.unknown("PointPlacement");
      }
    }
    return new LabelPlacement.PointPlacement(anchor[0], anchor[1], displacement[0], displacement[1], rotation);
  }

  private LabelPlacement.LinePlacement linePlacement() {
    double offset = 0;
    while (c.nextChild()) {
      if (c.name().equals("PerpendicularOffset")) {
        offset = c.number("PerpendicularOffset");
      } else {
        throw c.error("'" + c.name() + "' in LinePlacement is not supported (supported: PerpendicularOffset)");
      }
    }
    return new LabelPlacement.LinePlacement(offset);
  }

  private void pair(String parent, String xName, String yName, double[] into) {
    while (c.nextChild()) {
      if (c.name().equals(xName)) {
        into[0] = c.number(xName);
      } else if (c.name().equals(yName)) {
        into[1] = c.number(yName);
      } else {
        throw c.unknown(parent);
      }
    }
  }

  private Fill fill() {
    Color colour = Fill.DEFAULT.color();
    double opacity = 1;
    while (c.nextChild()) {
      if (c.name().equals("GraphicFill")) {
        throw c.error("GraphicFill is not supported: use a solid fill");
      }
      String name = parameterName("Fill");
      String value = c.constant("parameter '" + name + "'");
      switch (name) {
        case "fill" -> colour = parse(() -> ParameterValues.colour(name, value));
        case "fill-opacity" -> opacity = parse(() -> ParameterValues.opacity(name, value));
        default -> throw c.error("unknown Fill parameter '" + name + "'");
      }
    }
    return new Fill(colour, opacity);
  }

  private Stroke stroke() {
    Stroke s = Stroke.DEFAULT;
    Color colour = s.color();
    double opacity = s.opacity();
    double width = s.width();
    List<Double> dashes = s.dashArray();
    double dashOffset = 0;
    LineCap cap = s.cap();
    LineJoin join = s.join();
    while (c.nextChild()) {
      if (c.name().equals("GraphicFill") || c.name().equals("GraphicStroke")) {
        throw c.error(c.name() + " is not supported: use a solid or dashed stroke");
      }
      String name = parameterName("Stroke");
      String value = c.constant("parameter '" + name + "'");
      switch (name) {
        case "stroke" -> colour = parse(() -> ParameterValues.colour(name, value));
        case "stroke-opacity" -> opacity = parse(() -> ParameterValues.opacity(name, value));
        case "stroke-width" -> width = parse(() -> ParameterValues.nonNegative(name, value));
        case "stroke-dasharray" -> dashes = parse(() -> ParameterValues.dashes(name, value));
        case "stroke-dashoffset" -> dashOffset = parse(() -> ParameterValues.number(name, value));
        case "stroke-linecap" -> cap = parse(() -> ParameterValues.cap(name, value));
        case "stroke-linejoin" -> join = parse(() -> ParameterValues.join(name, value));
        default -> throw c.error("unknown Stroke parameter '" + name + "'");
      }
    }
    return new Stroke(colour, opacity, width, dashes, dashOffset, cap, join);
  }

  /** Elements any symbolizer may have: names and descriptions are skipped; the rest is refused. */
  private void common(String parent) {
    switch (c.name()) {
      case "Name", "Description" -> c.skip();
      case "Geometry" -> throw c.error("'Geometry' in " + parent
          + " is not supported: symbolizers draw the feature's own geometry");
      case "VendorOption" -> throw c.error("vendor option '" + c.attribute("name").orElse("")
          + "' is not supported in " + parent);
      default -> throw c.unknown(parent);
    }
  }

  private String parameterName(String parent) {
    if (!c.name().equals("CssParameter") && !c.name().equals("SvgParameter")) {
      throw c.unknown(parent);
    }
    return c.attribute("name").orElseThrow(() -> c.error(c.name() + " needs a name attribute"));
  }

  private double nonNegative(String what) {
    double d = c.number(what);
    if (d < 0) {
      throw c.error(what + ": " + d + " must not be negative");
    }
    return d;
  }

  private double opacity(String what) {
    double d = c.number(what);
    if (d < 0 || d > 1) {
      throw c.error(what + ": " + d + " is not between 0 and 1");
    }
    return d;
  }

  private <T> T parse(Supplier<T> parse) {
    return build(parse);
  }

  private <T> T build(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw c.error(e.getMessage());
    }
  }
}
