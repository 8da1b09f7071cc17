package org.smartland.layers.style;

import java.util.Optional;
import org.smartland.layers.xml.XmlCursor;

/**
 * Reads the four supported symbolizers: polygons, lines, points (one well-known mark) and labels (see
 * {@link TextSymbolizerReader}). Anything else that would change the drawing (graphic fills, external
 * graphics, geometry expressions, units other than pixels, unknown parameters or vendor options) is an error
 * naming file and line.
 */
final class SymbolizerReader {
  private static final String PIXEL_UOM = "http://www.opengeospatial.org/se/units/pixel";

  private final XmlCursor c;
  private final FillStrokeReader paint;
  private final TextSymbolizerReader text;

  SymbolizerReader(XmlCursor cursor) {
    this.c = cursor;
    this.paint = new FillStrokeReader(cursor);
    this.text = new TextSymbolizerReader(cursor, paint);
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
      case "TextSymbolizer" -> text.read();
      default -> throw c.error("unknown symbolizer '" + kind + "'");
    };
  }

  private PolygonSymbolizer polygon() {
    Optional<Fill> fill = Optional.empty();
    Optional<Stroke> stroke = Optional.empty();
    while (c.nextChild()) {
      switch (c.name()) {
        case "Fill" -> fill = Optional.of(paint.fill());
        case "Stroke" -> stroke = Optional.of(paint.stroke());
        default -> common(c, "PolygonSymbolizer");
      }
    }
    return new PolygonSymbolizer(fill, stroke);
  }

  private LineSymbolizer line() {
    Stroke stroke = Stroke.DEFAULT;
    double offset = 0;
    while (c.nextChild()) {
      switch (c.name()) {
        case "Stroke" -> stroke = paint.stroke();
        case "PerpendicularOffset" -> offset = c.number("PerpendicularOffset");
        default -> common(c, "LineSymbolizer");
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
        common(c, "PointSymbolizer");
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
                case "Fill" -> markFill = Optional.of(paint.fill());
                case "Stroke" -> markStroke = Optional.of(paint.stroke());
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
        case "Size" -> size = c.nonNegative("Size");
        case "Rotation" -> rotation = c.number("Rotation");
        case "Opacity" -> opacity = c.fraction("Opacity");
        default -> throw c.error("'" + c.name() + "' in Graphic is not supported (use Mark, Size, Rotation, Opacity)");
      }
    }
    double o = opacity;
    return new PointSymbolizer(mark, size, fill.map(f -> f.withOpacity(f.opacity() * o)),
        stroke.map(s -> s.withOpacity(s.opacity() * o)), rotation);
  }

  /** Elements any symbolizer may have: names and descriptions are skipped; the rest is refused. */
  static void common(XmlCursor c, String parent) {
    switch (c.name()) {
      case "Name", "Description" -> c.skip();
      case "Geometry" -> throw c.error("'Geometry' in " + parent
          + " is not supported: symbolizers draw the feature's own geometry");
      case "VendorOption" -> throw c.error("vendor option '" + c.attribute("name").orElse("")
          + "' is not supported in " + parent);
      default -> throw c.unknown(parent);
    }
  }
}
