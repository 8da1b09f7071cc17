package org.smartland.layers.style;

import java.awt.Color;
import java.util.List;
import java.util.function.Supplier;
import org.smartland.layers.xml.XmlCursor;

/**
 * Reads {@code Fill} and {@code Stroke} elements and their {@code CssParameter}/{@code SvgParameter}s (fill,
 * fill-opacity; stroke, stroke-width, stroke-opacity, stroke-dasharray, stroke-dashoffset, stroke-linecap,
 * stroke-linejoin). Graphic fills and strokes and unknown parameter names are errors naming file and line.
 */
final class FillStrokeReader {
  private final XmlCursor c;

  FillStrokeReader(XmlCursor cursor) {
    this.c = cursor;
  }

  /** Reads the fill at the cursor; parameters left out keep the SLD defaults (grey, opaque). */
  Fill fill() {
    return fill(Fill.DEFAULT.color());
  }

  /** Reads the fill at the cursor; a colour left out is {@code defaultColour} (black for text, white for halos). */
  Fill fill(Color defaultColour) {
    Color colour = defaultColour;
    double opacity = 1;
    while (c.nextChild()) {
      if (c.name().equals("GraphicFill")) {
        throw c.error("GraphicFill is not supported: use a solid fill");
      }
      String name = parameterName("Fill");
      String value = c.constant("parameter '" + name + "'");
      switch (name) {
        case "fill" -> colour = valid(() -> ParameterValues.colour(name, value));
        case "fill-opacity" -> opacity = valid(() -> ParameterValues.opacity(name, value));
        default -> throw c.error("unknown Fill parameter '" + name + "'");
      }
    }
    return new Fill(colour, opacity);
  }

  /** Reads the stroke at the cursor; parameters left out keep the SLD defaults (black, 1 pixel, solid). */
  Stroke stroke() {
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
        case "stroke" -> colour = valid(() -> ParameterValues.colour(name, value));
        case "stroke-opacity" -> opacity = valid(() -> ParameterValues.opacity(name, value));
        case "stroke-width" -> width = valid(() -> ParameterValues.nonNegative(name, value));
        case "stroke-dasharray" -> dashes = valid(() -> ParameterValues.dashes(name, value));
        case "stroke-dashoffset" -> dashOffset = valid(() -> ParameterValues.number(name, value));
        case "stroke-linecap" -> cap = valid(() -> ParameterValues.cap(name, value));
        case "stroke-linejoin" -> join = valid(() -> ParameterValues.join(name, value));
        default -> throw c.error("unknown Stroke parameter '" + name + "'");
      }
    }
    return new Stroke(colour, opacity, width, dashes, dashOffset, cap, join);
  }

  /** The name of the parameter at the cursor; other elements are unknown in {@code parent}. */
  String parameterName(String parent) {
    if (!c.name().equals("CssParameter") && !c.name().equals("SvgParameter")) {
      throw c.unknown(parent);
    }
    return c.attribute("name").orElseThrow(() -> c.error(c.name() + " needs a name attribute"));
  }

  /** The value built, an {@link IllegalArgumentException} becoming an error at the cursor. */
  <T> T valid(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw c.error(e.getMessage());
    }
  }
}
