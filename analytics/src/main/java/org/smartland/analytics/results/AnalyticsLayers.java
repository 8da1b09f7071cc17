package org.smartland.analytics.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.catalog.IndicatorCatalog;
import org.smartland.layers.catalog.IndicatorDefinition;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.catalog.Provenance;

/**
 * The layers the analytics write, published like any other layer: {@code indicators} (the Comuni with every
 * indicator's value and choropleth class, one graduated style per indicator), {@code indicators_territory}
 * (the same for the whole territory) and {@code project_priorities} (the candidate projects with all their own
 * attributes plus their criteria, scores, ranks and rank intervals). Every feature carries the id and time of the run that wrote it.
 */
public final class AnalyticsLayers {
  public static final String INDICATORS = "indicators";
  public static final String INDICATORS_TERRITORY = "indicators_territory";
  public static final String PRIORITIES = "project_priorities";
  /** Classes of every indicator's choropleth. */
  public static final int CLASSES = 5;

  private AnalyticsLayers() {
  }

  /** The name of an indicator's graduated style. */
  public static String styleOf(String indicatorId) {
    return "indicator_" + indicatorId;
  }

  /** The attribute holding an indicator's choropleth class. */
  public static String classAttribute(String indicatorId) {
    return indicatorId + "_class";
  }

  public static List<LayerDefinition> definitions(LayerCatalog territory, IndicatorCatalog indicators) {
    List<AttributeDefinition> values = new ArrayList<>();
    values.add(new AttributeDefinition("istat_code", AttributeType.STRING, "ISTAT code", true));
    values.add(new AttributeDefinition("name", AttributeType.STRING, "Name", true));
    for (IndicatorDefinition d : indicators.indicators()) {
      values.add(new AttributeDefinition(d.id(), AttributeType.DOUBLE, d.nameEn() + " (" + d.unit() + ")", true));
      values.add(new AttributeDefinition(classAttribute(d.id()), AttributeType.INTEGER,
          d.nameEn() + ": class 1 (lowest) to " + CLASSES + " (highest) among the Comuni", true));
    }
    values.addAll(runAttributes());
    Set<String> inputs = new LinkedHashSet<>();
    indicators.indicators().forEach(d -> d.requires().forEach(r -> inputs.add(r.replaceFirst("\\..*", ""))));
    Provenance indicatorProvenance = new Provenance.Derived("Computed by the analytics (Apache Sedona) from the"
        + " territory's layers, per Comune and for the territory; each indicator's definition and method are at"
        + " /api/indicators/{id}. Classes are quantiles of the Comuni's values.", List.copyOf(inputs));
    List<String> styles = indicators.indicators().stream().map(d -> styleOf(d.id())).toList();
    LayerDefinition perComune = new LayerDefinition(INDICATORS, "Indicators per Comune",
        "The indicators of the six corridors for every Comune, with each value's choropleth class; choose the"
            + " indicator with the style (one graduated style per indicator).", List.of("indicators", "analytics"),
        indicatorProvenance, GeometryType.MULTIPOLYGON, territory.nativeSrid(), values, "comuni", Optional.empty(),
        Optional.empty(), styles);
    LayerDefinition whole = new LayerDefinition(INDICATORS_TERRITORY, "Indicators of the territory",
        "The indicators of the six corridors for the whole territory: the sums of its Comuni, then each"
            + " indicator's formula.", List.of("indicators", "analytics"), indicatorProvenance,
        GeometryType.MULTIPOLYGON, territory.nativeSrid(), values, "comuni", Optional.empty(), Optional.empty(),
        List.of());
    return List.of(perComune, whole, priorities(territory));
  }

  private static LayerDefinition priorities(LayerCatalog territory) {
    List<AttributeDefinition> a = new ArrayList<>();
    a.add(new AttributeDefinition("project_id", AttributeType.STRING, "Project", true));
    a.add(new AttributeDefinition("title", AttributeType.STRING, "Title", true));
    a.add(new AttributeDefinition("corridor", AttributeType.STRING, "Corridor", true));
    a.add(new AttributeDefinition("comuni_reached", AttributeType.STRING, "Comuni its geometry lies in (ISTAT, ;-separated)", true));
    a.add(new AttributeDefinition("cost_eur", AttributeType.DOUBLE, "Cost (€)", true));
    a.add(new AttributeDefinition("residents_reached", AttributeType.DOUBLE, "Residents in its influence area", true));
    a.add(new AttributeDefinition("buildings_reached", AttributeType.INTEGER, "Buildings in its influence area", true));
    a.add(new AttributeDefinition("need", AttributeType.DOUBLE, "Need: corridor gap of its Comuni (std. dev.)", true));
    a.add(new AttributeDefinition("beneficiaries", AttributeType.DOUBLE, "Beneficiaries (residents)", true));
    a.add(new AttributeDefinition("cost_effectiveness", AttributeType.DOUBLE, "Residents reached per €1,000", true));
    a.add(new AttributeDefinition("risk_reduction", AttributeType.DOUBLE, "Risk reduction (hazard-weighted residents)", true));
    a.add(new AttributeDefinition("synergy", AttributeType.DOUBLE, "Synergy (other corridors' projects nearby)", true));
    a.add(new AttributeDefinition("score", AttributeType.DOUBLE, "Weighted-sum score (0-1)", true));
    a.add(new AttributeDefinition("rank", AttributeType.INTEGER, "Rank (weighted sum)", true));
    a.add(new AttributeDefinition("topsis_score", AttributeType.DOUBLE, "TOPSIS closeness (0-1)", true));
    a.add(new AttributeDefinition("topsis_rank", AttributeType.INTEGER, "Rank (TOPSIS)", true));
    a.add(new AttributeDefinition("rank_p05", AttributeType.INTEGER, "Rank, 5th percentile under weight changes", true));
    a.add(new AttributeDefinition("rank_p95", AttributeType.INTEGER, "Rank, 95th percentile under weight changes", true));
    a.add(new AttributeDefinition("p_top10", AttributeType.DOUBLE, "Probability of staying in the top 10", true));
    territory.layer("projects").ifPresent(projects -> projects.attributes().stream()
        .filter(p -> a.stream().noneMatch(x -> x.name().equals(p.name()))).forEach(a::add));
    a.addAll(runAttributes());
    return new LayerDefinition(PRIORITIES, "Project priorities",
        "The candidate projects ranked with the default weights: each criterion, the weighted-sum and TOPSIS scores"
            + " and ranks, and how stable the rank is when the weights move (1,000 draws).",
        List.of("projects", "priorities", "ranking", "analytics"), new Provenance.Derived("Criteria measured with"
            + " Apache Sedona from each project's geometry and influence area; ranked by weighted sum and TOPSIS;"
            + " see /api/projects/ranking for the weights and the reasons.", List.of("projects", "population",
            "buildings", "flood_hazard", "comuni")), GeometryType.GEOMETRY, territory.nativeSrid(), a, "projects",
        Optional.empty(), Optional.empty(), List.of());
  }

  private static List<AttributeDefinition> runAttributes() {
    return List.of(new AttributeDefinition("run_id", AttributeType.INTEGER, "Analytics run", true),
        new AttributeDefinition("computed_at", AttributeType.DATETIME, "Computed at", true));
  }
}
