package org.smartland.layers.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the constant values of SLD {@code CssParameter}/{@code SvgParameter}s: colours, opacities, widths,
 * dash arrays, line caps and joins. Each method throws {@link IllegalArgumentException} with a message that
 * names the parameter; the parser adds file and line.
 */
final class ParameterValues {
  private ParameterValues() {
  }

  /** {@code #rrggbb} or {@code #rgb}, case-insensitive. */
  static Color colour(String name, String value) {
    String v = value.trim();
    if (v.matches("#[0-9a-fA-F]{6}")) {
      return new Color(Integer.parseInt(v.substring(1), 16));
    }
    if (v.matches("#[0-9a-fA-F]{3}")) {
      int r = Character.digit(v.charAt(1), 16);
      int g = Character.digit(v.charAt(2), 16);
      int b = Character.digit(v.charAt(3), 16);
      return new Color(r * 17, g * 17, b * 17);
    }
    throw new IllegalArgumentException(name + ": '" + value + "' is not a colour (expected #rrggbb)");
  }

  /** A number from 0 to 1. */
  static double opacity(String name, String value) {
    double d = number(name, value);
    if (d < 0 || d > 1) {
      throw new IllegalArgumentException(name + ": " + value + " is not between 0 and 1");
    }
    return d;
  }

  /** A finite number, not negative. */
  static double nonNegative(String name, String value) {
    double d = number(name, value);
    if (d < 0) {
      throw new IllegalArgumentException(name + ": " + value + " must not be negative");
    }
    return d;
  }

  /** A finite number; a trailing {@code px} is accepted. */
  static double number(String name, String value) {
    String v = value.trim();
    if (v.endsWith("px")) {
      v = v.substring(0, v.length() - 2).trim();
    }
    try {
      double d = Double.parseDouble(v);
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + ": '" + value + "' is not a number");
  }

  /** Dash and gap lengths separated by spaces or commas. */
  static List<Double> dashes(String name, String value) {
    List<Double> out = new ArrayList<>();
    for (String part : value.trim().split("[\\s,]+")) {
      if (!part.isEmpty()) {
        out.add(nonNegative(name, part));
      }
    }
    if (out.isEmpty() || out.stream().mapToDouble(Double::doubleValue).sum() == 0) {
      throw new IllegalArgumentException(name + ": '" + value + "' has no dash length");
    }
    return out;
  }

  static LineCap cap(String name, String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "butt" -> LineCap.BUTT;
      case "round" -> LineCap.ROUND;
      case "square" -> LineCap.SQUARE;
      default -> throw new IllegalArgumentException(name + ": '" + value + "' is not butt, round or square");
    };
  }

  static LineJoin join(String name, String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "mitre", "miter" -> LineJoin.MITRE;
      case "round" -> LineJoin.ROUND;
      case "bevel" -> LineJoin.BEVEL;
      default -> throw new IllegalArgumentException(name + ": '" + value + "' is not mitre, round or bevel");
    };
  }
}
