package org.smartland.analytics.processes;

import static org.smartland.analytics.processes.LayerRows.attr;
import static org.smartland.analytics.processes.LayerRows.round;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.smartland.analytics.indicators.IndicatorResult;
import org.smartland.analytics.job.AccessibilityJob;
import org.smartland.analytics.runs.Progress;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.catalog.IndicatorDefinition;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;

/**
 * {@code accessibility}: new or removed transit stops, new cycle paths and closed roads (GeoJSON inputs) → the
 * change in the residents within a walk (on the road network) of stops and services, per Comune, with the walking
 * indicators before and after.
 */
public final class AccessibilityProcess implements ScenarioProcess {
  public static final String ID = "accessibility";
  /** The walking indicators, each with the short name of its destination. */
  static final Map<String, String> WALKS = new LinkedHashMap<>();
  static final String CYCLE_INDICATOR = "mob_cycle_km_per_1000";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  static {
    WALKS.put("mob_res_stop_400m", "stop");
    WALKS.put("mob_res_rail_800m", "rail");
    WALKS.put("qol_school_10min", "school");
    WALKS.put("qol_health_15min", "health");
    WALKS.put("qol_pharmacy_10min", "pharmacy");
    WALKS.put("qol_green_10min", "green");
  }

  private final ScenarioEnvironment env;

  public AccessibilityProcess(ScenarioEnvironment env) {
    this.env = env;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Accessibility scenario";
  }

  @Override
  public String description() {
    return "Adds or removes transit stops, adds cycle paths (walkable links joining the network at their ends) and"
        + " closes roads (every segment touching an area, or lying along a line: 80 % of it within 5 m), then"
        + " counts again the residents within a walk of a stop (400 m), a rail station (800 m), a school (10 min),"
        + " a health structure (15 min), a pharmacy (10 min) and green space (10 min), per Comune. Geometries are"
        + " GeoJSON in CRS84 longitude/latitude.";
  }

  @Override
  public List<ProcessInput> inputs() {
    int ids = env.settings().limits().maxFeatureIds();
    return List.of(
        new ProcessInput("add_stops", "Stops to add", "New transit stops: Point, MultiPoint or a FeatureCollection of"
            + " points.", Schemas.geometry(List.of("Point", "MultiPoint", "Feature", "FeatureCollection")), 0),
        new ProcessInput("remove_stops", "Stops to remove", "Feature ids of transit_stops to take away.",
            Schemas.stringArray(ids), 0),
        new ProcessInput("add_cycle_paths", "Cycle paths to add", "New cycle paths: LineString or MultiLineString.",
            Schemas.geometry(List.of("LineString", "MultiLineString", "Feature", "FeatureCollection")), 0),
        new ProcessInput("close_roads", "Roads to close", "Areas (Polygon) whose roads close, or lines (LineString)"
            + " along which they close.", Schemas.geometry(List.of("Polygon", "MultiPolygon", "LineString",
            "MultiLineString", "Feature", "FeatureCollection")), 0));
  }

  @Override
  public List<ProcessOutput> outputs() {
    return List.of(
        new ProcessOutput("summary", "Summary", "The changes made and the residents within reach of each kind of"
            + " destination, before and after, for the territory.", Schemas.object()),
        new ProcessOutput("by_comune", "Per Comune", "Residents within reach before, after and the change.",
            Schemas.array()),
        new ProcessOutput("indicator_deltas", "Indicator deltas", "The walking (and cycle) indicators before and after.",
            Schemas.array()),
        new ProcessOutput("layers", "Result layers", "The Comuni with the changes in reach, and the network changes.",
            Schemas.array()));
  }

