package org.smartland.layers.style;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.smartland.layers.query.Filter;
import org.smartland.layers.store.sql.FilterSql;

/**
 * Reads an OGC filter (Filter Encoding 1.0/1.1, and the FES 2.0 spellings) into the {@link Filter} AST:
 * comparisons (equal, not equal, less, less or equal, greater, greater or equal) between a property and a
 * literal, {@code PropertyIsLike}, {@code PropertyIsNull}, {@code PropertyIsBetween}, {@code And},
 * {@code Or}, {@code Not}. Literals stay text: stores and the evaluator coerce them to the property's type.
 * An equality with {@code matchCase="false"} becomes a case-insensitive LIKE without wildcards. Anything else
 * (functions, arithmetic, spatial operators, feature ids) is refused with file and line.
 */
final class FilterReader {
  private static final Pattern PROPERTY = Pattern.compile("(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][A-Za-z0-9_]*)");

  private final XmlCursor c;

  FilterReader(XmlCursor cursor) {
    this.c = cursor;
  }

  /** Reads the {@code Filter} element at the cursor, which holds exactly one operator. */
  Filter read() {
    Filter result = null;
    while (c.nextChild()) {
      if (result != null) {
        throw c.error("a Filter holds one operator; combine several with And or Or");
      }
      result = operator(1);
    }
    if (result == null) {
      throw c.error("empty Filter");
    }
    return result;
  }

  /** Reads a {@code PropertyName} (or FES 2.0 {@code ValueReference}) at the cursor: a plain attribute name. */
  static String propertyName(XmlCursor c) {
    String text = c.text();
    var m = PROPERTY.matcher(text);
    if (!m.matches()) {
      throw c.error("property name '" + text + "' is not a plain attribute name");
    }
    return m.group(1);
  }

  private Filter operator(int depth) {
    if (depth > FilterSql.MAX_DEPTH) {
      throw c.error("filter nests deeper than " + FilterSql.MAX_DEPTH + " levels");
    }
    String op = c.name();
    return switch (op) {
      case "And", "Or" -> {
        List<Filter> operands = new ArrayList<>();
        while (c.nextChild()) {
          operands.add(operator(depth + 1));
        }
        if (operands.isEmpty()) {
          throw c.error(op + " needs at least one operand");
        }
        yield operands.size() == 1 ? operands.get(0)
            : op.equals("And") ? new Filter.And(operands) : new Filter.Or(operands);
      }
      case "Not" -> {
        Filter inner = null;
        while (c.nextChild()) {
          if (inner != null) {
            throw c.error("Not takes exactly one operand");
          }
          inner = operator(depth + 1);
        }
        if (inner == null) {
          throw c.error("Not takes exactly one operand");
        }
        yield new Filter.Not(inner);
      }
      case "PropertyIsEqualTo" -> compare(Filter.ComparisonOp.EQ);
      case "PropertyIsNotEqualTo" -> compare(Filter.ComparisonOp.NE);
      case "PropertyIsLessThan" -> compare(Filter.ComparisonOp.LT);
      case "PropertyIsLessThanOrEqualTo" -> compare(Filter.ComparisonOp.LE);
      case "PropertyIsGreaterThan" -> compare(Filter.ComparisonOp.GT);
      case "PropertyIsGreaterThanOrEqualTo" -> compare(Filter.ComparisonOp.GE);
      case "PropertyIsLike" -> like();
      case "PropertyIsNull" -> {
        String property = null;
        while (c.nextChild()) {
          property = property(property, "PropertyIsNull");
        }
        if (property == null) {
          throw c.error("PropertyIsNull needs a PropertyName");
        }
        yield new Filter.IsNull(property);
      }
      case "PropertyIsBetween" -> between();
      default -> throw c.error("unsupported filter '" + op + "' (supported: PropertyIsEqualTo, PropertyIsNotEqualTo, "
          + "PropertyIsLessThan[OrEqualTo], PropertyIsGreaterThan[OrEqualTo], PropertyIsLike, PropertyIsNull, "
          + "PropertyIsBetween, And, Or, Not)");
    };
  }

  private Filter compare(Filter.ComparisonOp op) {
    String opName = c.name();
    boolean matchCase = !c.attribute("matchCase").map(v -> v.equalsIgnoreCase("false")).orElse(false);
    String property = null;
    String literal = null;
    boolean literalFirst = false;
    while (c.nextChild()) {
      if (c.name().equals("Literal")) {
        if (literal != null) {
          throw c.error(opName + " compares one property with one literal");
        }
        literalFirst = property == null;
        literal = c.rawText();
      } else {
        property = property(property, opName);
      }
    }
    if (property == null || literal == null) {
      throw c.error(opName + " compares one property with one literal");
    }
    Filter.ComparisonOp effective = literalFirst ? flip(op) : op;
    if (!matchCase && (op == Filter.ComparisonOp.EQ || op == Filter.ComparisonOp.NE)) {
      Filter like = new Filter.Like(property, escapeLike(literal), true);
      return op == Filter.ComparisonOp.EQ ? like : new Filter.Not(like);
    }
    return new Filter.Compare(property, effective, literal);
  }

  private Filter like() {
    String wild = c.attribute("wildCard").orElse("*");
    String single = c.attribute("singleChar").orElse(".");
    String escape = c.attribute("escapeChar").or(() -> c.attribute("escape")).orElse("\\");
    boolean matchCase = !c.attribute("matchCase").map(v -> v.equalsIgnoreCase("false")).orElse(false);
    if (wild.length() != 1 || single.length() != 1 || escape.length() != 1) {
      throw c.error("PropertyIsLike wildCard, singleChar and escapeChar must be single characters");
    }
    String property = null;
    String pattern = null;
    while (c.nextChild()) {
      if (c.name().equals("Literal")) {
        pattern = c.rawText();
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
      value = c.rawText();
    }
    if (value == null) {
      throw c.error(name + " holds one Literal");
    }
    return value;
  }

  private String property(String already, String opName) {
    if (!c.name().equals("PropertyName") && !c.name().equals("ValueReference")) {
      throw c.error("'" + c.name() + "' in " + opName
          + ": filter expressions other than a property name and a literal are not supported");
    }
    if (already != null) {
      throw c.error(opName + " names one property");
    }
    return propertyName(c);
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
