package org.smartland.layers.query.cql2;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.smartland.layers.query.Filter;

/**
 * Walks the JSON tree of one CQL2 JSON filter: {@code {"op": …, "args": […]}} expressions ({@code and},
 * {@code or}, {@code not}, the six comparisons, {@code like}, {@code between}, {@code in}, {@code isNull},
 * {@code s_*}, {@code t_*}; op names case-insensitive), {@code true}/{@code false}, and as operands
 * {@code {"property": …}}, strings, numbers, booleans, {@code {"date": …}}, {@code {"timestamp": …}},
 * {@code {"interval": […]}}, {@code {"op": "casei", …}}, {@code {"bbox": […]}} and GeoJSON geometries (read by
 * {@link GeoJsonLiterals}). Unexpected members are refused. Logical operators nest at most {@code maxDepth}
 * levels; errors name the JSON path, e.g. {@code $.args[1].args[0]}.
 */
final class Cql2JsonReader {
  private static final Set<String> OPERATOR_MEMBERS = Set.of("op", "args");

  private final Cql2Predicates predicates;
  private final GeoJsonLiterals geoJson;
  private final int maxDepth;
  private final int maxLiteralLength;

  Cql2JsonReader(Cql2Predicates predicates, Cql2Geometries geometries, Cql2Limits limits) {
    this.predicates = predicates;
    this.geoJson = new GeoJsonLiterals(geometries, limits.maxDepth());
    this.maxDepth = limits.maxDepth();
    this.maxLiteralLength = limits.maxLiteralLength();
  }

  static Cql2Exception error(String path, String message) {
    return new Cql2Exception("CQL2 JSON at " + path + ": " + message);
  }

  static <T> T at(String path, Supplier<T> step) {
    try {
      return step.get();
    } catch (Refusal r) {
      throw error(path, r.getMessage());
    }
  }

  Filter filter(JsonNode root) {
    return expression(root, "$", 0);
  }

