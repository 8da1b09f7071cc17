package org.smartland.analytics.priority;

/** How much a building's hazard weighs in a project's risk reduction. */
public final class RiskWeights {
  private RiskWeights() {
  }

  /**
   * @param floodSeverity 3 for P3, 2 for P2, 1 for P1, 0 outside every flood zone
   * @param inLandslide   whether the building touches a mapped landslide
   * @return the worst of: flood P3 1, P2 0.5, P1 0.25; landslide 1; otherwise 0
   */
  public static double of(int floodSeverity, boolean inLandslide) {
    double flood = switch (floodSeverity) {
      case 3 -> 1.0;
      case 2 -> 0.5;
      case 1 -> 0.25;
      default -> 0.0;
    };
    return Math.max(flood, inLandslide ? 1.0 : 0.0);
  }
}
