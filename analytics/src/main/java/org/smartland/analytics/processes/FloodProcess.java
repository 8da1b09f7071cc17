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
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.smartland.analytics.exposure.HazardClass;
import org.smartland.analytics.job.FloodJob;
import org.smartland.analytics.job.TerritoryFrames;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.catalog.IndicatorDefinition;
import org.smartland.layers.store.Feature;

/**
 * {@code flood}: what a flood of a hazard scenario (P3, P2 or P1 of the PGRA flood-risk plan) hits — homes and
 * residents, buildings, public buildings, schools, health structures and other services — which road segments it
 * cuts, which homes lose their road access to the nearest school or health structure, and how the walking
 * indicators change while the flooded roads and services are out of use.
 */
public final class FloodProcess implements ScenarioProcess {
  public static final String ID = "flood";
  /** The walking indicators a flood changes. */
  static final List<String> WALK_INDICATORS = List.of("mob_res_stop_400m", "mob_res_rail_800m", "qol_school_10min",
      "qol_health_15min", "qol_pharmacy_10min", "qol_green_10min");
  /** A terrain model, which a water-level rise needs. */
  static final String TERRAIN_LAYER = "dem";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ScenarioEnvironment env;

  public FloodProcess(ScenarioEnvironment env) {
    this.env = env;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Flood scenario";
  }

  @Override
  public String description() {
    return "A flood of a hazard scenario of the PGRA flood-risk plan: P3 (frequent, 20–50 years) covers the P3 zones,"
        + " P2 (100–200 years) the P3 and P2 zones, P1 (rare, up to 500 years) all of them. Returns the homes,"
        + " residents, buildings, public buildings, schools and health structures hit (anything touching the"
        + " flooded area), the road segments cut and their length under water, the homes that lose their road"
        + " access to the nearest school or health structure (flooded roads closed, flooded services out of use)"
        + " or must take a detour, the damage to buildings in euro where a depth–damage rule is configured, and the"
        + " walking indicators during the flood against the baseline. A water-level"
        + " rise needs a terrain model, which the territory must provide as layer 'dem'.";
  }

  @Override
  public List<ProcessInput> inputs() {
    return List.of(
        new ProcessInput("hazard_scenario", "Hazard scenario", "P3 (frequent), P2 (medium) or P1 (rare): the flood"
            + " covers the hazard zones at least this frequent. Give this or water_level_rise_m.",
            Schemas.enumOf(List.of("P3", "P2", "P1"), null), 0),
        new ProcessInput("water_level_rise_m", "Water-level rise (m)", "A rise of the water level over the terrain"
            + " model; only where the territory has a terrain model (layer 'dem').", Schemas.number(0.1, 10), 0));
  }

  @Override
  public List<ProcessOutput> outputs() {
    return List.of(
        new ProcessOutput("summary", "Summary", "Totals for the territory.", Schemas.object()),
        new ProcessOutput("by_comune", "Per Comune", "The same figures for every Comune.", Schemas.array()),
        new ProcessOutput("indicator_deltas", "Indicator deltas", "Walking indicators before and during the flood.",
            Schemas.array()),
        new ProcessOutput("layers", "Result layers", "The layers published: flooded area, buildings hit, services"
            + " hit, roads cut, homes losing access.", Schemas.array()));
  }

  @Override
  public Work prepare(JsonNode inputs) {
    JsonNode scenario = inputs.get("hazard_scenario");
    JsonNode rise = inputs.get("water_level_rise_m");
    if (rise != null && !rise.isNull()) {
      if (!rise.isNumber() || rise.asDouble() < 0.1 || rise.asDouble() > 10) {
        throw new InvalidInputException("water_level_rise_m", "must be a number of metres from 0.1 to 10");
      }
      if (!env.has(TERRAIN_LAYER)) {
        throw new InvalidInputException("water_level_rise_m", "territory '" + env.territory().catalog().territoryId()
            + "' has no terrain model (layer '" + TERRAIN_LAYER + "'); use hazard_scenario (P3, P2 or P1)");
      }
      throw new InvalidInputException("water_level_rise_m", "water-level rises over a terrain model are not"
          + " computed yet; use hazard_scenario (P3, P2 or P1)");
    }
    if (scenario == null || scenario.isNull()) {
      throw new InvalidInputException("hazard_scenario", "is required: P3, P2 or P1");
    }
    if (!scenario.isTextual() || !List.of("P3", "P2", "P1").contains(scenario.asText().trim().toUpperCase())) {
      throw new InvalidInputException("hazard_scenario", "must be P3, P2 or P1, not " + scenario);
    }
    if (!env.has("flood_hazard")) {
      throw new InvalidInputException("hazard_scenario", "territory '" + env.territory().catalog().territoryId()
          + "' has no flood hazard layer");
    }
    HazardClass hazard = HazardClass.parse(scenario.asText().trim().toUpperCase());
    return (runId, progress) -> run(hazard, runId, progress);
  }