  private Filter expression(JsonNode n, String path, int depth) {
    if (n.isBoolean()) {
      return Cql2Predicates.bool(n.booleanValue());
    }
    if (!n.isObject() || !n.has("op")) {
      throw error(path, n.isObject() && n.has("property")
          ? "a property is not a filter by itself; compare it, e.g. "
              + "{\"op\": \"=\", \"args\": [{\"property\": \"name\"}, \"x\"]}"
          : "expected a filter expression ({\"op\": …, \"args\": […]}, true or false) but found " + kind(n));
    }
    String op = operator(n, path);
    JsonNode args = n.get("args");
    String argsPath = path + ".args";
    switch (op) {
      case "AND", "OR" -> {
        List<JsonNode> list = args(args, argsPath, op, 2, Integer.MAX_VALUE);
        int d = deeper(path, depth);
        count(path, 1);
        List<Filter> operands = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
          operands.add(expression(list.get(i), argsPath + "[" + i + "]", d));
        }
        return op.equals("AND") ? new Filter.And(operands) : new Filter.Or(operands);
      }
      case "NOT" -> {
        List<JsonNode> list = args(args, argsPath, op, 1, 1);
        int d = deeper(path, depth);
        count(path, 1);
        return new Filter.Not(expression(list.get(0), argsPath + "[0]", d));
      }
      case "LIKE" -> {
        List<Operand> o = operands(args, argsPath, op, 2);
        return at(path, () -> predicates.like(o.get(0), o.get(1)));
      }
      case "BETWEEN" -> {
        List<Operand> o = operands(args, argsPath, op, 3);
        return at(path, () -> predicates.between(o.get(0), o.get(1), o.get(2)));
      }
      case "IN" -> {
        return in(args, argsPath, path);
      }
      case "ISNULL" -> {
        JsonNode operand = args != null && args.isObject() ? args : args(args, argsPath, "isNull", 1, 1).get(0);
        String operandPath = args != null && args.isObject() ? argsPath : argsPath + "[0]";
        count(path, 1);
        Operand o = operand(operand, operandPath);
        return at(path, () -> predicates.isNull(o));
      }
      default -> {
        if (Cql2Predicates.COMPARISONS.containsKey(op)) {
          List<Operand> o = operands(args, argsPath, op, 2);
          return at(path, () -> predicates.compare(Cql2Predicates.COMPARISONS.get(op), o.get(0), o.get(1)));
        }
        if (Cql2Predicates.SPATIAL.containsKey(op) || Cql2Temporal.FUNCTIONS.contains(op)) {
          List<Operand> o = operands(args, argsPath, op, 2);
          return at(path, () -> Cql2Predicates.SPATIAL.containsKey(op) ? predicates.spatial(op, o.get(0), o.get(1))
              : predicates.temporal(op, o.get(0), o.get(1)));
        }
        throw error(path + ".op", unknownOperator(n.get("op").asText(), op, "a filter expression"));
      }
    }
  }

  private Filter in(JsonNode args, String argsPath, String path) {
    List<JsonNode> list = args(args, argsPath, "in", 2, 2);
    count(path, 1);
    Operand value = operand(list.get(0), argsPath + "[0]");
    JsonNode values = list.get(1);
    String valuesPath = argsPath + "[1]";
    if (!values.isArray()) {
      throw error(valuesPath, "the second argument of \"in\" is the array of values, not " + kind(values));
    }
    if (values.isEmpty()) {
      throw error(valuesPath, "IN needs at least one value");
    }
    List<Operand> operands = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      count(valuesPath, 1);
      operands.add(operand(values.get(i), valuesPath + "[" + i + "]"));
    }
    return at(path, () -> predicates.in(value, operands));
  }

  /** The upper-case op name of an operator object, whose only members are "op" and "args". */
  private static String operator(JsonNode n, String path) {
    JsonNode op = n.get("op");
    if (!op.isTextual()) {
      throw error(path + ".op", "\"op\" is a string, not " + kind(op));
    }
    for (Iterator<String> names = n.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!OPERATOR_MEMBERS.contains(name)) {
        throw error(path, "unexpected member \"" + Cql2Literals.abbreviate(name)
            + "\" (an operator has \"op\" and \"args\")");
      }
    }
    return Cql2Predicates.upper(op.asText());
  }

  private static List<JsonNode> args(JsonNode args, String path, String op, int min, int max) {
    String name = "\"" + op.toLowerCase(Locale.ROOT) + "\"";
    if (args == null || !args.isArray()) {
      throw error(path, name + " needs an \"args\" array" + (args == null ? "" : ", not " + kind(args)));
    }
    if (args.size() < min || args.size() > max) {
      throw error(path, name + " takes " + (min == max ? String.valueOf(min) : min == 2 && max == Integer.MAX_VALUE
          ? "at least two" : min + " to " + max) + " argument" + (max == 1 ? "" : "s") + ", found " + args.size());
    }
    List<JsonNode> out = new ArrayList<>();
    args.forEach(out::add);
    return out;
  }

  private List<Operand> operands(JsonNode args, String path, String op, int n) {
    List<JsonNode> list = args(args, path, op, n, n);
    count(path.substring(0, path.length() - ".args".length()), 1);
    List<Operand> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(operand(list.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  private int deeper(String path, int depth) {
    if (depth + 1 > maxDepth) {
      throw error(path, "the filter nests deeper than " + maxDepth + " levels");
    }
    return depth + 1;
  }

  private void count(String path, int n) {
    at(path, () -> {
      predicates.count(n);
      return null;
    });
  }

  /** A property, a literal or a value function. */
  private Operand operand(JsonNode n, String path) {
    if (n.isTextual()) {
      return new Operand.Value(at(path, () -> Cql2Literals.string(n.textValue(), maxLiteralLength)));
    }
    if (n.isIntegralNumber()) {
      if (!n.canConvertToLong()) {
        throw error(path, "the integer " + Cql2Literals.abbreviate(n.asText()) + " is out of range");
      }
      return new Operand.Value(n.longValue());
    }
    if (n.isNumber()) {
      double d = n.doubleValue();
      if (!Double.isFinite(d)) {
        throw error(path, "the number " + Cql2Literals.abbreviate(n.asText()) + " is out of range");
      }
      return new Operand.Value(d);
    }
    if (n.isBoolean()) {
      return new Operand.Value(n.booleanValue());
    }
    if (n.isNull()) {
      throw error(path, "null is not a value: test for it with {\"op\": \"isNull\", \"args\": [{\"property\": …}]}");
    }
    if (!n.isObject()) {
      throw error(path, "expected a property, a literal or a function but found " + kind(n));
    }
    if (n.has("op")) {
      return function(n, path);
    }
    String member = n.size() == 1 ? n.fieldNames().next() : n.has("type") ? "type" : "";
    return switch (member) {
      case "property" -> new Operand.Property(at(path, () -> Cql2Literals.propertyName(text(n, "property", path))));
      case "date" -> new Operand.Value(at(path + ".date", () -> Cql2Literals.date(text(n, "date", path))));
      case "timestamp" -> new Operand.Value(at(path + ".timestamp",
          () -> Cql2Literals.timestamp(text(n, "timestamp", path))));
      case "interval" -> interval(n.get("interval"), path + ".interval");
      case "bbox" -> new Operand.Shape(geoJson.bbox(n.get("bbox"), path + ".bbox"));
      case "type" -> new Operand.Shape(geoJson.geometry(n, path, 0));
      case "casei" -> caseInsensitive(n.get("casei"), path + ".casei");
      case "accenti" -> throw error(path, "ACCENTI (accent-insensitive comparison) is not supported");
      case "function" -> throw error(path, "unknown function '"
          + Cql2Literals.abbreviate(n.get("function").path("name").asText()) + "'");
      default -> throw error(path, "expected a property, a literal or a function but found an object with the members "
          + members(n));
    };
  }

  /** {@code {"op": "casei", "args": [x]}}, {@code {"op": "bbox", "args": [...]}} or a refused function. */
  private Operand function(JsonNode n, String path) {
    String op = operator(n, path);
    String argsPath = path + ".args";
    return switch (op) {
      case "CASEI" -> caseInsensitive(args(n.get("args"), argsPath, "casei", 1, 1).get(0), argsPath + "[0]");
      case "BBOX" -> new Operand.Shape(geoJson.bbox(n.get("args"), argsPath));
      case "ACCENTI" -> throw error(path, "ACCENTI (accent-insensitive comparison) is not supported");
      default -> throw error(path + ".op", unknownOperator(n.get("op").asText(), op, "a value"));
    };
  }

  private Operand caseInsensitive(JsonNode inner, String path) {
    Operand o = operand(inner, path);
    if (!(o instanceof Operand.Property) && !(o instanceof Operand.Value v && v.value() instanceof String)) {
      throw error(path, "CASEI takes a property or a string, not " + Operand.describe(o));
    }
    return new Operand.CaseInsensitive(o);
  }

  private Operand interval(JsonNode bounds, String path) {
    if (!bounds.isArray() || bounds.size() != 2) {
      throw error(path, "an interval is an array of two bounds, not " + kind(bounds));
    }
    Object start = intervalBound(bounds.get(0), path + "[0]");
    Object end = intervalBound(bounds.get(1), path + "[1]");
    return at(path, () -> Cql2Literals.interval(start, end));
  }

  private Object intervalBound(JsonNode n, String path) {
    if (n.isTextual()) {
      return at(path, () -> Cql2Literals.intervalBound(n.textValue()));
    }
    if (n.isObject() && n.size() == 1 && (n.has("date") || n.has("timestamp"))) {
      Operand.Value v = (Operand.Value) operand(n, path);
      return v.value();
    }
    if (n.isObject() && n.has("property")) {
      throw error(path, "INTERVAL bounds from properties are not supported; use dates, timestamps or \"..\"");
    }
    throw error(path, "expected an interval bound (a date or timestamp string, or \"..\") but found " + kind(n));
  }

  private static String text(JsonNode n, String member, String path) {
    JsonNode v = n.get(member);
    if (!v.isTextual()) {
      throw error(path + "." + member, "\"" + member + "\" is a string, not " + kind(v));
    }
    return v.textValue();
  }

  private static String unknownOperator(String written, String upper, String expected) {
    if (Cql2Predicates.ARRAY.contains(upper)) {
      return "array functions (" + written + ") are not supported";
    }
    if (Cql2Predicates.isPredicateFunction(upper) || Cql2Predicates.COMPARISONS.containsKey(upper)
        || Set.of("AND", "OR", "NOT", "LIKE", "BETWEEN", "IN", "ISNULL").contains(upper)) {
      return "\"" + written + "\" is a predicate, not " + expected;
    }
    if (Set.of("CASEI", "BBOX").contains(upper)) {
      return "\"" + written + "\" gives a value, not " + expected;
    }
    return "unknown function or operator '" + Cql2Literals.abbreviate(written) + "'";
  }

  private static String members(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(name -> names.add("\"" + Cql2Literals.abbreviate(name) + "\""));
    return names.isEmpty() ? "(none)" : String.join(", ", names);
  }

  static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "nothing";
    };
  }
}
