package org.smartland.data.derive;

/**
 * The national energy class scale of the DM 26/06/2015 "Linee guida nazionali per l'attestazione della
 * prestazione energetica degli edifici" (Allegato 1, Tabella 2): the class follows from the ratio of the
 * building's non-renewable global primary energy {@code EPgl,nren} to that of its reference building
 * {@code EPgl,nren,rif,standard (2019/21)}: A4 ≤ 0.40 &lt; A3 ≤ 0.60 &lt; A2 ≤ 0.80 &lt; A1 ≤ 1.00 &lt; B ≤ 1.20
 * &lt; C ≤ 1.50 &lt; D ≤ 2.00 &lt; E ≤ 2.60 &lt; F ≤ 3.50 &lt; G.
 */
public final class EnergyClass {
  private static final double[] UPPER = {0.40, 0.60, 0.80, 1.00, 1.20, 1.50, 2.00, 2.60, 3.50};
  private static final String[] CLASSES = {"A4", "A3", "A2", "A1", "B", "C", "D", "E", "F", "G"};

  private EnergyClass() {
  }

  /** The class of a building with this EPgl,nren and reference EPgl,nren (both kWh/m² year, reference &gt; 0). */
  public static String of(double epGlNren, double epGlNrenReference) {
    if (!(epGlNrenReference > 0)) {
      throw new IllegalArgumentException("the reference EPgl,nren must be positive: " + epGlNrenReference);
    }
    return ofRatio(epGlNren / epGlNrenReference);
  }

  /** The class for a ratio EPgl,nren / EPgl,nren,rif,standard. */
  public static String ofRatio(double ratio) {
    for (int i = 0; i < UPPER.length; i++) {
      if (ratio <= UPPER[i]) {
        return CLASSES[i];
      }
    }
    return CLASSES[CLASSES.length - 1];
  }
}
