package org.smartland.data.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartland.data.source.SourceFeature;
import org.smartland.data.territory.ConfigNode;

/**
 * {@code building_profile}: the profile of every building read from the layer's source (OSM buildings with
 * their tags mapped to {@code building}, {@code levels}, {@code start_date}, {@code height} and whatever the
 * rules test), against the Comuni (input {@code comuni}):
 * <ul>
 *   <li>{@code use} — the first rule of {@code params.uses} ({@code {use: residential, when: {building: [house,
 *       apartments]}}}) the building meets, else {@code params.default_use} (default {@code other});</li>
 *   <li>{@code public_category} — likewise from {@code params.public_categories} (school, townhall, …), else empty;</li>
 *   <li>{@code floors} — {@code levels} rounded, at least 1; {@code params.default_floors} (default 1) when
 *       missing or not a number;</li>
 *   <li>{@code height_m} — the {@code height} tag in metres, else floors × {@code params.storey_height_m}
 *       (default 3.0);</li>
 *   <li>{@code footprint_m2} — the polygon's area; {@code floor_area_m2} — footprint × floors (gross floor
 *       area), both 2 decimals;</li>
 *   <li>{@code year} — the first year in {@code start_date}; {@code construction_period} — its ISTAT census
 *       class ({@link ConstructionPeriod}), empty when the year is unknown;</li>
 *   <li>{@code comune_istat} — the Comune named by the attribute {@code params.comune_name_attribute} (e.g. the
 *       {@code addr:city} tag), when it names one of the territory's Comuni (case is ignored); otherwise the
 *       Comune containing the building's interior point ({@link ComuneLocator}); empty outside the territory.
 *       The name comes first because generalised boundaries put buildings near a border on the wrong side;
 *       buildings whose name and position disagree are counted in a warning.</li>
 * </ul>
 */
public final class BuildingProfile implements Derivation {
  @Override
  public String name() {
    return "building_profile";
  }

  @Override
  public boolean readsOwnSource() {
    return true;
  }

  @Override
  public Set<String> roles() {
    return Set.of("comuni");
  }

  @Override
  public Set<String> writes() {
    return Set.of("use", "public_category", "floors", "height_m", "footprint_m2", "floor_area_m2", "year",
        "construction_period", "comune_istat");
  }

  @Override
  public List<SourceFeature> derive(DerivationContext ctx) {
    ConfigNode params = ctx.params();
    Classification uses = Classification.parse(params.optionalList("uses"), "use");
    Classification categories = Classification.parse(params.optionalList("public_categories"), "category");
    String defaultUse = params.optionalText("default_use").orElse("other");
    int defaultFloors = (int) params.number("default_floors", 1);
    double storey = params.number("storey_height_m", 3.0);
    ComuneLocator comuni = ComuneLocator.of(ctx.input("comuni").require(name(), "istat_code").features());
    Optional<String> nameAttribute = params.optionalText("comune_name_attribute");
    Map<String, String> istatByName = new HashMap<>();
    ctx.territory().comuni().forEach(c -> istatByName.put(c.name().toLowerCase(Locale.ROOT), c.istat()));
    int disagreeing = 0;
    List<SourceFeature> out = new ArrayList<>(ctx.own().size());
    int outside = 0;
    int badLevels = 0;
    for (SourceFeature b : ctx.own()) {
      Map<String, Object> p = new LinkedHashMap<>(b.properties());
      p.put("use", uses.classify(p).orElse(defaultUse));
      p.put("public_category", categories.classify(p).orElse(null));
      Optional<Double> levels = Values.leadingNumber(p.get("levels"));
      if (p.get("levels") != null && levels.isEmpty()) {
        badLevels++;
      }
      long floors = levels.map(l -> Math.max(1L, Math.round(l))).orElse((long) defaultFloors);
      p.put("floors", floors);
      p.put("height_m", Rounding.to(Values.leadingNumber(p.get("height")).orElse(floors * storey), 2));
      double footprint = b.geometry().getArea();
      p.put("footprint_m2", Rounding.to(footprint, 2));
      p.put("floor_area_m2", Rounding.to(footprint * floors, 2));
      Optional<Integer> year = Values.year(p.get("start_date"));
      p.put("year", year.map(Integer::longValue).orElse(null));
      p.put("construction_period", year.map(ConstructionPeriod::of).orElse(null));
      Optional<String> located = comuni.comuneOf(b.geometry());
      Optional<String> named = nameAttribute.flatMap(a -> Values.text(p.get(a)))
          .map(n -> istatByName.get(n.trim().toLowerCase(Locale.ROOT)));
      Optional<String> comune = named.or(() -> located);
      if (named.isPresent() && !named.equals(located)) {
        disagreeing++;
      }
      if (comune.isEmpty()) {
        outside++;
      }
      p.put("comune_istat", comune.orElse(null));
      out.add(b.withProperties(p));
    }
    if (outside > 0) {
      ctx.warn(outside + " buildings lie in no Comune of the territory (in the buffer around it): comune_istat left empty");
    }
    if (disagreeing > 0) {
      ctx.warn(disagreeing + " buildings lie outside the (generalised) boundary of the Comune their "
          + nameAttribute.orElseThrow() + " names: the named Comune was used");
    }
    if (badLevels > 0) {
      ctx.warn(badLevels + " buildings have a levels value that is not a number: " + defaultFloors + " floor(s) assumed");
    }
    return out;
  }
}
