package org.smartland.layers.query.fes;

import java.util.Set;
import org.smartland.layers.query.Filter;
import org.smartland.layers.xml.XmlCursor;

/**
 * Comparison operators between one property and literals: the six comparisons, {@code PropertyIsLike},
 * {@code PropertyIsNull}/{@code PropertyIsNil} and {@code PropertyIsBetween}. Other expressions (functions,
 * arithmetic, two properties) are refused, naming the element.
 */
final class FesComparisons {
  static final Set<String> OPERATORS = Set.of("PropertyIsEqualTo", "PropertyIsNotEqualTo", "PropertyIsLessThan",
      "PropertyIsLessThanOrEqualTo", "PropertyIsGreaterThan", "PropertyIsGreaterThanOrEqualTo", "PropertyIsLike",
      "PropertyIsNull", "PropertyIsNil", "PropertyIsBetween");

  private final XmlCursor c;

  FesComparisons(XmlCursor c) {
    this.c = c;
  }

  /** The comparison operator at the cursor, one of {@link #OPERATORS}. */
  Filter read() {
    return switch (c.name()) {
      case "PropertyIsEqualTo" -> compare(Filter.ComparisonOp.EQ);
      case "PropertyIsNotEqualTo" -> compare(Filter.ComparisonOp.NE);
      case "PropertyIsLessThan" -> compare(Filter.ComparisonOp.LT);
      case "PropertyIsLessThanOrEqualTo" -> compare(Filter.ComparisonOp.LE);
      case "PropertyIsGreaterThan" -> compare(Filter.ComparisonOp.GT);
      case "PropertyIsGreaterThanOrEqualTo" -> compare(Filter.ComparisonOp.GE);
      case "PropertyIsLike" -> like();
      case "PropertyIsBetween" -> between();
      default -> isNull();
    };
  }

  private Filter compare(Filter.ComparisonOp op) {
    String opName = c.name();
    boolean matchCase = !c.attribute("matchCase").map(v -> v.trim().equalsIgnoreCase("false")).orElse(false);
    String property = null;
    String literal = null;
    boolean literalFirst = false;
    while (c.nextChild()) {
      if (c.name().equals("Literal")) {
        if (literal != null) {
          throw c.error(opName + " compares one property with one literal");
        }
        literalFirst = property == null;
        literal = literal();
      } else {
        property = property(property, opName);
      }
    }
    if (property == null || literal == null) {
      throw c.error(opName + " compares one property with one literal");
    }
    if (!matchCase && (op == Filter.ComparisonOp.EQ || op == Filter.ComparisonOp.NE)) {
      Filter like = new Filter.Like(property, escapeLike(literal), true);
      return op == Filter.ComparisonOp.EQ ? like : new Filter.Not(like);
    }
    return new Filter.Compare(property, literalFirst ? flip(op) : op, literal);
  }

  private Filter like() {
    String wild = c.attribute("wildCard").orElse("*");
    String single = c.attribute("singleChar").orElse(".");
    String escape = c.attribute("escapeChar").or(() -> c.attribute("escape")).orElse("\\");
    boolean matchCase = !c.attribute("matchCase").map(v -> v.trim().equalsIgnoreCase("false")).orElse(false);
    if (wild.length() != 1 || single.length() != 1 || escape.length() != 1) {
      throw c.error("PropertyIsLike wildCard, singleChar and escapeChar must be single characters");
    }
    String property = null;
    String pattern = null;
    while (c.nextChild()) {
      if (c.name().equals("Literal")) {
        if (pattern != null) {
          throw c.error("PropertyIsLike holds one Literal pattern");
        }
        pattern = literal();
      } else {
        property = property(property, "PropertyIsLike");
      }
    }
    if (property == null || pattern == null) {
      throw c.error("PropertyIsLike needs a PropertyName and a Literal pattern");
    }
    return new Filter.Like(property, sqlPattern(pattern, wild.charAt(0), single.charAt(0), escape.charAt(0)),
        !matchCase);
  }

  private Filter isNull() {
    String opName = c.name();
    String property = null;
    while (c.nextChild()) {
      property = property(property, opName);
    }
    if (property == null) {
      throw c.error(opName + " needs a PropertyName");
    }
    return new Filter.IsNull(property);
  }

  private Filter between() {
    String property = null;
    String low = null;
    String high = null;
    while (c.nextChild()) {
      switch (c.name()) {
        case "LowerBoundary" -> low = boundary("LowerBoundary");
        case "UpperBoundary" -> high = boundary("UpperBoundary");
        default -> property = property(property, "PropertyIsBetween");
      }
    }
    if (property == null || low == null || high == null) {
      throw c.error("PropertyIsBetween needs a PropertyName, a LowerBoundary and an UpperBoundary");
    }
    return new Filter.Between(property, low, high);
  }

  private String boundary(String name) {
    String value = null;
    while (c.nextChild()) {
      if (!c.name().equals("Literal") || value != null) {
        throw c.error(name + " holds one Literal");
      }
      value = literal();
    }
    if (value == null) {
      throw c.error(name + " holds one Literal");
    }
    return value;
  }

  /** The literal at the cursor, verbatim (white space included), bounded in length. */
  private String literal() {
    String text = c.rawText();
    if (text.length() > FesFilterReader.MAX_LITERAL_LENGTH) {
      throw c.error("a Literal is longer than " + FesFilterReader.MAX_LITERAL_LENGTH + " characters");
    }
    return text;
  }

  private String property(String already, String opName) {
    String name = c.name();
    if (!name.equals("PropertyName") && !name.equals("ValueReference")) {
      String what = name.equals("Function") ? "function '" + c.attribute("name").orElse("") + "'" : "'" + name + "'";
      throw c.error(what + " in " + opName
          + ": filter expressions other than a property name and a literal are not supported");
    }
    if (already != null) {
      throw c.error(opName + " names one property");
    }
    return FesFilterReader.propertyName(c);
  }

  private static Filter.ComparisonOp flip(Filter.ComparisonOp op) {
    return switch (op) {
      case LT -> Filter.ComparisonOp.GT;
      case LE -> Filter.ComparisonOp.GE;
      case GT -> Filter.ComparisonOp.LT;
      case GE -> Filter.ComparisonOp.LE;
      default -> op;
    };
  }

  /** The OGC pattern in the SQL form of {@link Filter.Like}: {@code %}, {@code _}, {@code \} escapes. */
  static String sqlPattern(String ogc, char wild, char single, char escape) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < ogc.length(); i++) {
      char ch = ogc.charAt(i);
      if (ch == escape && i + 1 < ogc.length()) {
        out.append(escapeLike(String.valueOf(ogc.charAt(++i))));
      } else if (ch == wild) {
        out.append('%');
      } else if (ch == single) {
        out.append('_');
      } else {
        out.append(escapeLike(String.valueOf(ch)));
      }
    }
    return out.toString();
  }

  private static String escapeLike(String literal) {
    return literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
