package org.smartland.data.derive;

import java.util.LinkedHashMap;
import java.util.Map;
import org.smartland.data.territory.ConfigNode;

/**
 * The reference values that estimate a public building's energy performance when it has no certificate,
 * read from {@code params.reference} of the {@code public_building_energy} derivation:
 * <ul>
 *   <li>{@code source} — where the values come from (shown in the method);</li>
 *   <li>{@code degree_days} — the heating degree-days the values refer to;</li>
 *   <li>{@code ep_gl_nren_kwh_m2} — EPgl,nren (kWh/m² year) by {@link ConstructionPeriod} label, every label
 *       including {@code unknown};</li>
 *   <li>{@code use_factor} — a multiplier by public category, with {@code other} for the rest;</li>
 *   <li>{@code ep_ref_kwh_m2} — the reference building's EPgl,nren by category (with {@code other}), to
 *       classify the estimate on the national scale ({@link EnergyClass}).</li>
 * </ul>
 * The estimate is {@code ep(period) × use_factor(category) × territory degree-days / reference degree-days}:
 * heating dominates the primary energy of these buildings, and scales about linearly with degree-days.
 */
record EnergyReference(String source, double degreeDays, Map<String, Double> epByPeriod,
                       Map<String, Double> useFactor, Map<String, Double> epReference) {

  static EnergyReference parse(ConfigNode n) {
    Map<String, Double> ep = numbers(n.child("ep_gl_nren_kwh_m2"));
    for (String label : ConstructionPeriod.LABELS) {
      if (!ep.containsKey(label)) {
        throw n.child("ep_gl_nren_kwh_m2").error("needs a value for period '" + label + "' (periods: "
            + ConstructionPeriod.LABELS + ")");
      }
    }
    Map<String, Double> factor = numbers(n.child("use_factor"));
    Map<String, Double> reference = numbers(n.child("ep_ref_kwh_m2"));
    if (!factor.containsKey("other")) {
      throw n.child("use_factor").error("needs a value for 'other'");
    }
    if (!reference.containsKey("other")) {
      throw n.child("ep_ref_kwh_m2").error("needs a value for 'other'");
    }
    double dd = n.number("degree_days", Double.NaN);
    if (!(dd > 0)) {
      throw n.error("degree_days must be a positive number");
    }
    return new EnergyReference(n.text("source"), dd, ep, factor, reference);
  }

  /** The estimated EPgl,nren (kWh/m² year) of a building of this category and period in a place with these degree-days. */
  double estimate(String category, String period, double placeDegreeDays) {
    return epByPeriod.get(period) * useFactor.getOrDefault(category, useFactor.get("other")) * placeDegreeDays / degreeDays;
  }

  /** The class of an estimated EPgl,nren for a building of this category. */
  String energyClass(String category, double ep) {
    return EnergyClass.of(ep, epReference.getOrDefault(category, epReference.get("other")));
  }

  private static Map<String, Double> numbers(ConfigNode n) {
    Map<String, Double> out = new LinkedHashMap<>();
    n.entries().forEach((k, v) -> {
      if (!v.value().isNumber() || !(v.value().asDouble() > 0)) {
        throw v.error("must be a positive number");
      }
      out.put(k, v.value().asDouble());
    });
    return out;
  }
}
