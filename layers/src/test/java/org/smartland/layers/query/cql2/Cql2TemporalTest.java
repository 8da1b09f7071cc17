package org.smartland.layers.query.cql2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smartland.layers.query.cql2.Cql2Fixtures.cmp;
import static org.smartland.layers.query.cql2.Cql2Fixtures.date;
import static org.smartland.layers.query.cql2.Cql2Fixtures.json;
import static org.smartland.layers.query.cql2.Cql2Fixtures.not;
import static org.smartland.layers.query.cql2.Cql2Fixtures.q;
import static org.smartland.layers.query.cql2.Cql2Fixtures.text;
import static org.smartland.layers.query.cql2.Cql2Fixtures.textError;
import static org.smartland.layers.query.Filter.ComparisonOp.EQ;
import static org.smartland.layers.query.Filter.ComparisonOp.GE;
import static org.smartland.layers.query.Filter.ComparisonOp.GT;
import static org.smartland.layers.query.Filter.ComparisonOp.LE;
import static org.smartland.layers.query.Filter.ComparisonOp.LT;
import static org.smartland.layers.query.Filter.ComparisonOp.NE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartland.layers.query.Filter;

/**
 * The temporal functions on an instant property: each is the CQL2 definition over interval ends, with the
 * property as both ends of its own interval.
 */
class Cql2TemporalTest {
  private static final LocalDate A = date("2020-01-01");
  private static final LocalDate B = date("2020-12-31");
  private static final String INTERVAL = "INTERVAL('2020-01-01', '2020-12-31')";

  private static Filter d(Filter.ComparisonOp op, Object v) {
    return cmp("d", op, v);
  }

  @Test
  void every_function_against_an_interval() {
    Map<String, Filter> expected = Map.ofEntries(
        Map.entry("T_BEFORE", d(LT, A)),
        Map.entry("T_AFTER", d(GT, B)),
        Map.entry("T_MEETS", d(EQ, A)),
        Map.entry("T_METBY", d(EQ, B)),
        Map.entry("T_OVERLAPS", Filter.and(d(LT, A), d(GT, A), d(LT, B))),
        Map.entry("T_OVERLAPPEDBY", Filter.and(d(GT, A), d(LT, B), d(GT, B))),
        Map.entry("T_STARTS", Filter.and(d(EQ, A), d(LT, B))),
        Map.entry("T_STARTEDBY", Filter.and(d(EQ, A), d(GT, B))),
        Map.entry("T_DURING", Filter.and(d(GT, A), d(LT, B))),
        Map.entry("T_CONTAINS", Filter.and(d(LT, A), d(GT, B))),
        Map.entry("T_FINISHES", Filter.and(d(GT, A), d(EQ, B))),
        Map.entry("T_FINISHEDBY", Filter.and(d(LT, A), d(EQ, B))),
        Map.entry("T_EQUALS", Filter.and(d(EQ, A), d(EQ, B))),
        Map.entry("T_INTERSECTS", new Filter.Between("d", A, B)),
        Map.entry("T_DISJOINT", Filter.or(d(GT, B), d(LT, A))));
    assertEquals(Cql2Temporal.FUNCTIONS, expected.keySet());
    expected.forEach((function, filter) -> {
      assertEquals(filter, text(function + "(d, " + INTERVAL + ")"), function);
      assertEquals(filter, json(q("{'op':'" + function.toLowerCase() + "','args':[{'property':'d'},"
          + "{'interval':['2020-01-01','2020-12-31']}]}")), function);
    });
  }

  @Test
  void every_function_against_an_instant() {
    Filter eq = d(EQ, A);
    Filter never = Filter.and(d(LT, A), d(GT, A));
    Map<String, Filter> expected = Map.ofEntries(
        Map.entry("T_BEFORE", d(LT, A)),
        Map.entry("T_AFTER", d(GT, A)),
        Map.entry("T_MEETS", eq),
        Map.entry("T_METBY", eq),
        Map.entry("T_OVERLAPS", Filter.and(d(LT, A), d(GT, A))),
        Map.entry("T_OVERLAPPEDBY", Filter.and(d(GT, A), d(LT, A))),
        Map.entry("T_STARTS", Filter.and(d(EQ, A), d(LT, A))),
        Map.entry("T_STARTEDBY", Filter.and(d(EQ, A), d(GT, A))),
        Map.entry("T_DURING", Filter.and(d(GT, A), d(LT, A))),
        Map.entry("T_CONTAINS", never),
        Map.entry("T_FINISHES", Filter.and(d(GT, A), d(EQ, A))),
        Map.entry("T_FINISHEDBY", Filter.and(d(LT, A), d(EQ, A))),
        Map.entry("T_EQUALS", eq),
        Map.entry("T_INTERSECTS", eq),
        Map.entry("T_DISJOINT", d(NE, A)));
    expected.forEach((function, filter) -> {
      assertEquals(filter, text(function + "(d, DATE('2020-01-01'))"), function);
      assertEquals(filter, json(q("{'op':'" + function.toLowerCase() + "','args':[{'property':'d'},{'date':'2020-01-01'}]}")),
          function);
    });
  }

