package org.smartland.layers.query.cql2;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.Filter.ComparisonOp;

/**
 * The CQL2 temporal functions on a date or timestamp property, as comparisons of the property with the
 * literal's bounds.
 *
 * <p>Method: each function is the conjunction of comparisons between the ends of its two arguments, as CQL2
 * defines them (e.g. {@code T_DURING(a, b)}: a.start &gt; b.start AND a.end &lt; b.end). The property is an
 * instant, so both its ends are the property; the literal is a {@code DATE}, a {@code TIMESTAMP} (both ends
 * the same) or an {@code INTERVAL} whose {@code '..'} ends are unbounded. Each comparison then either holds
 * for every value (against an open end: dropped), for none (the whole function is FALSE), or becomes a
 * {@link Filter.Compare} of the property with a bound. {@code T_DISJOINT} is the negation of
 * {@code T_INTERSECTS}, written as a disjunction.
 *
 * <p>Results: {@code T_BEFORE(p, t)} is {@code p < t}, {@code T_AFTER} {@code p > t}, {@code T_EQUALS} and
 * {@code T_INTERSECTS} with an instant {@code p = t}, {@code T_INTERSECTS(p, INTERVAL(a, b))} is
 * {@code p BETWEEN a AND b}, {@code T_DURING} is {@code p > a AND p < b}, {@code T_DISJOINT} with an instant
 * {@code p <> t}. A function that holds for every value (against {@code INTERVAL('..', '..')}) is
 * {@code p IS NOT NULL}; one that can never hold (e.g. {@code T_BEFORE(p, INTERVAL('..', b))}) is FALSE. The
 * literal may come first: {@code T_BEFORE(t, p)} is {@code p > t}.
 *
 * <p>Not supported, and refused by name: interval-valued properties ({@code INTERVAL(start, end)} with
 * property bounds) and comparing two properties.
 */
final class Cql2Temporal {
  static final Set<String> FUNCTIONS = Set.of("T_AFTER", "T_BEFORE", "T_CONTAINS", "T_DISJOINT", "T_DURING",
      "T_EQUALS", "T_FINISHEDBY", "T_FINISHES", "T_INTERSECTS", "T_MEETS", "T_METBY", "T_OVERLAPPEDBY",
      "T_OVERLAPS", "T_STARTEDBY", "T_STARTS");

  /** Ends of the two arguments. */
  private static final int LEFT_START = 0;
  private static final int LEFT_END = 1;
  private static final int RIGHT_START = 2;
  private static final int RIGHT_END = 3;

  /** One comparison between an end of the first argument and an end of the second. */
  private record Atom(int left, ComparisonOp op, int right) {
  }

  private static final ComparisonOp LT = ComparisonOp.LT;
  private static final ComparisonOp LE = ComparisonOp.LE;
  private static final ComparisonOp GT = ComparisonOp.GT;
  private static final ComparisonOp GE = ComparisonOp.GE;
  private static final ComparisonOp EQ = ComparisonOp.EQ;

  private static final Map<String, List<Atom>> CONJUNCTIONS = Map.ofEntries(
      Map.entry("T_BEFORE", List.of(new Atom(LEFT_END, LT, RIGHT_START))),
      Map.entry("T_AFTER", List.of(new Atom(LEFT_START, GT, RIGHT_END))),
      Map.entry("T_MEETS", List.of(new Atom(LEFT_END, EQ, RIGHT_START))),
      Map.entry("T_METBY", List.of(new Atom(LEFT_START, EQ, RIGHT_END))),
      Map.entry("T_OVERLAPS", List.of(new Atom(LEFT_START, LT, RIGHT_START), new Atom(LEFT_END, GT, RIGHT_START),
          new Atom(LEFT_END, LT, RIGHT_END))),
      Map.entry("T_OVERLAPPEDBY", List.of(new Atom(LEFT_START, GT, RIGHT_START), new Atom(LEFT_START, LT, RIGHT_END),
          new Atom(LEFT_END, GT, RIGHT_END))),
      Map.entry("T_STARTS", List.of(new Atom(LEFT_START, EQ, RIGHT_START), new Atom(LEFT_END, LT, RIGHT_END))),
      Map.entry("T_STARTEDBY", List.of(new Atom(LEFT_START, EQ, RIGHT_START), new Atom(LEFT_END, GT, RIGHT_END))),
      Map.entry("T_DURING", List.of(new Atom(LEFT_START, GT, RIGHT_START), new Atom(LEFT_END, LT, RIGHT_END))),
      Map.entry("T_CONTAINS", List.of(new Atom(LEFT_START, LT, RIGHT_START), new Atom(LEFT_END, GT, RIGHT_END))),
      Map.entry("T_FINISHES", List.of(new Atom(LEFT_START, GT, RIGHT_START), new Atom(LEFT_END, EQ, RIGHT_END))),
      Map.entry("T_FINISHEDBY", List.of(new Atom(LEFT_START, LT, RIGHT_START), new Atom(LEFT_END, EQ, RIGHT_END))),
      Map.entry("T_EQUALS", List.of(new Atom(LEFT_START, EQ, RIGHT_START), new Atom(LEFT_END, EQ, RIGHT_END))),
      Map.entry("T_INTERSECTS", List.of(new Atom(LEFT_START, LE, RIGHT_END), new Atom(LEFT_END, GE, RIGHT_START))));

