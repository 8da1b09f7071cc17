package org.smartland.analytics.processes;

import static org.smartland.analytics.processes.LayerRows.attr;
import static org.smartland.analytics.processes.LayerRows.round;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.smartland.analytics.energy.PublicBuilding;
import org.smartland.analytics.job.RetrofitJob;
import org.smartland.analytics.runs.Progress;
import org.smartland.analytics.scenario.Retrofit;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.catalog.IndicatorDefinition;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.cql2.Cql2Exception;
import org.smartland.layers.query.cql2.Cql2TextParser;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureStore;

/**
 * {@code retrofit}: a selection of public buildings (by id, energy class, Comune and/or CQL2 filter) brought to a
 * target energy class and/or given photovoltaic panels on their rooftop potential → kWh, € and CO₂ saved a year,
 * the investment (configured unit costs), the simple payback, and the energy corridor's indicators after, per
 * Comune.
 */
public final class RetrofitProcess implements ScenarioProcess {
  public static final String ID = "retrofit";
  static final String LAYER = "public_buildings_energy";
  static final List<String> ENERGY_INDICATORS = List.of("ene_public_kwh_m2", "ene_public_share_eg", "ene_public_co2");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final List<String> READ = List.of("name", "category", "floor_area_m2", "ep_gl_nren_kwh_m2",
      "energy_class", "co2_t", "pv_kwp", "pv_kwh_year", "has_pv", "comune_istat");

  private final ScenarioEnvironment env;

  public RetrofitProcess(ScenarioEnvironment env) {
    this.env = env;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Energy retrofit of public buildings";
  }

  @Override
  public String description() {
    Retrofit r = env.settings().retrofit();
    return "Brings the selected public buildings to a target energy class (their primary energy falls to the class's"
        + " reference kWh/m², never rises) and/or installs photovoltaic panels on their rooftop potential. Returns"
        + " the kWh, € and CO₂ saved a year, the investment, the simple payback, and the energy indicators of the"
        + " Comuni after. The selection is every public building matching all the criteria given (all of them when"
        + " none is given). Unit costs (configurable): " + new TreeMap<>(r.costPerM2()) + " €/m² of floor by target"
        + " class, " + r.pvCostPerKwp() + " €/kWp of PV yielding " + r.pvYieldKwhPerKwp() + " kWh/kWp a year; energy"
        + " at " + r.eurPerKwh() + " €/kWh.";
  }

  @Override
  public List<ProcessInput> inputs() {
    List<String> classes = new ArrayList<>(env.settings().retrofit().targetKwhPerM2().keySet());
    classes.sort(null);
    return List.of(
        new ProcessInput("buildings", "Buildings", "Feature ids of public_buildings_energy to retrofit.",
            Schemas.stringArray(env.settings().limits().maxFeatureIds()), 0),
        new ProcessInput("energy_classes", "Energy classes", "Retrofit the buildings in these classes, e.g. E, F, G.",
            Schemas.stringArray(20), 0),
        new ProcessInput("comuni", "Comuni", "Retrofit the buildings in these Comuni (ISTAT codes).",
            Schemas.stringArray(500), 0),
        new ProcessInput("filter", "Filter", "A CQL2 text filter on public_buildings_energy, e.g. category = 'school'.",
            Schemas.string(), 0),
        new ProcessInput("target_class", "Target class", "The energy class to reach.", Schemas.enumOf(classes, null), 0),
        new ProcessInput("pv", "Photovoltaic panels", "none, or rooftop: panels on each building's rooftop potential"
            + " (pv_kwp) where it has none yet.", Schemas.enumOf(List.of("none", "rooftop"), "none"), 0));
  }