  private ScenarioOutcome run(HazardClass hazard, long runId, org.smartland.analytics.runs.Progress progress) {
    Map<String, String> comuni = env.comuni();
    List<IndicatorDefinition> walks = env.indicators(WALK_INDICATORS);
    StepProgress steps = new StepProgress(progress);
    record Computed(FloodJob.Result result, Map<String, String> read) {
    }
    Computed c = env.spark(runId, progress, frames -> {
      FloodJob.Result r = new FloodJob(frames).run(hazard, walks, comuni, steps::step);
      return new Computed(r, fingerprints(frames));
    });
    steps.step("building the result layers");
    return outcome(hazard, c.result(), comuni, walks, c.read());
  }

  private Map<String, String> fingerprints(TerritoryFrames frames) {
    Map<String, String> out = new TreeMap<>();
    List<String> read = new ArrayList<>(List.of("comuni", "population", "flood_hazard", "roads"));
    read.addAll(FloodJob.ASSET_LAYERS);
    read.add("green_areas");
    for (String layer : read) {
      if (env.has(layer)) {
        out.put(layer, frames.fingerprint(layer));
      }
    }
    return out;
  }

  ScenarioOutcome outcome(HazardClass hazard, FloodJob.Result r, Map<String, String> comuni,
                          List<IndicatorDefinition> walks, Map<String, String> read) {
    Map<String, PerComune> by = new LinkedHashMap<>();
    comuni.forEach((istat, name) -> by.put(istat, new PerComune()));
    r.homes().forEach((istat, n) -> by.computeIfAbsent(istat, k -> new PerComune()).residents = n);
    r.homesHit().forEach(h -> {
      PerComune p = by.computeIfAbsent(h.istat(), k -> new PerComune());
      p.residentsHit += h.residents();
      p.homesHit++;
    });
    r.hits().forEach(h -> by.computeIfAbsent(h.istat(), k -> new PerComune()).hits.merge(h.layer(), 1, Integer::sum));
    env.settings().floodDamage().ifPresent(rule -> r.hits().stream().filter(h -> h.layer().equals("buildings"))
        .forEach(h -> by.get(h.istat()).damageEur += rule.damage(h.worst(), h.geometry().getArea())));
    r.roadKmByComune().forEach((istat, km) -> by.computeIfAbsent(istat, k -> new PerComune()).roadKm = km);
    for (FloodJob.AccessChange a : r.access()) {
      PerComune p = by.computeIfAbsent(a.istat(), k -> new PerComune());
      String key = (a.change().lost() ? "lost_" : "detour_") + a.service();
      p.access.merge(key, a.residents(), Double::sum);
    }

    ObjectNode outputs = JSON.objectNode();
    ObjectNode summary = outputs.putObject("summary");
    summary.put("hazard_scenario", hazard.name());
    double flooded = r.flooded().stream().mapToDouble(Geometry::getArea).sum();
    summary.put("flooded_km2", round(flooded / 1e6));
    PerComune total = new PerComune();
    by.values().forEach(total::add);
    total.write(summary);
    summary.put("damage_rule", env.settings().floodDamage().map(d -> "buildings' footprint × " + d.eurPerM2()
        + " €/m² × the share lost at the depth assumed for the deepest zone they touch " + d.depthM()
        + " (scenarios.flood_damage)").orElse("none configured: no damage in euro"));
    summary.put("road_segments_cut", r.roadsCut().size());
    summary.put("road_km_cut", round(r.roadsCut().stream().mapToDouble(c -> c.geometry().getLength()).sum() / 1000));
    ArrayNode perComune = outputs.putArray("by_comune");
    by.forEach((istat, p) -> {
      ObjectNode n = perComune.addObject();
      n.put("istat", istat);
      n.put("name", comuni.getOrDefault(istat, istat));
      p.write(n);
    });
    outputs.set("indicator_deltas", IndicatorDeltas.of(walks, r.before(), r.after(), comuni));
    return new ScenarioOutcome(outputs, layers(hazard, r, comuni), read);
  }