  @Override
  public Work prepare(JsonNode inputs) {
    GeometryInputs geometries = new GeometryInputs(env.crs(), env.nativeSrid(), territoryExtent(),
        env.settings().limits().maxGeometryVertices());
    List<Coordinate> stops = new ArrayList<>();
    List<Geometry> stopPoints = new ArrayList<>();
    if (present(inputs, "add_stops")) {
      requireLayer("add_stops", "transit_stops");
      stopPoints.addAll(geometries.read("add_stops", inputs.get("add_stops"), Set.of("Point")));
      stopPoints.forEach(p -> stops.add(p.getCoordinate()));
    }
    Set<String> removed = RetrofitProcess.strings(inputs, "remove_stops", env.settings().limits().maxFeatureIds());
    if (!removed.isEmpty()) {
      requireLayer("remove_stops", "transit_stops");
      Set<String> known = new HashSet<>();
      try (Stream<Feature> s = env.store("transit_stops").query(FeatureQuery.all().withProperties(List.of())
          .withoutGeometry())) {
        s.forEach(f -> known.add(f.id().orElseThrow()));
      }
      for (String id : removed) {
        if (!known.contains(id)) {
          throw new InvalidInputException("remove_stops", "'" + id + "' is not a feature of transit_stops");
        }
      }
    }
    List<LineString> paths = new ArrayList<>();
    if (present(inputs, "add_cycle_paths")) {
      geometries.read("add_cycle_paths", inputs.get("add_cycle_paths"), Set.of("LineString"))
          .forEach(g -> paths.add((LineString) g));
    }
    List<Geometry> closures = new ArrayList<>();
    if (present(inputs, "close_roads")) {
      requireLayer("close_roads", "roads");
      closures.addAll(geometries.read("close_roads", inputs.get("close_roads"), Set.of("Polygon", "LineString")));
    }
    for (String key : List.of("add_stops", "add_cycle_paths", "close_roads")) {
      JsonNode n = inputs.get(key);
      if (n != null && !n.isNull() && !n.isObject()) {
        throw new InvalidInputException(key, "must be a GeoJSON object");
      }
    }
    if (stops.isEmpty() && removed.isEmpty() && paths.isEmpty() && closures.isEmpty()) {
      throw new InvalidInputException("add_stops", "give at least one change: add_stops, remove_stops,"
          + " add_cycle_paths or close_roads");
    }
    if (!env.has("roads") || !env.has("population")) {
      throw new InvalidInputException("close_roads", "territory '" + env.territory().catalog().territoryId()
          + "' needs a roads and a population layer for walking reach");
    }
    AccessibilityJob.Changes changes = new AccessibilityJob.Changes(stops, removed, paths, closures);
    return (runId, progress) -> run(changes, stopPoints, runId, progress);
  }

  private static boolean present(JsonNode inputs, String key) {
    return inputs.has(key) && !inputs.get(key).isNull();
  }

  private void requireLayer(String input, String layer) {
    if (!env.has(layer)) {
      throw new InvalidInputException(input, "territory '" + env.territory().catalog().territoryId() + "' has no "
          + layer + " layer");
    }
  }

  /** The Comuni's extent in CRS84. */
  private Envelope territoryExtent() {
    Envelope e = new Envelope();
    try (Stream<Feature> s = env.store("comuni").query(FeatureQuery.all().withProperties(List.of()))) {
      s.forEach(f -> f.geometry().ifPresent(g -> e.expandToInclude(g.getEnvelopeInternal())));
    }
    return env.crs().transform(e, env.nativeSrid(), 4326);
  }

  private ScenarioOutcome run(AccessibilityJob.Changes changes, List<Geometry> stopPoints, long runId,
                              Progress progress) {
    Map<String, String> comuni = env.comuni();
    List<String> ids = new ArrayList<>(WALKS.keySet());
    if (!changes.cyclePaths().isEmpty()) {
      ids.add(CYCLE_INDICATOR);
    }
    List<IndicatorDefinition> indicators = env.indicators(ids);
    StepProgress steps = new StepProgress(progress);
    record Computed(AccessibilityJob.Result result, Map<String, String> read) {
    }
    Computed c = env.spark(runId, progress, frames -> {
      AccessibilityJob.Result r = new AccessibilityJob(frames).run(changes, indicators, comuni, steps::step);
      Map<String, String> read = new TreeMap<>();
      for (String layer : List.of("comuni", "population", "roads", "transit_stops", "rail_stations", "schools",
          "health_structures", "pharmacies", "green_areas", "cycleways")) {
        if (env.has(layer)) {
          read.put(layer, frames.fingerprint(layer));
        }
      }
      return new Computed(r, read);
    });
    steps.step("building the result layers");
    AccessibilityJob.Result r = c.result();
    ObjectNode outputs = JSON.objectNode();
    ObjectNode summary = outputs.putObject("summary");
    summary.put("stops_added", changes.addedStops().size());
    summary.put("stops_removed", changes.removedStops().size());
    summary.put("cycle_paths_added", changes.cyclePaths().size());
    summary.put("cycle_km_added", round(changes.cyclePaths().stream().mapToDouble(Geometry::getLength).sum() / 1000));
    summary.put("road_segments_closed", r.closedRoads().size());
    ObjectNode reach = summary.putObject("residents_within_reach");
    ArrayNode perComune = outputs.putArray("by_comune");
    Map<String, ObjectNode> rows = new LinkedHashMap<>();
    comuni.forEach((istat, name) -> {
      ObjectNode n = perComune.addObject();
      n.put("istat", istat);
      n.put("name", name);
      rows.put(istat, n);
    });
    WALKS.forEach((indicator, kind) -> {
      IndicatorResult b = r.before().get(indicator);
      IndicatorResult a = r.after().get(indicator);
      if (b == null || a == null) {
        return;
      }
      ObjectNode t = reach.putObject(kind);
      t.put("before", round(b.territory().sums().numerator()));
      t.put("after", round(a.territory().sums().numerator()));
      t.put("delta", round(a.territory().sums().numerator() - b.territory().sums().numerator()));
      rows.forEach((istat, n) -> {
        double before = b.byComune().get(istat).sums().numerator();
        double after = a.byComune().get(istat).sums().numerator();
        n.put("residents_" + kind + "_before", round(before));
        n.put("residents_" + kind + "_after", round(after));
        n.put("residents_" + kind + "_delta", round(after - before));
      });
    });
    outputs.set("indicator_deltas", IndicatorDeltas.of(indicators, r.before(), r.after(), comuni));
    return new ScenarioOutcome(outputs, List.of(reachLayer(r, comuni), changesLayer(changes, stopPoints, r)),
        c.read());
  }

