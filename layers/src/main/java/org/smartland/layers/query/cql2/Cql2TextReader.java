package org.smartland.layers.query.cql2;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.cql2.Cql2Token.Kind;

/**
 * The recursive-descent parser of CQL2 text, over the tokens of one filter:
 *
 * <pre>
 * filter    = or END
 * or        = and { OR and }
 * and       = not { AND not }
 * not       = { NOT } primary
 * primary   = "(" or ")" | S_xxx(arg, arg) | T_xxx(arg, arg) | operand [ tail ]
 * tail      = comparison operand | [NOT] LIKE operand | [NOT] BETWEEN operand AND operand
 *           | [NOT] IN "(" operand { "," operand } ")" | IS [NOT] NULL
 * operand   = property | "property" | 'string' | number | TRUE | FALSE | CASEI(operand) | DATE('…')
 *           | TIMESTAMP('…') | INTERVAL(bound, bound) | WKT | BBOX(…)
 * </pre>
 *
 * A bare {@code TRUE} or {@code FALSE} is a predicate. Parentheses and NOT nest at most {@code maxDepth}
 * levels, counted before descending, so that deep input fails without exhausting the stack. Keywords and
 * function names are case-insensitive; a word followed by {@code (} is a function, and unknown functions are
 * refused by name.
 */
final class Cql2TextReader {
  private static final Set<String> RESERVED = Set.of("AND", "OR", "NOT", "LIKE", "BETWEEN", "IN", "IS", "NULL");

  private final Cql2Cursor c;
  private final Cql2Predicates predicates;
  private final Cql2WktReader wkt;
  private final int maxDepth;

  Cql2TextReader(List<Cql2Token> tokens, Cql2Predicates predicates, Cql2Geometries geometries, int maxDepth) {
    this.c = new Cql2Cursor(tokens);
    this.predicates = predicates;
    this.wkt = new Cql2WktReader(c, geometries, maxDepth);
    this.maxDepth = maxDepth;
  }

  Filter filter() {
    if (c.peek().is(Kind.END)) {
      throw Cql2Cursor.error(c.peek(), "the filter is empty");
    }
    Filter f = or(0);
    Cql2Token t = c.peek();
    if (!t.is(Kind.END)) {
      throw Cql2Cursor.error(t, t.is(Kind.CLOSE) ? "')' closes no '('"
          : "expected AND, OR or the end of the filter but found " + t.shown());
    }
    return f;
  }

  private Filter or(int depth) {
    List<Filter> terms = new ArrayList<>();
    terms.add(and(depth));
    while (c.peek().isWord("OR")) {
      Cql2Token or = c.take();
      if (terms.size() == 1) {
        count(or);
      }
      terms.add(and(depth));
    }
    return terms.size() == 1 ? terms.get(0) : new Filter.Or(terms);
  }

  private Filter and(int depth) {
    List<Filter> factors = new ArrayList<>();
    factors.add(not(depth));
    while (c.peek().isWord("AND")) {
      Cql2Token and = c.take();
      if (factors.size() == 1) {
        count(and);
      }
      factors.add(not(depth));
    }
    return factors.size() == 1 ? factors.get(0) : new Filter.And(factors);
  }

  private Filter not(int depth) {
    int nots = 0;
    while (c.peek().isWord("NOT")) {
      Cql2Token t = c.take();
      depth = deeper(t, depth);
      count(t);
      nots++;
    }
    Filter f = primary(depth);
    for (int i = 0; i < nots; i++) {
      f = new Filter.Not(f);
    }
    return f;
  }

  private Filter primary(int depth) {
    Cql2Token t = c.peek();
    if (t.is(Kind.OPEN)) {
      c.take();
      Filter f = or(deeper(t, depth));
      c.expect(Kind.CLOSE, "expected ')' to close the '(' at " + (t.position() + 1));
      return f;
    }
    if (t.is(Kind.WORD) && c.peek(1).is(Kind.OPEN)
        && Cql2Predicates.isPredicateFunction(Cql2Predicates.upper(t.text()))) {
      return functionPredicate();
    }
    Operand left = operand(null);
    return tail(t, left);
  }

  private int deeper(Cql2Token at, int depth) {
    if (depth + 1 > maxDepth) {
      throw Cql2Cursor.error(at, "the filter nests deeper than " + maxDepth + " levels");
    }
    return depth + 1;
  }

