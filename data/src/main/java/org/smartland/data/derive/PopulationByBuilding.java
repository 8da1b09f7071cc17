package org.smartland.data.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartland.data.source.SourceFeature;

/**
 * {@code population_by_building}: each Comune's residents (input {@code comuni}, attribute {@code residents},
 * the ISTAT count) are shared among its residential buildings (input {@code buildings} with
 * {@code use = params.residential_use}, default {@code residential}, and {@code comune_istat} of that Comune)
 * in proportion to their gross floor area ({@code floor_area_m2}). Each building gets {@code residents_exact}
 * (the proportional share, 3 decimals) and {@code residents}, a whole number from the largest-remainder method
 * ({@link Apportionment}), so that the whole numbers of a Comune add up exactly to its ISTAT residents and each
 * differs from its exact share by less than one person. Also written: {@code osm_id}, {@code comune_istat},
 * {@code floor_area_m2}; the geometry is the building's.
 *
 * <p>Degenerate cases: a Comune with residents but no residential floor area gets no buildings and a warning
 * (its residents are not disaggregated); residential buildings outside every Comune of the territory are
 * left out (with a warning); a Comune without a residents count is skipped with a warning.
 */
public final class PopulationByBuilding implements Derivation {
  @Override
  public String name() {
    return "population_by_building";
  }

  @Override
  public boolean readsOwnSource() {
    return false;
  }

  @Override
  public Set<String> roles() {
    return Set.of("buildings", "comuni");
  }

  @Override
  public Set<String> writes() {
    return Set.of("osm_id", "comune_istat", "floor_area_m2", "residents", "residents_exact");
  }

  @Override
  public List<SourceFeature> derive(DerivationContext ctx) {
    String residential = ctx.params().optionalText("residential_use").orElse("residential");
    InputLayer buildings = ctx.input("buildings").require(name(), "use", "floor_area_m2", "comune_istat", "osm_id");
    InputLayer comuni = ctx.input("comuni").require(name(), "istat_code", "residents");
    Map<String, List<SourceFeature>> byComune = new LinkedHashMap<>();
    for (SourceFeature c : comuni.features()) {
      byComune.put(c.get("istat_code").toString(), new ArrayList<>());
    }
    int outside = 0;
    for (SourceFeature b : buildings.features()) {
      if (!residential.equals(b.get("use"))) {
        continue;
      }
      List<SourceFeature> list = b.get("comune_istat") == null ? null : byComune.get(b.get("comune_istat").toString());
      if (list == null) {
        outside++;
      } else {
        list.add(b);
      }
    }
    if (outside > 0) {
      ctx.warn(outside + " residential buildings outside the territory's Comuni are left out");
    }
    List<SourceFeature> out = new ArrayList<>();
    for (SourceFeature c : comuni.features()) {
      String istat = c.get("istat_code").toString();
      if (!(c.get("residents") instanceof Number residents)) {
        ctx.warn("Comune " + istat + " has no residents count: not disaggregated");
        continue;
      }
      share(istat, residents.longValue(), byComune.get(istat), out, ctx);
    }
    return out;
  }

  private static void share(String istat, long residents, List<SourceFeature> homes, List<SourceFeature> out,
                            DerivationContext ctx) {
    double[] area = new double[homes.size()];
    double total = 0;
    for (int i = 0; i < area.length; i++) {
      area[i] = homes.get(i).get("floor_area_m2") instanceof Number n ? n.doubleValue() : 0;
      total += area[i];
    }
    if (total <= 0) {
      if (residents > 0) {
        ctx.warn("Comune " + istat + " has " + residents + " residents but no residential floor area: not disaggregated");
      }
      return;
    }
    long[] whole = Apportionment.largestRemainder(residents, area);
    for (int i = 0; i < area.length; i++) {
      SourceFeature b = homes.get(i);
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("osm_id", b.get("osm_id"));
      p.put("comune_istat", istat);
      p.put("floor_area_m2", area[i]);
      p.put("residents", whole[i]);
      p.put("residents_exact", Rounding.to(residents * area[i] / total, 3));
      out.add(new SourceFeature(b.id(), b.geometry(), p));
    }
  }
}