  /** One Comune's figures (or the territory's, summed). */
  private final class PerComune {
    double residents;
    double residentsHit;
    int homesHit;
    double roadKm;
    double damageEur;
    final Map<String, Integer> hits = new TreeMap<>();
    final Map<String, Double> access = new TreeMap<>();

    void add(PerComune o) {
      residents += o.residents;
      residentsHit += o.residentsHit;
      homesHit += o.homesHit;
      roadKm += o.roadKm;
      damageEur += o.damageEur;
      o.hits.forEach((k, v) -> hits.merge(k, v, Integer::sum));
      o.access.forEach((k, v) -> access.merge(k, v, Double::sum));
    }

    void write(ObjectNode n) {
      n.put("residents", round(residents));
      n.put("residents_hit", round(residentsHit));
      n.put("residents_hit_pct", residents > 0 ? round(100 * residentsHit / residents) : 0);
      n.put("homes_hit", homesHit);
      for (String layer : FloodJob.ASSET_LAYERS) {
        n.put(layer + "_hit", hits.getOrDefault(layer, 0));
      }
      n.put("road_km_under_water", round(roadKm));
      if (env.settings().floodDamage().isPresent()) {
        n.put("damage_eur", round(damageEur));
      } else {
        n.putNull("damage_eur");
      }
      for (String service : FloodJob.ACCESS_SERVICES) {
        n.put("residents_losing_access_to_" + service, round(access.getOrDefault("lost_" + service, 0.0)));
        n.put("residents_with_detour_to_" + service, round(access.getOrDefault("detour_" + service, 0.0)));
      }
    }
  }

