package org.smartland.layers.gml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.smartland.layers.xml.XmlCursor;

/**
 * Reads the positions of one GML geometry ({@code pos}, {@code posList}, corners and {@code coordinates})
 * within a vertex budget, swapping them to x = east when the CRS name says north/east. Positions are 2D:
 * an {@code srsDimension} other than 2, an odd number of values or a third ordinate is an error. Values
 * must be finite numbers. The budget is checked while a list is read, so a huge list stops early.
 */
final class GmlPositions {
  private final XmlCursor c;
  private final int maxVertices;
  private int vertices;

  GmlPositions(XmlCursor c, int maxVertices) {
    this.c = c;
    this.maxVertices = maxVertices;
  }

  /** Fails when the current element declares an {@code srsDimension} other than 2. */
  void requireTwoDimensions() {
    var dimension = c.attribute("srsDimension");
    if (dimension.isPresent() && !dimension.get().trim().equals("2")) {
      throw c.error("srsDimension " + XmlCursor.abbreviate(dimension.get().trim())
          + " is not supported: positions must be 2D");
    }
  }

  /** The one position in a {@code pos}, {@code lowerCorner} or {@code upperCorner} element. */
  Coordinate position(boolean swap) {
    requireTwoDimensions();
    String what = c.name();
    double[] v = numbers(c.text(), what);
    if (v.length != 2) {
      throw c.error(what + " must hold 2 numbers (a 2D position), found " + v.length);
    }
    return coordinate(v[0], v[1], swap);
  }

  /** The positions in a {@code posList}: x y pairs. */
  Coordinate[] posList(boolean swap) {
    requireTwoDimensions();
    double[] v = numbers(c.text(), "posList");
    if (v.length % 2 != 0) {
      throw c.error("posList holds an odd number of values (" + v.length + "): positions must be 2D pairs");
    }
    Coordinate[] out = new Coordinate[v.length / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = coordinate(v[2 * i], v[2 * i + 1], swap);
    }
    return out;
  }

  /**
   * The tuples in a GML 2/3.1 {@code coordinates} element, with its {@code decimal} (default {@code .}),
   * {@code cs} (between the numbers of a tuple, default {@code ,}) and {@code ts} (between tuples, default
   * a space; any white space when blank).
   */
  Coordinate[] coordinates(boolean swap) {
    String decimal = separator("decimal", ".");
    String cs = separator("cs", ",");
    String ts = separator("ts", " ");
    if (decimal.equals(cs) || decimal.equals(ts) || cs.equals(ts)) {
      throw c.error("coordinates: decimal, cs and ts must differ");
    }
    String text = c.text();
    List<Coordinate> out = new ArrayList<>();
    boolean blankTs = ts.isBlank();
    int i = 0;
    while (i < text.length()) {
      int end;
      if (blankTs) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        end = i;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
          end++;
        }
      } else {
        end = text.indexOf(ts, i);
        end = end < 0 ? text.length() : end;
      }
      String tuple = text.substring(i, end).trim();
      i = blankTs ? end : end + ts.length();
      if (!tuple.isEmpty()) {
        out.add(tuple(tuple, decimal, cs, swap));
      }
    }
    return out.toArray(new Coordinate[0]);
  }

  private Coordinate tuple(String tuple, String decimal, String cs, boolean swap) {
    int split = tuple.indexOf(cs);
    if (split < 0 || tuple.indexOf(cs, split + cs.length()) >= 0) {
      throw c.error("coordinates: '" + XmlCursor.abbreviate(tuple) + "' is not a 2D tuple");
    }
    double x = number(tuple.substring(0, split).trim().replace(decimal, "."), "coordinates");
    double y = number(tuple.substring(split + cs.length()).trim().replace(decimal, "."), "coordinates");
    return coordinate(x, y, swap);
  }

  private String separator(String name, String fallback) {
    String s = c.attribute(name).orElse(fallback);
    if (s.isEmpty()) {
      throw c.error("coordinates: " + name + " must not be empty");
    }
    return s;
  }

  private Coordinate coordinate(double a, double b, boolean swap) {
    if (++vertices > maxVertices) {
      throw tooMany();
    }
    return swap ? new Coordinate(b, a) : new Coordinate(a, b);
  }

  /** The white-space separated numbers of a text, stopping as soon as they exceed the vertex budget. */
  private double[] numbers(String text, String what) {
    long room = 2L * (maxVertices - vertices) + 1;
    double[] out = new double[16];
    int n = 0;
    int i = 0;
    int len = text.length();
    while (true) {
      while (i < len && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= len) {
        break;
      }
      int start = i;
      while (i < len && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (n + 1 > room) {
        throw tooMany();
      }
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = number(text.substring(start, i), what);
    }
    return Arrays.copyOf(out, n);
  }

  /** An xsd:double written in decimal or exponent form; Java's extras (hex, {@code 1d}, NaN) are refused. */
  private double number(String s, String what) {
    if (decimalDigits(s)) {
      try {
        double d = Double.parseDouble(s);
        if (Double.isFinite(d)) {
          return d;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw c.error("'" + XmlCursor.abbreviate(s) + "' in " + what + " is not a number");
  }

  private static boolean decimalDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!(ch >= '0' && ch <= '9' || ch == '.' || ch == '-' || ch == '+' || ch == 'e' || ch == 'E')) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private RuntimeException tooMany() {
    return c.error("the geometry has more than " + maxVertices + " vertices");
  }
}
