package org.smartland.data.derive;

import org.smartland.data.territory.ConfigNode;

/**
 * Rooftop photovoltaic potential from the footprint: {@code kWp = footprint × usable_roof_share × kwp_per_m2},
 * {@code kWh/year = kWp × kwh_per_kwp} (the specific yield of the place, e.g. from PVGIS). Parameters come from
 * {@code params.pv}: {@code usable_roof_share} (default 0.5), {@code kwp_per_m2} (default 0.2, i.e. 5 m² of
 * panels per kWp), {@code kwh_per_kwp} (required: it depends on the place).
 */
record PvPotential(double usableRoofShare, double kwpPerM2, double kwhPerKwp) {

  static PvPotential parse(ConfigNode n) {
    double yield = n.number("kwh_per_kwp", Double.NaN);
    if (!(yield > 0)) {
      throw n.error("kwh_per_kwp must be a positive number (the specific yield of the place)");
    }
    return new PvPotential(n.number("usable_roof_share", 0.5), n.number("kwp_per_m2", 0.2), yield);
  }

  double kwp(double footprintM2) {
    return footprintM2 * usableRoofShare * kwpPerM2;
  }

  double kwhPerYear(double kwp) {
    return kwp * kwhPerKwp;
  }
}
