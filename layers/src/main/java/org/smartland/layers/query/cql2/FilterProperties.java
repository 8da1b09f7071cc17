package org.smartland.layers.query.cql2;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.smartland.layers.query.Filter;

/**
 * What a {@link Filter} reads and how deep it nests, walked with an explicit stack so that any filter, however
 * deep, is safe to inspect.
 */
final class FilterProperties {
  private FilterProperties() {
  }

  /** Every property a comparison, LIKE, IN, BETWEEN or IS NULL of the filter reads, in order. */
  static Set<String> of(Filter filter) {
    Set<String> out = new LinkedHashSet<>();
    Deque<Filter> pending = new ArrayDeque<>();
    pending.push(filter);
    while (!pending.isEmpty()) {
      Filter f = pending.pop();
      if (f instanceof Filter.And a) {
        pushReversed(pending, a.operands().toArray(new Filter[0]));
      } else if (f instanceof Filter.Or o) {
        pushReversed(pending, o.operands().toArray(new Filter[0]));
      } else if (f instanceof Filter.Not n) {
        pending.push(n.operand());
      } else if (f instanceof Filter.Compare c) {
        out.add(c.property());
      } else if (f instanceof Filter.Like l) {
        out.add(l.property());
      } else if (f instanceof Filter.In in) {
        out.add(in.property());
      } else if (f instanceof Filter.Between b) {
        out.add(b.property());
      } else if (f instanceof Filter.IsNull n) {
        out.add(n.property());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * How many AND, OR and NOT operators enclose the deepest node: 0 for a single predicate, as
   * {@link org.smartland.layers.store.sql.FilterSql} counts it.
   */
  static int depth(Filter filter) {
    record Item(Filter filter, int depth) {
    }
    int max = 0;
    Deque<Item> pending = new ArrayDeque<>();
    pending.push(new Item(filter, 0));
    while (!pending.isEmpty()) {
      Item item = pending.pop();
      max = Math.max(max, item.depth());
      Filter f = item.filter();
      if (f instanceof Filter.And a) {
        a.operands().forEach(o -> pending.push(new Item(o, item.depth() + 1)));
      } else if (f instanceof Filter.Or o) {
        o.operands().forEach(x -> pending.push(new Item(x, item.depth() + 1)));
      } else if (f instanceof Filter.Not n) {
        pending.push(new Item(n.operand(), item.depth() + 1));
      }
    }
    return max;
  }

  private static void pushReversed(Deque<Filter> pending, Filter[] operands) {
    for (int i = operands.length - 1; i >= 0; i--) {
      pending.push(operands[i]);
    }
  }
}
