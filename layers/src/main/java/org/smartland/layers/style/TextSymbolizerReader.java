package org.smartland.layers.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smartland.layers.query.fes.FesFilterReader;
import org.smartland.layers.xml.XmlCursor;

/**
 * Reads a {@code TextSymbolizer}: the label property, font, fill, halo, point or line placement and the
 * {@code maxDisplacement} vendor option. Other vendor options, label graphics (shields) and line placement
 * options other than the perpendicular offset are errors naming file and line.
 */
final class TextSymbolizerReader {
  private final XmlCursor c;
  private final FillStrokeReader paint;

  TextSymbolizerReader(XmlCursor cursor, FillStrokeReader paint) {
    this.c = cursor;
    this.paint = paint;
  }

  /** Reads the text symbolizer at the cursor. */
  TextSymbolizer read() {
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
        case "Fill" -> fill = paint.fill(Color.BLACK);
        case "Halo" -> halo = Optional.of(halo());
        case "LabelPlacement" -> placement = placement();
        case "VendorOption" -> {
          String option = c.attribute("name").orElse("");
          if (!option.equals("maxDisplacement")) {
            throw c.error("vendor option '" + option + "' is not supported (supported: maxDisplacement)");
          }
          maxDisplacement = c.nonNegative("maxDisplacement");
        }
        case "Graphic" -> throw c.error("label graphics (shields) are not supported");
        default -> SymbolizerReader.common(c, "TextSymbolizer");
      }
    }
    String property = label.orElseThrow(() -> c.error("TextSymbolizer needs a Label"));
    LabelFont f = font;
    Fill textFill = fill;
    Optional<Halo> h = halo;
    LabelPlacement p = placement;
    double d = maxDisplacement;
    return paint.valid(() -> new TextSymbolizer(property, f, textFill, h, p, d));
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
      property = FesFilterReader.propertyName(c);
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
      String name = paint.parameterName("Font");
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
        case "font-size" -> size = paint.valid(() -> ParameterValues.nonNegative(name, value));
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
    return paint.valid(() -> new LabelFont(families, s, b, i));
  }

  private Halo halo() {
    double radius = 1;
    Fill fill = Fill.of(Color.WHITE);
    while (c.nextChild()) {
      switch (c.name()) {
        case "Radius" -> radius = c.nonNegative("Radius");
        case "Fill" -> fill = paint.fill(Color.WHITE);
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
}