  @Test
  void open_ends_hold_for_every_value_or_for_none() {
    Filter always = not(new Filter.IsNull("d"));
    Filter never = not(Filter.INCLUDE);
    assertEquals(always, text("T_INTERSECTS(d, INTERVAL('..', '..'))"));
    assertEquals(always, text("T_DURING(d, INTERVAL('..', '..'))"));
    assertEquals(never, text("T_DISJOINT(d, INTERVAL('..', '..'))"));
    assertEquals(never, text("T_BEFORE(d, INTERVAL('..', '2020-12-31'))"));
    assertEquals(never, text("T_AFTER(d, INTERVAL('2020-01-01', '..'))"));
    assertEquals(d(LT, A), text("T_BEFORE(d, INTERVAL('2020-01-01', '..'))"));
    assertEquals(d(LE, B), text("T_INTERSECTS(d, INTERVAL('..', '2020-12-31'))"));
    assertEquals(d(GE, A), text("T_INTERSECTS(d, INTERVAL('2020-01-01', '..'))"));
    assertEquals(d(LT, A), text("T_DISJOINT(d, INTERVAL('2020-01-01', '..'))"));
    assertEquals(d(LT, B), text("T_DURING(d, INTERVAL('..', '2020-12-31'))"));
    assertEquals(never, text("T_MEETS(d, INTERVAL('..', '2020-12-31'))"));
  }

  @Test
  void the_literal_may_come_first() {
    assertEquals(d(GT, A), text("T_BEFORE(DATE('2020-01-01'), d)"));
    assertEquals(d(LT, A), text("T_AFTER(DATE('2020-01-01'), d)"));
    assertEquals(Filter.and(d(GT, A), d(LT, B)), text("T_CONTAINS(" + INTERVAL + ", d)"), "contains = during, reversed");
    assertEquals(new Filter.Between("d", A, B), text("T_INTERSECTS(" + INTERVAL + ", d)"));
    assertEquals(d(LT, A), text("T_AFTER(" + INTERVAL + ", d)"));
    assertEquals(text("T_BEFORE(DATE('2020-01-01'), d)"),
        json(q("{'op':'t_before','args':[{'date':'2020-01-01'},{'property':'d'}]}")));
  }

  @Test
  void timestamps_and_dates_may_mix_in_an_interval() {
    assertEquals(new Filter.Between("t", A, Cql2Fixtures.ts("2020-06-01T12:00:00Z")),
        text("T_INTERSECTS(t, INTERVAL('2020-01-01', '2020-06-01T12:00:00Z'))"));
  }

  @Test
  void unsupported_forms_are_refused_clearly() {
    assertEquals("CQL2 text at 1: T_BEFORE compares a date or timestamp property with a temporal literal; comparing "
        + "two properties is not supported", textError("T_BEFORE(a, b)"));
    assertEquals("CQL2 text at 1: T_BEFORE takes a property and a DATE, TIMESTAMP or INTERVAL literal, not the string "
        + "'2020-01-01'", textError("T_BEFORE(d, '2020-01-01')"));
    assertEquals("CQL2 text at 22: INTERVAL bounds from properties are not supported; use dates, timestamps or '..'",
        textError("T_DURING(d, INTERVAL(starts_at, ends_at))"));
    assertEquals("CQL2 text at 13: INTERVAL('2020-12-31', '2020-01-01') ends before it starts",
        textError("T_DURING(d, INTERVAL('2020-12-31', '2020-01-01'))"));
    assertEquals("CQL2 text at 1: T_DURING needs a date or timestamp property, not DATE('2020-01-01') and an INTERVAL",
        textError("T_DURING(DATE('2020-01-01'), " + INTERVAL + ")"));
    assertEquals("CQL2 text at 31: T_EQUALS takes two arguments: expected ')' but found ','",
        textError("T_EQUALS(d, DATE('2020-01-01'), 1)"));
  }

  @Test
  void the_property_is_reported_as_an_attribute() {
    assertEquals(List.of("d"), List.copyOf(Cql2Fixtures.TEXT.parseWithNames("T_DISJOINT(d, INTERVAL('..', '..'))",
        null).properties()), "kept even when the function is FALSE");
  }
}
