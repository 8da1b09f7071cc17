package org.smartland.analytics.energy;

import java.util.Set;

/**
 * The energy figures of one public building, as the {@code public_buildings_energy} layer holds them.
 *
 * @param floorAreaM2 heated floor area, m²
 * @param kwhPerM2    non-renewable primary energy, kWh/m² per year (EP gl,nren)
 * @param energyClass A4…A1, B…G
 * @param co2T        CO₂ per year, tonnes
 * @param pvKwhYear   photovoltaic production per year, kWh (0 without PV)
 */
public record PublicBuilding(double floorAreaM2, double kwhPerM2, String energyClass, double co2T, double pvKwhYear) {
  private static final Set<String> WORST = Set.of("E", "F", "G");

  public PublicBuilding {
    if (!(floorAreaM2 >= 0) || !(kwhPerM2 >= 0) || !(co2T >= 0) || !(pvKwhYear >= 0)) {
      throw new IllegalArgumentException("floor area, kWh/m², CO₂ and PV must be numbers ≥ 0");
    }
  }

  /** Whether the building is in class E, F or G. */
  public boolean inWorstClasses() {
    return isWorstClass(energyClass);
  }

  /** Whether an energy class is one of the three worst, E, F or G (case and spaces ignored). */
  public static boolean isWorstClass(String energyClass) {
    return energyClass != null && WORST.contains(energyClass.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
