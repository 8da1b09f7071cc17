package org.smartland.analytics.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;

/** A scenario run as JSON, for its record on disk (everything but the features, which live in the layers). */
final class ScenarioRunJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ScenarioRunJson() {
  }

  static ObjectNode write(ScenarioRun r) {
    ObjectNode n = JSON.objectNode();
    n.put("id", r.id());
    n.put("process", r.processId());
    n.put("status", r.status().key());
    n.put("progress", r.percent());
    n.put("message", r.message());
    n.put("created", r.created().toString());
    r.started().ifPresent(t -> n.put("started", t.toString()));
    r.finished().ifPresent(t -> n.put("finished", t.toString()));
    n.put("updated", r.updated().toString());
    n.set("inputs", r.inputs());
    r.outputs().ifPresent(o -> n.set("outputs", o));
    ArrayNode layers = n.putArray("layers");
    for (ScenarioRun.LayerSpec s : r.layers()) {
      ObjectNode l = layers.addObject();
      ResultLayer rl = s.layer();
      l.put("id", s.id());
      l.put("features", s.features());
      l.put("provenance", s.provenance());
      l.put("name", rl.name());
      l.put("title", rl.title());
      l.put("description", rl.description());
      l.put("corridor", rl.corridor());
      l.put("geometry_type", rl.geometryType().name());
      l.put("style", rl.style());
      rl.inputLayers().forEach(l.putArray("input_layers")::add);
      ArrayNode attrs = l.putArray("attributes");
      rl.attributes().forEach(a -> attrs.addObject().put("name", a.name()).put("type", a.type().name())
          .put("title", a.title()));
    }
    ObjectNode read = n.putObject("data_read");
    new TreeMap<>(r.dataRead()).forEach(read::put);
    ObjectNode seconds = n.putObject("seconds");
    r.seconds().forEach(seconds::put);
    r.error().ifPresent(e -> n.put("error", e));
    return n;
  }

  static ScenarioRun read(JsonNode n) {
    List<ScenarioRun.LayerSpec> layers = new ArrayList<>();
    for (JsonNode l : n.path("layers")) {
      List<AttributeDefinition> attrs = new ArrayList<>();
      l.path("attributes").forEach(a -> attrs.add(new AttributeDefinition(a.path("name").asText(),
          AttributeType.valueOf(a.path("type").asText()), a.path("title").asText(), true)));
      List<String> inputs = new ArrayList<>();
      l.path("input_layers").forEach(i -> inputs.add(i.asText()));
      layers.add(new ScenarioRun.LayerSpec(l.path("id").asText(), new ResultLayer(l.path("name").asText(),
          l.path("title").asText(), l.path("description").asText(), l.path("corridor").asText(),
          GeometryType.valueOf(l.path("geometry_type").asText()), attrs, l.path("style").asText(), inputs, List.of()),
          l.path("features").asLong(), l.path("provenance").asText()));
    }
    Map<String, String> read = new LinkedHashMap<>();
    n.path("data_read").fields().forEachRemaining(e -> read.put(e.getKey(), e.getValue().asText()));
    Map<String, Double> seconds = new LinkedHashMap<>();
    n.path("seconds").fields().forEachRemaining(e -> seconds.put(e.getKey(), e.getValue().asDouble()));
    return new ScenarioRun(n.path("id").asLong(), n.path("process").asText(),
        ScenarioRun.Status.valueOf(n.path("status").asText().toUpperCase(Locale.ROOT)), n.path("progress").asDouble(),
        n.path("message").asText(), Instant.parse(n.path("created").asText()), instant(n, "started"),
        instant(n, "finished"), Instant.parse(n.path("updated").asText()), n.path("inputs"),
        n.has("outputs") ? Optional.of((ObjectNode) n.get("outputs")) : Optional.empty(), layers, read, seconds,
        n.has("error") ? Optional.of(n.get("error").asText()) : Optional.empty());
  }

  private static Optional<Instant> instant(JsonNode n, String key) {
    return n.has(key) ? Optional.of(Instant.parse(n.get(key).asText())) : Optional.empty();
  }
}
