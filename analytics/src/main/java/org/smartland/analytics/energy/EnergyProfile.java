package org.smartland.analytics.energy;

import java.util.List;

/**
 * Aggregates of the public buildings of a Comune (or of the territory): the indicators ene_public_kwh_m2,
 * ene_public_share_eg, ene_public_co2 and ene_public_pv of the catalogue.
 *
 * @param kwhPerM2         floor-area-weighted mean kWh/m² per year (NaN without floor area)
 * @param shareWorstClasses share of the floor area in classes E–G, 0–1 (NaN without floor area)
 * @param co2T             total CO₂ per year, tonnes
 * @param pvKwhYear        total PV production per year, kWh
 */
public record EnergyProfile(double kwhPerM2, double shareWorstClasses, double co2T, double pvKwhYear) {

  public static EnergyProfile of(List<PublicBuilding> buildings) {
    double area = 0;
    double energy = 0;
    double worstArea = 0;
    double co2 = 0;
    double pv = 0;
    for (PublicBuilding b : buildings) {
      area += b.floorAreaM2();
      energy += b.floorAreaM2() * b.kwhPerM2();
      if (b.inWorstClasses()) {
        worstArea += b.floorAreaM2();
      }
      co2 += b.co2T();
      pv += b.pvKwhYear();
    }
    return new EnergyProfile(area == 0 ? Double.NaN : energy / area, area == 0 ? Double.NaN : worstArea / area, co2, pv);
  }
}
