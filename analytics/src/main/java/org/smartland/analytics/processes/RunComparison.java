package org.smartland.analytics.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Two successful runs of the same process side by side: their inputs, whether they read the same data, and every
 * figure of the one next to the other's with the difference (b − a): the summary, each Comune's figures, and the
 * indicators after each scenario.
 */
public final class RunComparison {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private RunComparison() {
  }

  public static ObjectNode of(ScenarioRun a, ScenarioRun b) {
    ObjectNode out = JSON.objectNode();
    out.set("a", header(a));
    out.set("b", header(b));
    ArrayNode changed = out.putArray("data_changed_between");
    new TreeSet<>(a.dataRead().keySet()).forEach(layer -> {
      if (!a.dataRead().get(layer).equals(b.dataRead().get(layer))) {
        changed.add(layer);
      }
    });
    out.put("same_data", changed.isEmpty() && a.dataRead().keySet().equals(b.dataRead().keySet()));
    JsonNode oa = a.outputs().orElseThrow();
    JsonNode ob = b.outputs().orElseThrow();
    out.set("summary", side(oa.path("summary"), ob.path("summary")));
    ArrayNode comuni = out.putArray("by_comune");
    Map<String, JsonNode> bByComune = byKey(ob.path("by_comune"), "istat");
    for (JsonNode ca : oa.path("by_comune")) {
      String istat = ca.path("istat").asText();
      ObjectNode n = side(ca, bByComune.getOrDefault(istat, JSON.objectNode()));
      n.put("istat", istat);
      n.put("name", ca.path("name").asText());
      comuni.add(n);
    }
    ArrayNode indicators = out.putArray("indicators");
    Map<String, JsonNode> bIndicators = byKey(ob.path("indicator_deltas"), "id");
    for (JsonNode ia : oa.path("indicator_deltas")) {
      JsonNode ib = bIndicators.get(ia.path("id").asText());
      if (ib == null) {
        continue;
      }
      ObjectNode n = indicators.addObject();
      n.put("id", ia.path("id").asText());
      n.put("name", ia.path("name").asText());
      n.put("unit", ia.path("unit").asText());
      n.set("baseline_a", ia.path("territory").path("before"));
      n.set("baseline_b", ib.path("territory").path("before"));
      n.set("territory", pair(ia.path("territory").path("after"), ib.path("territory").path("after")));
      ArrayNode per = n.putArray("by_comune");
      Map<String, JsonNode> bc = byKey(ib.path("by_comune"), "istat");
      for (JsonNode c : ia.path("by_comune")) {
        ObjectNode p = pair(c.path("after"), bc.getOrDefault(c.path("istat").asText(), JSON.objectNode()).path("after"));
        p.put("istat", c.path("istat").asText());
        p.put("name", c.path("name").asText());
        per.add(p);
      }
    }
    return out;
  }

  private static ObjectNode header(ScenarioRun r) {
    ObjectNode n = JSON.objectNode();
    n.put("id", r.id());
    n.put("process", r.processId());
    n.set("inputs", r.inputs());
    r.finished().ifPresent(t -> n.put("finished", t.toString()));
    return n;
  }

  /** Every field of either object: numbers as {a, b, delta}, anything else as {a, b}. */
  private static ObjectNode side(JsonNode a, JsonNode b) {
    ObjectNode out = JSON.objectNode();
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    a.fieldNames().forEachRemaining(keys::add);
    b.fieldNames().forEachRemaining(keys::add);
    for (String k : keys) {
      if (k.equals("istat") || k.equals("name")) {
        continue;
      }
      out.set(k, pair(a.path(k), b.path(k)));
    }
    return out;
  }

  private static ObjectNode pair(JsonNode a, JsonNode b) {
    ObjectNode n = JSON.objectNode();
    n.set("a", a.isMissingNode() ? JSON.nullNode() : a);
    n.set("b", b.isMissingNode() ? JSON.nullNode() : b);
    if (a.isNumber() && b.isNumber()) {
      n.put("delta", IndicatorDeltas.round(b.asDouble() - a.asDouble()));
    }
    return n;
  }

  private static Map<String, JsonNode> byKey(JsonNode array, String key) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    array.forEach(n -> out.put(n.path(key).asText(), n));
    return out;
  }
}
