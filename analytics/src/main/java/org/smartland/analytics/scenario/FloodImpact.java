package org.smartland.analytics.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.smartland.analytics.exposure.HazardClass;

/**
 * What a flood of a given hazard scenario hits. A flood of class S covers every zone at least as frequent as S: a
 * P2 flood (100–200 years) covers the P3 and P2 zones, a P1 flood all of them. Overlapping zones count once. A
 * building or service whose footprint or point touches the flooded area is hit; a road edge that touches it is cut
 * (closed as a whole), and its length under water is measured.
 */
public final class FloodImpact {
  private FloodImpact() {
  }

  /** A hazard zone: its area and class. */
  public record Zone(Geometry area, HazardClass hazard) {
  }

  /** Something that can be hit: a building, a school, a health structure…, with the residents it holds. */
  public record Asset(String id, String kind, Geometry geometry, double residents) {
  }

  /** A road edge, by the id the road graph knows it by. */
  public record Road(long edgeId, Geometry geometry) {
  }

  /**
   * @param assetsHit   the ids of the assets hit, in the order given
   * @param hitByKind   how many assets of each kind are hit
   * @param residentsHit residents of the assets hit
   * @param roadsCut    the ids of the road edges cut
   * @param roadKmUnderWater kilometres of road inside the flooded area
   */
  public record Result(List<String> assetsHit, Map<String, Integer> hitByKind, double residentsHit, Set<Long> roadsCut,
                       double roadKmUnderWater) {
  }

  public static Result of(HazardClass scenario, List<Zone> zones, List<Asset> assets, List<Road> roads) {
    List<Geometry> flooded = zones.stream().filter(z -> z.hazard().atLeast(scenario)).map(Zone::area).toList();
    if (flooded.isEmpty()) {
      return new Result(List.of(), Map.of(), 0, Set.of(), 0);
    }
    Geometry area = UnaryUnionOp.union(flooded);
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
    List<String> hit = new ArrayList<>();
    Map<String, Integer> byKind = new LinkedHashMap<>();
    double residents = 0;
    for (Asset a : assets) {
      if (prepared.intersects(a.geometry())) {
        hit.add(a.id());
        byKind.merge(a.kind(), 1, Integer::sum);
        residents += a.residents();
      }
    }
    Set<Long> cut = new LinkedHashSet<>();
    double metres = 0;
    for (Road r : roads) {
      if (prepared.intersects(r.geometry())) {
        cut.add(r.edgeId());
        metres += prepared.containsProperly(r.geometry()) ? r.geometry().getLength()
            : area.intersection(r.geometry()).getLength();
      }
    }
    return new Result(hit, byKind, residents, cut, metres / 1000);
  }
}