  private void count(Cql2Token at) {
    Cql2Cursor.at(at, () -> {
      predicates.count(1);
      return null;
    });
  }

  /** What follows the first operand of a predicate. */
  private Filter tail(Cql2Token start, Operand left) {
    Cql2Token t = c.peek();
    if (t.is(Kind.COMPARISON)) {
      Cql2Token op = c.take();
      count(op);
      Operand right = operand(op);
      return Cql2Cursor.at(start, () -> predicates.compare(Cql2Predicates.COMPARISONS.get(op.text()), left, right));
    }
    boolean negated = t.isWord("NOT");
    if (negated) {
      count(c.take());
      t = c.peek();
      if (!t.isWord("LIKE") && !t.isWord("BETWEEN") && !t.isWord("IN")) {
        throw Cql2Cursor.error(t, "expected LIKE, BETWEEN or IN after NOT but found " + t.shown());
      }
    }
    Filter f;
    if (t.isWord("LIKE")) {
      count(c.take());
      Operand pattern = operand(t);
      f = Cql2Cursor.at(start, () -> predicates.like(left, pattern));
    } else if (t.isWord("BETWEEN")) {
      count(c.take());
      Operand low = operand(t);
      Cql2Token and = c.expectWord("AND", "expected AND between the bounds of BETWEEN");
      Operand high = operand(and);
      f = Cql2Cursor.at(start, () -> predicates.between(left, low, high));
    } else if (t.isWord("IN")) {
      count(c.take());
      List<Operand> list = inList(t);
      f = Cql2Cursor.at(start, () -> predicates.in(left, list));
    } else if (t.isWord("IS")) {
      count(c.take());
      boolean notNull = c.peek().isWord("NOT");
      if (notNull) {
        count(c.take());
      }
      c.expectWord("NULL", "expected NULL after IS" + (notNull ? " NOT" : ""));
      Filter isNull = Cql2Cursor.at(start, () -> predicates.isNull(left));
      f = notNull ? new Filter.Not(isNull) : isNull;
    } else if (left instanceof Operand.Value v && v.value() instanceof Boolean b) {
      return Cql2Predicates.bool(b);
    } else {
      throw Cql2Cursor.error(t, "expected a comparison (=, <>, <, >, <=, >=), LIKE, BETWEEN, IN or IS after "
          + Operand.describe(left) + " but found " + t.shown());
    }
    return negated ? new Filter.Not(f) : f;
  }

  private List<Operand> inList(Cql2Token in) {
    Cql2Token open = c.expect(Kind.OPEN, "expected '(' after IN");
    List<Operand> list = new ArrayList<>();
    if (c.peek().is(Kind.CLOSE)) {
      throw Cql2Cursor.error(c.peek(), "IN needs at least one value");
    }
    while (true) {
      count(c.peek());
      list.add(operand(list.isEmpty() ? open : in));
      if (!c.peek().is(Kind.COMMA)) {
        break;
      }
      c.take();
    }
    c.expect(Kind.CLOSE, "expected ',' or ')' in the IN list");
    return list;
  }

  /** {@code S_xxx(a, b)}, {@code T_xxx(a, b)} or a refused {@code A_xxx(...)}. */
  private Filter functionPredicate() {
    Cql2Token name = c.take();
    String function = Cql2Predicates.upper(name.text());
    if (Cql2Predicates.ARRAY.contains(function)) {
      throw Cql2Cursor.error(name, "array functions (" + function + ") are not supported");
    }
    Cql2Token open = c.take();
    count(name);
    Operand a = operand(open);
    Cql2Token comma = c.expect(Kind.COMMA, "expected ',' between the two arguments of " + function);
    Operand b = operand(comma);
    c.expect(Kind.CLOSE, function + " takes two arguments: expected ')'");
    return Cql2Cursor.at(name, () -> Cql2Predicates.SPATIAL.containsKey(function)
        ? predicates.spatial(function, a, b) : predicates.temporal(function, a, b));
  }

