package org.smartland.analytics.scenario;

import java.util.Locale;
import java.util.Map;
import org.smartland.analytics.energy.PublicBuilding;

/**
 * The energy retrofit of one public building: bringing it to a target energy class (its consumption falls to the
 * class's reference kWh/m², never rises) and adding photovoltaic panels, with what it saves and costs.
 *
 * @param targetKwhPerM2   reference consumption of each target class, kWh/m² per year (e.g. A4 … G)
 * @param costPerM2        investment per m² of floor area to reach each target class, €
 * @param pvCostPerKwp     investment per kWp of photovoltaic panels, €
 * @param pvYieldKwhPerKwp production per kWp in a year, kWh (about 1,150 in Lombardy)
 * @param eurPerKwh        price of the energy saved or produced, €/kWh
 * @param co2TPerKwh       CO₂ of a kWh saved or produced, tonnes, for buildings whose own ratio is unknown
 */
public record Retrofit(Map<String, Double> targetKwhPerM2, Map<String, Double> costPerM2, double pvCostPerKwp,
                       double pvYieldKwhPerKwp, double eurPerKwh, double co2TPerKwh) {

  public Retrofit {
    targetKwhPerM2 = Map.copyOf(targetKwhPerM2);
    costPerM2 = Map.copyOf(costPerM2);
    for (double v : new double[] {pvCostPerKwp, pvYieldKwhPerKwp, eurPerKwh, co2TPerKwh}) {
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("costs, yield, price and CO₂ factor must be finite numbers ≥ 0");
      }
    }
  }

  /**
   * What one building's retrofit gives.
   *
   * @param kwhSaved  primary energy saved a year, kWh (with the PV production)
   * @param eurSaved  € saved a year
   * @param co2TSaved CO₂ avoided a year, tonnes
   * @param investment € to invest
   * @param paybackYears investment over yearly savings; infinite when nothing is saved
   * @param classAfter the energy class after (unchanged when already at or better than the target)
   */
  public record Outcome(double kwhSaved, double eurSaved, double co2TSaved, double investment, double paybackYears,
                        String classAfter) {
  }

  /**
   * @param b           the building
   * @param targetClass the class to reach (a key of {@code targetKwhPerM2}); none when only PV is added
   * @param pvKwp       kWp of panels to add (0 for none)
   * @throws IllegalArgumentException for a class without a reference consumption or cost, or negative kWp
   */
  public Outcome apply(PublicBuilding b, String targetClass, double pvKwp) {
    if (!(pvKwp >= 0) || Double.isInfinite(pvKwp)) {
      throw new IllegalArgumentException("kWp of panels must be a finite number ≥ 0, not " + pvKwp);
    }
    double kwhBefore = b.floorAreaM2() * b.kwhPerM2();
    double kwhSaved = 0;
    double investment = 0;
    String classAfter = b.energyClass();
    if (targetClass != null) {
      String target = targetClass.trim().toUpperCase(Locale.ROOT);
      Double reference = targetKwhPerM2.get(target);
      Double cost = costPerM2.get(target);
      if (reference == null || cost == null) {
        throw new IllegalArgumentException("no reference consumption or cost for class '" + targetClass + "'; known: "
            + new java.util.TreeSet<>(targetKwhPerM2.keySet()));
      }
      if (b.kwhPerM2() > reference) {
        kwhSaved = b.floorAreaM2() * (b.kwhPerM2() - reference);
        investment += b.floorAreaM2() * cost;
        classAfter = target;
      }
    }
    double pvKwh = pvKwp * pvYieldKwhPerKwp;
    kwhSaved += pvKwh;
    investment += pvKwp * pvCostPerKwp;
    double co2PerKwh = kwhBefore > 0 && b.co2T() > 0 ? b.co2T() / kwhBefore : co2TPerKwh;
    double eurSaved = kwhSaved * eurPerKwh;
    return new Outcome(kwhSaved, eurSaved, kwhSaved * co2PerKwh, investment,
        eurSaved > 0 ? investment / eurSaved : Double.POSITIVE_INFINITY, classAfter);
  }
}