  /** {@code NOT T_INTERSECTS}: a.start &gt; b.end OR a.end &lt; b.start. */
  private static final List<Atom> DISJOINT = List.of(new Atom(LEFT_START, GT, RIGHT_END),
      new Atom(LEFT_END, LT, RIGHT_START));

  /** Markers for the ends that are the property, and for open ends. */
  private static final Object PROPERTY = new Object();
  private static final Object BEFORE_ALL = new Object();
  private static final Object AFTER_ALL = new Object();
  private static final Object ALWAYS = new Object();
  private static final Object NEVER = new Object();

  private Cql2Temporal() {
  }

  /** The temporal function {@code function} (one of {@link #FUNCTIONS}) of the two arguments. */
  static Filter predicate(String function, Operand a, Operand b, Cql2Predicates names) {
    Object[] ends = new Object[4];
    Operand.Property property;
    if (a instanceof Operand.Property p && !(b instanceof Operand.Property)) {
      property = p;
      ends[LEFT_START] = PROPERTY;
      ends[LEFT_END] = PROPERTY;
      literal(function, b, ends, RIGHT_START);
    } else if (b instanceof Operand.Property p && !(a instanceof Operand.Property)) {
      property = p;
      literal(function, a, ends, LEFT_START);
      ends[RIGHT_START] = PROPERTY;
      ends[RIGHT_END] = PROPERTY;
    } else if (a instanceof Operand.Property) {
      throw new Refusal(function + " compares a date or timestamp property with a temporal literal; comparing "
          + "two properties is not supported");
    } else {
      throw new Refusal(function + " needs a date or timestamp property, not " + Operand.describe(a) + " and "
          + Operand.describe(b));
    }
    String name = names.attribute(property);
    return function.equals("T_DISJOINT") ? disjunction(name, ends)
        : conjunction(name, ends, CONJUNCTIONS.get(function));
  }

  private static void literal(String function, Operand o, Object[] ends, int at) {
    if (o instanceof Operand.Value v && Cql2Predicates.isInstant(v.value())) {
      ends[at] = v.value();
      ends[at + 1] = v.value();
    } else if (o instanceof Operand.Interval i) {
      ends[at] = i.start() == null ? BEFORE_ALL : i.start();
      ends[at + 1] = i.end() == null ? AFTER_ALL : i.end();
    } else {
      throw new Refusal(function + " takes a property and a DATE, TIMESTAMP or INTERVAL literal, not "
          + Operand.describe(o));
    }
  }

  private static Filter conjunction(String property, Object[] ends, List<Atom> atoms) {
    Set<Filter> parts = new LinkedHashSet<>();
    for (Atom atom : atoms) {
      Object f = resolve(atom, ends, property);
      if (f == NEVER) {
        return Cql2Predicates.FALSE;
      }
      if (f != ALWAYS) {
        parts.add((Filter) f);
      }
    }
    List<Filter> list = new ArrayList<>(parts);
    if (list.isEmpty()) {
      return new Filter.Not(new Filter.IsNull(property));
    }
    if (list.size() == 1) {
      return list.get(0);
    }
    if (list.size() == 2 && list.get(0) instanceof Filter.Compare x && list.get(1) instanceof Filter.Compare y) {
      Filter.Compare low = x.op() == GE ? x : y.op() == GE ? y : null;
      Filter.Compare high = x.op() == LE ? x : y.op() == LE ? y : null;
      if (low != null && high != null) {
        return low.value().equals(high.value()) ? new Filter.Compare(property, EQ, low.value())
            : new Filter.Between(property, low.value(), high.value());
      }
    }
    return new Filter.And(list);
  }

  private static Filter disjunction(String property, Object[] ends) {
    Set<Filter> parts = new LinkedHashSet<>();
    for (Atom atom : DISJOINT) {
      Object f = resolve(atom, ends, property);
      if (f == ALWAYS) {
        return new Filter.Not(new Filter.IsNull(property));
      }
      if (f != NEVER) {
        parts.add((Filter) f);
      }
    }
    List<Filter> list = new ArrayList<>(parts);
    if (list.isEmpty()) {
      return Cql2Predicates.FALSE;
    }
    if (list.size() == 1) {
      return list.get(0);
    }
    if (list.get(0) instanceof Filter.Compare x && list.get(1) instanceof Filter.Compare y
        && x.op() == GT && y.op() == LT && x.value().equals(y.value())) {
      return new Filter.Compare(property, ComparisonOp.NE, x.value());
    }
    return new Filter.Or(list);
  }

  /** The atom as a comparison of the property with a bound, or {@link #ALWAYS} or {@link #NEVER}. */
  private static Object resolve(Atom atom, Object[] ends, String property) {
    Object bound = ends[atom.right()];
    ComparisonOp op = atom.op();
    if (ends[atom.left()] != PROPERTY) {
      bound = ends[atom.left()];
      op = Cql2Predicates.flip(op);
    }
    if (bound == BEFORE_ALL) {
      return op == GT || op == GE ? ALWAYS : NEVER;
    }
    if (bound == AFTER_ALL) {
      return op == LT || op == LE ? ALWAYS : NEVER;
    }
    return new Filter.Compare(property, op, bound);
  }
}
