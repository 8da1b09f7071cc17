package org.smartland.analytics.priority;

import java.util.List;

/**
 * What a project reaches, measured spatially from its geometry.
 *
 * @param projectId              the project's id
 * @param title                  its title
 * @param corridor               its corridor
 * @param comuni                 ISTAT codes of the Comuni its geometry lies in (a polygon must cover at least 1 % of
 *                               the Comune or of itself, so that a shared border does not count); the nearest
 *                               Comune when it lies in none
 * @param costEur                its cost, NaN when unknown
 * @param residentsReached       residents of the residential buildings inside its influence area
 * @param buildingsReached       buildings inside its influence area
 * @param riskWeightedResidents  residents inside its influence area weighted by their building's hazard (flood P3
 *                               1, P2 0.5, P1 0.25, landslide 1; the worst applies)
 * @param nearbyOtherCorridors   projects of other corridors within the synergy distance
 */
public record ProjectMeasures(String projectId, String title, String corridor, List<String> comuni, double costEur,
                              double residentsReached, long buildingsReached, double riskWeightedResidents,
                              int nearbyOtherCorridors) {
  public ProjectMeasures {
    comuni = List.copyOf(comuni);
  }
}