  private ResultLayer reachLayer(AccessibilityJob.Result r, Map<String, String> comuni) {
    List<AttributeDefinition> attrs = new ArrayList<>(List.of(attr("istat_code", AttributeType.STRING, "ISTAT code"),
        attr("name", AttributeType.STRING, "Name")));
    WALKS.forEach((indicator, kind) -> {
      if (r.before().containsKey(indicator)) {
        attrs.add(attr("residents_before_" + kind, AttributeType.DOUBLE, "Residents within reach of a " + kind
            + ", before"));
        attrs.add(attr("residents_after_" + kind, AttributeType.DOUBLE, "… after"));
        attrs.add(attr("residents_delta_" + kind, AttributeType.DOUBLE, "… change"));
      }
    });
    if (!r.before().containsKey("mob_res_stop_400m")) {
      attrs.add(attr("residents_delta_stop", AttributeType.DOUBLE, "Change in residents within reach of a stop"));
    }
    List<Feature> features = new ArrayList<>();
    try (Stream<Feature> s = env.store("comuni").query(FeatureQuery.all().withProperties(List.of("istat_code")))) {
      s.forEach(f -> {
        String istat = (String) f.properties().get("istat_code");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("istat_code", istat);
        p.put("name", comuni.get(istat));
        WALKS.forEach((indicator, kind) -> {
          IndicatorResult b = r.before().get(indicator);
          IndicatorResult a = r.after().get(indicator);
          if (b != null && a != null && b.byComune().containsKey(istat)) {
            double before = b.byComune().get(istat).sums().numerator();
            double after = a.byComune().get(istat).sums().numerator();
            p.put("residents_before_" + kind, round(before));
            p.put("residents_after_" + kind, round(after));
            p.put("residents_delta_" + kind, round(after - before));
          }
        });
        p.putIfAbsent("residents_delta_stop", null);
        f.geometry().ifPresent(g -> features.add(Feature.of(LayerRows.multiPolygon(g), p)));
      });
    }
    return new ResultLayer("reach_change", "Residents within reach: change per Comune", "Every Comune with the"
        + " residents within a walk of each kind of destination before and after the changes.", "mobilita",
        GeometryType.MULTIPOLYGON, attrs, ScenarioStyles.REACH_CHANGE, List.of("comuni", "population", "roads",
        "transit_stops"), features);
  }

  private ResultLayer changesLayer(AccessibilityJob.Changes changes, List<Geometry> stopPoints,
                                   AccessibilityJob.Result r) {
    List<Feature> features = new ArrayList<>();
    stopPoints.forEach(p -> features.add(Feature.of(p, change("stop_added", null))));
    if (!changes.removedStops().isEmpty()) {
      var stops = env.store("transit_stops");
      List<String> name = stops.schema().attribute("name").isPresent() ? List.of("name") : List.of();
      try (Stream<Feature> s = stops.query(FeatureQuery.all().withProperties(name))) {
        s.filter(f -> changes.removedStops().contains(f.id().orElseThrow())).forEach(f -> f.geometry().ifPresent(g ->
            features.add(Feature.of(g, change("stop_removed", f.id().get(), f.properties())))));
      }
    }
    changes.cyclePaths().forEach(p -> features.add(Feature.of(p, change("cycle_path_added", null))));
    if (!r.closedRoads().isEmpty()) {
      try (Stream<Feature> s = env.store("roads").query(FeatureQuery.all().withProperties(List.of()))) {
        s.filter(f -> r.closedRoads().contains(f.id().orElseThrow())).forEach(f -> f.geometry().ifPresent(g ->
            features.add(Feature.of(g, change("road_closed", f.id().get())))));
      }
    }
    return new ResultLayer("network_changes", "Network changes", "The stops added and removed, the cycle paths added"
        + " and the road segments closed in the scenario.", "mobilita", GeometryType.GEOMETRY, List.of(
            attr("change", AttributeType.STRING, "stop_added, stop_removed, cycle_path_added or road_closed"),
            attr("feature_id", AttributeType.STRING, "Feature id (stops removed, roads closed)"),
            attr("name", AttributeType.STRING, "Name")),
        ScenarioStyles.NETWORK_CHANGES, List.of("transit_stops", "roads"), features);
  }

  private static Map<String, Object> change(String kind, String featureId) {
    return change(kind, featureId, null);
  }

  private static Map<String, Object> change(String kind, String featureId, Map<String, Object> attributes) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("change", kind);
    p.put("feature_id", featureId);
    Object name = attributes == null ? null : attributes.get("name");
    p.put("name", name == null ? null : name.toString());
    return p;
  }
}