  @Override
  public List<ProcessOutput> outputs() {
    return List.of(
        new ProcessOutput("summary", "Summary", "Totals: buildings, kWh, €, CO₂ saved a year, investment, payback.",
            Schemas.object()),
        new ProcessOutput("by_comune", "Per Comune", "The same per Comune.", Schemas.array()),
        new ProcessOutput("indicator_deltas", "Indicator deltas", "The energy indicators before and after.",
            Schemas.array()),
        new ProcessOutput("layers", "Result layers", "The retrofitted buildings with their figures.", Schemas.array()));
  }

  private record Selected(String id, Feature feature, PublicBuilding building) {
  }

  @Override
  public Work prepare(JsonNode inputs) {
    if (!env.has(LAYER)) {
      throw new InvalidInputException("buildings", "territory '" + env.territory().catalog().territoryId()
          + "' has no public buildings layer");
    }
    Retrofit rule = env.settings().retrofit();
    String target = null;
    JsonNode t = inputs.get("target_class");
    if (t != null && !t.isNull()) {
      target = t.asText().trim().toUpperCase(Locale.ROOT);
      if (!t.isTextual() || !rule.targetKwhPerM2().containsKey(target)) {
        throw new InvalidInputException("target_class", "must be one of " + new TreeMap<>(rule.targetKwhPerM2())
            .keySet() + ", not " + t);
      }
    }
    JsonNode pvNode = inputs.path("pv");
    String pv = pvNode.isMissingNode() || pvNode.isNull() ? "none" : pvNode.asText();
    if (!pvNode.isMissingNode() && !pvNode.isNull() && !pvNode.isTextual() || !List.of("none", "rooftop").contains(pv)) {
      throw new InvalidInputException("pv", "must be none or rooftop, not " + pvNode);
    }
    if (target == null && pv.equals("none")) {
      throw new InvalidInputException("target_class", "give a target class, or pv: rooftop, or both");
    }
    Set<String> ids = strings(inputs, "buildings", env.settings().limits().maxFeatureIds());
    Set<String> classes = new LinkedHashSet<>();
    strings(inputs, "energy_classes", 20).forEach(c -> classes.add(c.trim().toUpperCase(Locale.ROOT)));
    Set<String> comuni = strings(inputs, "comuni", 500);
    Map<String, String> known = env.comuni();
    for (String c : comuni) {
      if (!known.containsKey(c)) {
        throw new InvalidInputException("comuni", "'" + c + "' is not the ISTAT code of a Comune of the territory");
      }
    }
    FeatureStore store = env.store(LAYER);
    FeatureQuery query = FeatureQuery.all().withProperties(READ.stream().filter(a -> store.schema().attribute(a)
        .isPresent()).toList());
    JsonNode f = inputs.get("filter");
    if (f != null && !f.isNull()) {
      if (!f.isTextual()) {
        throw new InvalidInputException("filter", "must be CQL2 text");
      }
      try {
        Filter filter = new Cql2TextParser(env.crs()).parse(f.asText(), Crs.CRS84_LONLAT);
        for (String p : Cql2TextParser.properties(filter)) {
          if (store.schema().attribute(p).isEmpty()) {
            throw new InvalidInputException("filter", "public_buildings_energy has no property '" + p + "'");
          }
        }
        query = query.withFilter(filter);
      } catch (Cql2Exception e) {
        throw new InvalidInputException("filter", e.getMessage());
      }
    }
    List<Selected> selected = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    try (Stream<Feature> s = store.query(query)) {
      s.forEach(feature -> {
        String id = feature.id().orElseThrow();
        seen.add(id);
        Map<String, Object> p = feature.properties();
        boolean match = (ids.isEmpty() || ids.contains(id))
            && (classes.isEmpty() || p.get("energy_class") != null && classes.contains(p.get("energy_class").toString()
            .trim().toUpperCase(Locale.ROOT)))
            && (comuni.isEmpty() || comuni.contains(String.valueOf(p.get("comune_istat"))));
        if (match && number(p, "floor_area_m2") > 0 && p.get("ep_gl_nren_kwh_m2") != null) {
          selected.add(new Selected(id, feature, new PublicBuilding(number(p, "floor_area_m2"),
              number(p, "ep_gl_nren_kwh_m2"), p.get("energy_class") == null ? null : p.get("energy_class").toString(),
              number(p, "co2_t"), number(p, "pv_kwh_year"))));
        }
      });
    }
    if (f == null || f.isNull()) {
      for (String id : ids) {
        if (!seen.contains(id)) {
          throw new InvalidInputException("buildings", "'" + id + "' is not a feature of public_buildings_energy");
        }
      }
    }
    if (selected.isEmpty()) {
      throw new InvalidInputException(inputs.has("filter") ? "filter" : inputs.has("buildings") ? "buildings"
          : "energy_classes", "selects no public building with a floor area and a primary energy figure");
    }
    String targetClass = target;
    boolean rooftop = pv.equals("rooftop");
    return (runId, progress) -> run(selected, targetClass, rooftop, runId, progress);
  }