  private List<ResultLayer> layers(HazardClass hazard, FloodJob.Result r, Map<String, String> comuni) {
    String scenario = hazard.name();
    List<ResultLayer> out = new ArrayList<>();
    Map<String, Object> area = new LinkedHashMap<>();
    area.put("hazard_scenario", scenario);
    Geometry union = r.flooded().isEmpty() ? null : UnaryUnionOp.union(r.flooded());
    area.put("area_km2", union == null ? 0.0 : round(union.getArea() / 1e6));
    out.add(new ResultLayer("flooded_area", "Flooded area (" + scenario + ")", "The hazard zones a " + scenario
        + " flood covers (zones at least as frequent), overlaps merged.", "acqua", GeometryType.MULTIPOLYGON,
        List.of(attr("hazard_scenario", AttributeType.STRING, "Hazard scenario"), attr("area_km2", AttributeType.DOUBLE,
            "Area (km²)")), ScenarioStyles.FLOODED_AREA, List.of("flood_hazard"),
        union == null ? List.of() : List.of(Feature.of(LayerRows.multiPolygon(union), area))));

    List<Feature> buildings = new ArrayList<>();
    List<Feature> services = new ArrayList<>();
    Map<String, Set<String>> ids = new LinkedHashMap<>();
    r.hits().forEach(h -> ids.computeIfAbsent(h.layer(), k -> new HashSet<>()).add(h.featureId()));
    Map<String, Map<String, Map<String, Object>>> names = new LinkedHashMap<>();
    ids.forEach((layer, set) -> {
      if (!layer.equals("buildings")) {
        names.put(layer, LayerRows.attributes(env.store(layer), set, List.of("name")));
      }
    });
    for (FloodJob.Hit h : r.hits()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("feature_id", h.featureId());
      p.put("comune_istat", h.istat());
      p.put("comune", comuni.get(h.istat()));
      p.put("worst_zone", h.worst().name());
      if (h.layer().equals("buildings")) {
        double footprint = h.geometry().getArea();
        p.put("footprint_m2", round(footprint));
        p.put("damage_eur", env.settings().floodDamage().map(d -> round(d.damage(h.worst(), footprint))).orElse(null));
        buildings.add(Feature.of(h.geometry(), p));
      } else {
        p.put("kind", h.layer());
        Object name = names.getOrDefault(h.layer(), Map.of()).getOrDefault(h.featureId(), Map.of()).get("name");
        p.put("name", name == null ? null : name.toString());
        services.add(Feature.of(h.geometry().getInteriorPoint(), p));
      }
    }
    out.add(new ResultLayer("buildings_hit", "Buildings hit (" + scenario + ")", "Buildings whose footprint touches"
        + " the area a " + scenario + " flood covers.", "acqua", GeometryType.GEOMETRY, List.of(
            attr("feature_id", AttributeType.STRING, "Building (feature id)"),
            attr("comune_istat", AttributeType.STRING, "Comune (ISTAT)"), attr("comune", AttributeType.STRING, "Comune"),
            attr("worst_zone", AttributeType.STRING, "Most frequent hazard zone it touches"),
            attr("footprint_m2", AttributeType.DOUBLE, "Footprint (m²)"),
            attr("damage_eur", AttributeType.DOUBLE, "Damage (€), by the configured depth–damage rule")),
        ScenarioStyles.BUILDINGS_HIT, List.of("buildings", "flood_hazard", "comuni"), buildings));
    out.add(new ResultLayer("services_hit", "Services hit (" + scenario + ")", "Public buildings, schools, health"
        + " structures, pharmacies and stops touching the area a " + scenario + " flood covers (their point).",
        "acqua", GeometryType.POINT, List.of(attr("kind", AttributeType.STRING, "Kind (layer)"),
            attr("name", AttributeType.STRING, "Name"), attr("feature_id", AttributeType.STRING, "Feature id"),
            attr("comune_istat", AttributeType.STRING, "Comune (ISTAT)"), attr("comune", AttributeType.STRING, "Comune"),
            attr("worst_zone", AttributeType.STRING, "Most frequent hazard zone it touches")),
        ScenarioStyles.SERVICES_HIT, List.of("public_buildings_energy", "schools", "health_structures", "pharmacies",
            "transit_stops", "rail_stations", "flood_hazard"), services));

    Set<String> roadIds = new HashSet<>();
    r.roadsCut().forEach(c -> roadIds.add(c.roadId()));
    Map<String, Map<String, Object>> roadAttrs = env.has("roads")
        ? LayerRows.attributes(env.store("roads"), roadIds, List.of("class", "name")) : Map.of();
    List<Feature> roads = new ArrayList<>();
    for (FloodJob.RoadCut c : r.roadsCut()) {
      Map<String, Object> p = new LinkedHashMap<>();
      Map<String, Object> a = roadAttrs.getOrDefault(c.roadId(), Map.of());
      p.put("road_id", c.roadId());
      p.put("class", a.get("class") == null ? null : a.get("class").toString());
      p.put("name", a.get("name") == null ? null : a.get("name").toString());
      p.put("length_m", round(c.geometry().getLength()));
      p.put("m_under_water", round(c.metresUnderWater()));
      roads.add(Feature.of(c.geometry(), p));
    }
    out.add(new ResultLayer("roads_cut", "Roads cut (" + scenario + ")", "Road segments touching the flooded area,"
        + " closed as a whole in the access analysis, with the metres under water.", "acqua", GeometryType.GEOMETRY,
        List.of(attr("road_id", AttributeType.STRING, "Road segment (feature id)"),
            attr("class", AttributeType.STRING, "Road class"), attr("name", AttributeType.STRING, "Name"),
            attr("length_m", AttributeType.DOUBLE, "Length (m)"),
            attr("m_under_water", AttributeType.DOUBLE, "Under water (m)")),
        ScenarioStyles.ROADS_CUT, List.of("roads", "flood_hazard"), roads));

    List<Feature> access = new ArrayList<>();
    for (FloodJob.AccessChange a : r.access()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("home_id", a.homeId());
      p.put("service", a.service());
      p.put("status", a.change().lost() ? "lost" : "detour");
      p.put("before_m", Double.isFinite(a.change().before()) ? round(a.change().before()) : null);
      p.put("after_m", Double.isFinite(a.change().after()) ? round(a.change().after()) : null);
      p.put("residents", round(a.residents()));
      p.put("comune_istat", a.istat());
      p.put("comune", comuni.get(a.istat()));
      access.add(Feature.of(a.geometry(), p));
    }
    out.add(new ResultLayer("access_change", "Homes losing road access (" + scenario + ")", "Homes whose road"
        + " distance to the nearest school or health structure is lost (status lost) or longer (status detour)"
        + " with the flooded roads closed and the flooded services out of use.", "acqua", GeometryType.GEOMETRY,
        List.of(attr("home_id", AttributeType.STRING, "Home (population feature id)"),
            attr("service", AttributeType.STRING, "Service (layer)"), attr("status", AttributeType.STRING,
                "lost or detour"), attr("before_m", AttributeType.DOUBLE, "Road distance before (m)"),
            attr("after_m", AttributeType.DOUBLE, "Road distance during the flood (m); empty when lost"),
            attr("residents", AttributeType.DOUBLE, "Residents"),
            attr("comune_istat", AttributeType.STRING, "Comune (ISTAT)"), attr("comune", AttributeType.STRING, "Comune")),
        ScenarioStyles.ACCESS_CHANGE, List.of("population", "roads", "schools", "health_structures", "flood_hazard"),
        access));
    return out;
  }
}
