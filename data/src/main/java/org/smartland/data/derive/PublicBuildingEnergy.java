package org.smartland.data.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartland.data.source.SourceFeature;
import org.smartland.data.territory.ConfigNode;

/**
 * {@code public_building_energy}: the energy profile of the public buildings — the buildings (input
 * {@code buildings}) with a {@code public_category}, and any building an energy certificate (input
 * {@code certificates}, CENED) names. Certificates join buildings by OSM type and id ({@code osm_type},
 * {@code osm_id}; a certificate without a type means a way).
 *
 * <p>With a certificate: heated floor area, EPgl,nren, class, CO₂ per m², carrier, PV and retrofit come
 * from it; {@code consumption_kwh = EPgl,nren × area}, {@code co2_t = CO₂/m² × area / 1000};
 * {@code estimated = false}. Without one: {@code estimated = true}; EPgl,nren from the
 * {@link EnergyReference} by construction period and category, scaled by the Comune's degree-days
 * ({@code params.degree_days_by_comune}, ISTAT code → degree-days, else {@code params.degree_days}); heated area = gross floor area × {@code params.net_to_gross_floor_ratio}
 * (default 0.8); class on the national scale against the reference building's EPgl,nren of the category;
 * CO₂ = consumption × {@code params.co2_kg_per_kwh} (default 0.20, natural gas). For both: rooftop PV
 * potential from the footprint ({@link PvPotential}). Certificates that name no building are reported.
 */
public final class PublicBuildingEnergy implements Derivation {
  @Override
  public String name() {
    return "public_building_energy";
  }

  @Override
  public boolean readsOwnSource() {
    return false;
  }

  @Override
  public Set<String> roles() {
    return Set.of("buildings", "certificates");
  }

  @Override
  public Set<String> writes() {
    return Set.of("osm_id", "name", "category", "comune_istat", "year", "construction_period", "floor_area_m2",
        "energy_class", "ep_gl_nren_kwh_m2", "consumption_kwh", "co2_t", "pv_kwp", "pv_kwh_year", "has_pv",
        "retrofitted", "energy_carrier", "certificate_id", "certificate_date", "estimated");
  }

  @Override
  public List<SourceFeature> derive(DerivationContext ctx) {
    ConfigNode params = ctx.params();
    EnergyReference reference = EnergyReference.parse(params.child("reference"));
    PvPotential pv = PvPotential.parse(params.child("pv"));
    double degreeDays = params.number("degree_days", Double.NaN);
    if (!(degreeDays > 0)) {
      throw params.error("degree_days (of the territory) must be a positive number");
    }
    Map<String, Double> byComune = new LinkedHashMap<>();
    params.optional("degree_days_by_comune").ifPresent(n -> n.entries().forEach((istat, v) -> {
      if (!(v.value().asDouble() > 0)) {
        throw v.error("must be a positive number of degree-days");
      }
      byComune.put(istat, v.value().asDouble());
    }));
    Estimate estimate = new Estimate(reference, degreeDays, byComune, params.number("net_to_gross_floor_ratio", 0.8),
        params.number("co2_kg_per_kwh", 0.20));
    InputLayer buildings = ctx.input("buildings").require(name(), "osm_type", "osm_id", "name", "public_category",
        "comune_istat", "year", "construction_period", "footprint_m2", "floor_area_m2");
    InputLayer certificates = ctx.input("certificates").require(name(), "osm_type", "osm_id", "certificate_id",
        "certificate_date", "heated_floor_m2", "ep_gl_nren", "energy_class", "co2_kg_m2", "energy_carrier", "has_pv",
        "retrofitted", "year_built");
    Map<String, SourceFeature> byBuilding = new LinkedHashMap<>();
    for (SourceFeature c : certificates.features()) {
      byBuilding.put(key(c), c);
    }
    Set<String> matched = new HashSet<>();
    List<SourceFeature> out = new ArrayList<>();
    for (SourceFeature b : buildings.features()) {
      SourceFeature certificate = byBuilding.get(key(b));
      if (certificate == null && b.get("public_category") == null) {
        continue;
      }
      Map<String, Object> p = base(b);
      if (certificate != null) {
        matched.add(key(b));
        certified(p, certificate, b, estimate);
      } else {
        estimate.fill(p, b);
      }
      double kwp = pv.kwp(number(b.get("footprint_m2")));
      p.put("pv_kwp", Rounding.to(kwp, 1));
      p.put("pv_kwh_year", (double) Math.round(pv.kwhPerYear(kwp)));
      out.add(new SourceFeature(b.id(), b.geometry(), p));
    }
    for (String k : byBuilding.keySet()) {
      if (!matched.contains(k)) {
        ctx.warn("certificate " + byBuilding.get(k).get("certificate_id") + " names " + k + ", which is not a building of the layer");
      }
    }
    return out;
  }