  /** A property, a literal or a value function; {@code after} names what came before, for messages. */
  private Operand operand(Cql2Token after) {
    Cql2Token t = c.peek();
    String where = after == null ? "" : " after " + after.shown();
    switch (t.kind()) {
      case STRING, NUMBER -> {
        c.take();
        return new Operand.Value(t.value());
      }
      case QUOTED -> {
        c.take();
        return new Operand.Property(t.text());
      }
      case WORD -> {
        String upper = Cql2Predicates.upper(t.text());
        if (Cql2WktReader.TYPES.contains(upper)) {
          c.take();
          return new Operand.Shape(wkt.geometry(t, 0));
        }
        if (c.peek(1).is(Kind.OPEN)) {
          return function();
        }
        if (upper.equals("TRUE") || upper.equals("FALSE")) {
          c.take();
          return new Operand.Value(upper.equals("TRUE"));
        }
        if (upper.equals("NULL")) {
          throw Cql2Cursor.error(t, "NULL is not a value: test for it with 'property IS NULL'");
        }
        if (RESERVED.contains(upper)) {
          throw Cql2Cursor.error(t, "expected a property or a literal" + where + " but found " + t.shown());
        }
        c.take();
        return new Operand.Property(t.text());
      }
      default -> throw Cql2Cursor.error(t, "expected a property or a literal" + where + " but found " + t.shown());
    }
  }

  /** {@code CASEI(x)}, {@code DATE('…')}, {@code TIMESTAMP('…')}, {@code INTERVAL(a, b)}, or a refused function. */
  private Operand function() {
    Cql2Token name = c.take();
    String function = Cql2Predicates.upper(name.text());
    Cql2Token open = c.take();
    switch (function) {
      case "CASEI" -> {
        Operand inner = operand(open);
        c.expect(Kind.CLOSE, "expected ')' to close CASEI(");
        boolean string = inner instanceof Operand.Value v && v.value() instanceof String;
        if (!(inner instanceof Operand.Property) && !string) {
          throw Cql2Cursor.error(name, "CASEI takes a property or a string, not " + Operand.describe(inner));
        }
        return new Operand.CaseInsensitive(inner);
      }
      case "DATE", "TIMESTAMP" -> {
        return new Operand.Value(instant(name, function));
      }
      case "INTERVAL" -> {
        Object start = intervalBound();
        c.expect(Kind.COMMA, "expected ',' between the bounds of INTERVAL");
        Object end = intervalBound();
        c.expect(Kind.CLOSE, "INTERVAL takes two bounds: expected ')'");
        return Cql2Cursor.at(name, () -> Cql2Literals.interval(start, end));
      }
      case "ACCENTI" -> throw Cql2Cursor.error(name, "ACCENTI (accent-insensitive comparison) is not supported");
      default -> {
        if (Cql2Predicates.isPredicateFunction(function)) {
          throw Cql2Cursor.error(name, function + " is a predicate, not a value");
        }
        throw Cql2Cursor.error(name, "unknown function '" + Cql2Literals.abbreviate(name.text()) + "'");
      }
    }
  }

  /** The string of {@code DATE(} or {@code TIMESTAMP(}, already opened, and its closing parenthesis. */
  private Object instant(Cql2Token name, String function) {
    Cql2Token s = c.expect(Kind.STRING, function.equals("DATE") ? "DATE takes a string such as '2020-01-31'"
        : "TIMESTAMP takes a string such as '2020-01-31T10:00:00Z'");
    c.expect(Kind.CLOSE, "expected ')' to close " + function + "(");
    return Cql2Cursor.at(s, () -> function.equals("DATE") ? Cql2Literals.date(s.text())
        : Cql2Literals.timestamp(s.text()));
  }

  /** An INTERVAL bound: {@code '..'}, a date or timestamp string, or {@code DATE(…)} / {@code TIMESTAMP(…)}. */
  private Object intervalBound() {
    Cql2Token t = c.peek();
    if (t.is(Kind.STRING)) {
      c.take();
      return Cql2Cursor.at(t, () -> Cql2Literals.intervalBound(t.text()));
    }
    if ((t.isWord("DATE") || t.isWord("TIMESTAMP")) && c.peek(1).is(Kind.OPEN)) {
      c.take();
      c.take();
      return instant(t, Cql2Predicates.upper(t.text()));
    }
    if (t.is(Kind.WORD) || t.is(Kind.QUOTED)) {
      throw Cql2Cursor.error(t, "INTERVAL bounds from properties are not supported; use dates, timestamps or '..'");
    }
    throw Cql2Cursor.error(t, "expected an INTERVAL bound (a date or timestamp string, or '..') but found "
        + t.shown());
  }
}