  private ScenarioOutcome run(List<Selected> selected, String target, boolean rooftop, long runId, Progress progress) {
    Retrofit rule = env.settings().retrofit();
    Map<String, Retrofit.Outcome> outcomes = new LinkedHashMap<>();
    Map<String, RetrofitJob.After> after = new LinkedHashMap<>();
    for (Selected s : selected) {
      Map<String, Object> p = s.feature().properties();
      boolean hasPv = Boolean.TRUE.equals(p.get("has_pv"));
      double kwp = rooftop && !hasPv ? number(p, "pv_kwp") : 0;
      Retrofit.Outcome o = rule.apply(s.building(), target, kwp);
      outcomes.put(s.id(), o);
      PublicBuilding b = s.building();
      double kwhM2After = target == null ? b.kwhPerM2() : Math.min(b.kwhPerM2(), rule.targetKwhPerM2().get(target));
      after.put(s.id(), new RetrofitJob.After(kwhM2After, o.classAfter(), Math.max(0, b.co2T() - o.co2TSaved())));
    }
    Map<String, String> comuni = env.comuni();
    List<IndicatorDefinition> energy = env.indicators(ENERGY_INDICATORS);
    StepProgress steps = new StepProgress(progress);
    record Computed(RetrofitJob.Result result, Map<String, String> read) {
    }
    Computed c = env.spark(runId, progress, frames -> new Computed(new RetrofitJob(frames).run(after, energy, comuni,
        steps::step), Map.of(LAYER, frames.fingerprint(LAYER), "comuni", frames.fingerprint("comuni"))));
    steps.step("building the result layer");

    ObjectNode outputs = JSON.objectNode();
    Totals total = new Totals();
    Map<String, Totals> by = new LinkedHashMap<>();
    comuni.keySet().forEach(k -> by.put(k, new Totals()));
    List<Feature> features = new ArrayList<>();
    for (Selected s : selected) {
      Retrofit.Outcome o = outcomes.get(s.id());
      String istat = c.result().comuniOf().get(s.id());
      total.add(o);
      if (istat != null) {
        by.computeIfAbsent(istat, k -> new Totals()).add(o);
      }
      Map<String, Object> p = new LinkedHashMap<>();
      Object name = s.feature().properties().get("name");
      p.put("feature_id", s.id());
      p.put("name", name == null ? null : name.toString());
      p.put("comune_istat", istat);
      p.put("comune", istat == null ? null : comuni.get(istat));
      p.put("class_before", s.building().energyClass());
      p.put("class_after", o.classAfter());
      p.put("kwh_m2_before", round(s.building().kwhPerM2()));
      p.put("kwh_m2_after", round(after.get(s.id()).kwhPerM2()));
      p.put("kwh_saved", round(o.kwhSaved()));
      p.put("eur_saved", round(o.eurSaved()));
      p.put("co2_t_saved", round(o.co2TSaved()));
      p.put("investment_eur", round(o.investment()));
      p.put("payback_years", Double.isFinite(o.paybackYears()) ? round(o.paybackYears()) : null);
      s.feature().geometry().ifPresent(g -> features.add(Feature.of(g, p)));
    }
    ObjectNode summary = outputs.putObject("summary");
    summary.put("target_class", target);
    summary.put("pv", rooftop ? "rooftop" : "none");
    total.write(summary);
    ArrayNode perComune = outputs.putArray("by_comune");
    by.forEach((istat, t) -> {
      ObjectNode n = perComune.addObject();
      n.put("istat", istat);
      n.put("name", comuni.getOrDefault(istat, istat));
      t.write(n);
    });
    outputs.set("indicator_deltas", IndicatorDeltas.of(energy, c.result().before(), c.result().after(), comuni));
    ResultLayer layer = new ResultLayer("retrofit_buildings", "Retrofitted public buildings", "The public buildings"
        + " of the scenario with their class and consumption before and after, savings, investment and payback.",
        "energia", GeometryType.GEOMETRY, List.of(attr("feature_id", AttributeType.STRING, "Building (feature id)"),
            attr("name", AttributeType.STRING, "Name"), attr("comune_istat", AttributeType.STRING, "Comune (ISTAT)"),
            attr("comune", AttributeType.STRING, "Comune"), attr("class_before", AttributeType.STRING, "Class before"),
            attr("class_after", AttributeType.STRING, "Class after"),
            attr("kwh_m2_before", AttributeType.DOUBLE, "kWh/m² a year before"),
            attr("kwh_m2_after", AttributeType.DOUBLE, "kWh/m² a year after"),
            attr("kwh_saved", AttributeType.DOUBLE, "kWh saved a year (with PV)"),
            attr("eur_saved", AttributeType.DOUBLE, "€ saved a year"),
            attr("co2_t_saved", AttributeType.DOUBLE, "CO₂ avoided a year (t)"),
            attr("investment_eur", AttributeType.DOUBLE, "Investment (€)"),
            attr("payback_years", AttributeType.DOUBLE, "Simple payback (years); empty when nothing is saved")),
        ScenarioStyles.RETROFIT, List.of(LAYER, "comuni"), features);
    return new ScenarioOutcome(outputs, List.of(layer), new TreeMap<>(c.read()));
  }

