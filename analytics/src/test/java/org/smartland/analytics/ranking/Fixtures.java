package org.smartland.analytics.ranking;

import java.util.EnumMap;
import java.util.Map;

/** Candidate projects for the tests, with the criteria in enum order. */
final class Fixtures {
  private Fixtures() {
  }

  static ProjectCriteria project(
      String id, double need, double beneficiaries, double costEffectiveness, double riskReduction, double synergy) {
    Map<Criterion, Double> values = new EnumMap<>(Criterion.class);
    values.put(Criterion.NEED, need);
    values.put(Criterion.BENEFICIARIES, beneficiaries);
    values.put(Criterion.COST_EFFECTIVENESS, costEffectiveness);
    values.put(Criterion.RISK_REDUCTION, riskReduction);
    values.put(Criterion.SYNERGY, synergy);
    return new ProjectCriteria(id, values);
  }
}
