package org.smartland.analytics.priority;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.smartland.analytics.ranking.Criterion;
import org.smartland.analytics.ranking.ProjectCriteria;

/**
 * A project's five criteria from its measures:
 * <ul>
 *   <li>need — the mean need gap of its corridor in the Comuni it touches ({@link NeedGap});</li>
 *   <li>beneficiaries — residents in its influence area;</li>
 *   <li>cost-effectiveness — those residents per €1,000 of cost (0 when the cost is unknown or zero);</li>
 *   <li>risk reduction — hazard-weighted residents in its influence area, for projects of a risk corridor
 *       (water and hydrogeological risk), 0 for the others;</li>
 *   <li>synergy — projects of other corridors within the synergy distance.</li>
 * </ul>
 */
public final class CriteriaRules {
  private CriteriaRules() {
  }

  public static ProjectCriteria of(ProjectMeasures m, double need, Set<String> riskCorridors) {
    Map<Criterion, Double> v = new EnumMap<>(Criterion.class);
    v.put(Criterion.NEED, need);
    v.put(Criterion.BENEFICIARIES, m.residentsReached());
    v.put(Criterion.COST_EFFECTIVENESS, m.costEur() > 0 ? m.residentsReached() / (m.costEur() / 1000) : 0);
    v.put(Criterion.RISK_REDUCTION, riskCorridors.contains(m.corridor()) ? m.riskWeightedResidents() : 0);
    v.put(Criterion.SYNERGY, (double) m.nearbyOtherCorridors());
    return new ProjectCriteria(m.projectId(), v);
  }
}