  /** Sums of outcomes. */
  private static final class Totals {
    int buildings;
    double kwh;
    double eur;
    double co2;
    double investment;

    void add(Retrofit.Outcome o) {
      buildings++;
      kwh += o.kwhSaved();
      eur += o.eurSaved();
      co2 += o.co2TSaved();
      investment += o.investment();
    }

    void write(ObjectNode n) {
      n.put("buildings", buildings);
      n.put("kwh_saved", round(kwh));
      n.put("eur_saved", round(eur));
      n.put("co2_t_saved", round(co2));
      n.put("investment_eur", round(investment));
      if (eur > 0) {
        n.put("payback_years", round(investment / eur));
      } else {
        n.putNull("payback_years");
      }
    }
  }

  private static double number(Map<String, Object> p, String key) {
    Object v = p.get(key);
    return v instanceof Number n && Double.isFinite(n.doubleValue()) && n.doubleValue() >= 0 ? n.doubleValue() : 0;
  }

  static Set<String> strings(JsonNode inputs, String input, int max) {
    JsonNode n = inputs.get(input);
    Set<String> out = new LinkedHashSet<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (!n.isArray()) {
      throw new InvalidInputException(input, "must be an array of strings");
    }
    if (n.size() > max) {
      throw new InvalidInputException(input, "lists at most " + max + " items, not " + n.size());
    }
    for (JsonNode v : n) {
      if (!v.isTextual() || v.asText().isBlank()) {
        throw new InvalidInputException(input, "must be an array of non-empty strings; " + v + " is not one");
      }
      out.add(v.asText());
    }
    return out;
  }
}