  private static Map<String, Object> base(SourceFeature b) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("osm_id", b.get("osm_id"));
    p.put("name", b.get("name"));
    p.put("category", b.get("public_category") == null ? "other" : b.get("public_category"));
    p.put("comune_istat", b.get("comune_istat"));
    p.put("year", b.get("year"));
    p.put("construction_period", b.get("construction_period"));
    return p;
  }

  private static void certified(Map<String, Object> p, SourceFeature c, SourceFeature b, Estimate estimate) {
    double area = c.get("heated_floor_m2") instanceof Number n ? n.doubleValue()
        : number(b.get("floor_area_m2")) * estimate.netToGross();
    double ep = number(c.get("ep_gl_nren"));
    double co2PerM2 = c.get("co2_kg_m2") instanceof Number n ? n.doubleValue() : ep * estimate.co2PerKwh();
    if (c.get("year_built") instanceof Number y) {
      p.put("year", y.longValue());
      p.put("construction_period", ConstructionPeriod.of(y.intValue()));
    }
    p.put("floor_area_m2", Rounding.to(area, 2));
    p.put("energy_class", c.get("energy_class"));
    p.put("ep_gl_nren_kwh_m2", ep);
    p.put("consumption_kwh", (double) Math.round(ep * area));
    p.put("co2_t", Rounding.to(co2PerM2 * area / 1000, 2));
    p.put("has_pv", c.get("has_pv"));
    p.put("retrofitted", c.get("retrofitted"));
    p.put("energy_carrier", c.get("energy_carrier"));
    p.put("certificate_id", c.get("certificate_id"));
    p.put("certificate_date", c.get("certificate_date"));
    p.put("estimated", false);
  }

  /** The estimate for a public building without a certificate. */
  record Estimate(EnergyReference reference, double degreeDays, Map<String, Double> degreeDaysByComune,
                  double netToGross, double co2PerKwh) {
    void fill(Map<String, Object> p, SourceFeature b) {
      String category = p.get("category").toString();
      String period = b.get("construction_period") == null ? ConstructionPeriod.UNKNOWN : b.get("construction_period").toString();
      Object comune = b.get("comune_istat");
      double dd = comune == null ? degreeDays : degreeDaysByComune.getOrDefault(comune.toString(), degreeDays);
      double ep = Rounding.to(reference.estimate(category, period, dd), 1);
      double area = number(b.get("floor_area_m2")) * netToGross;
      p.put("floor_area_m2", Rounding.to(area, 2));
      p.put("energy_class", reference.energyClass(category, ep));
      p.put("ep_gl_nren_kwh_m2", ep);
      p.put("consumption_kwh", (double) Math.round(ep * area));
      p.put("co2_t", Rounding.to(ep * area * co2PerKwh / 1000, 2));
      p.put("has_pv", null);
      p.put("retrofitted", null);
      p.put("energy_carrier", null);
      p.put("certificate_id", null);
      p.put("certificate_date", null);
      p.put("estimated", true);
    }
  }

  private static String key(SourceFeature f) {
    Object type = f.get("osm_type");
    return (type == null ? "way" : type) + "/" + f.get("osm_id");
  }

  private static double number(Object v) {
    return v instanceof Number n ? n.doubleValue() : 0;
  }
}
