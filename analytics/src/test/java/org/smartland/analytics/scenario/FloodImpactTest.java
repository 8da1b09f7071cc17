package org.smartland.analytics.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.smartland.analytics.exposure.HazardClass;

/**
 * Nested zones as the flood maps draw them: P3 (0–100 m from the river at y = 0), P2 (0–200 m) and P1 (0–400 m),
 * overlapping. A house at y = 150, a school at y = 300, a farm at y = 500; a road along x = 50 from y = -50 to 450.
 */
class FloodImpactTest {
  static final List<FloodImpact.Zone> ZONES = List.of(
      new FloodImpact.Zone(g("POLYGON ((0 0, 1000 0, 1000 100, 0 100, 0 0))"), HazardClass.P3),
      new FloodImpact.Zone(g("POLYGON ((0 0, 1000 0, 1000 200, 0 200, 0 0))"), HazardClass.P2),
      new FloodImpact.Zone(g("POLYGON ((0 0, 1000 0, 1000 400, 0 400, 0 0))"), HazardClass.P1));
  static final List<FloodImpact.Asset> ASSETS = List.of(
      new FloodImpact.Asset("house", "building", g("POLYGON ((200 140, 220 140, 220 160, 200 160, 200 140))"), 4),
      new FloodImpact.Asset("school", "school", g("POINT (500 300)"), 0),
      new FloodImpact.Asset("farm", "building", g("POLYGON ((600 500, 620 500, 620 520, 600 520, 600 500))"), 3));
  static final List<FloodImpact.Road> ROADS = List.of(
      new FloodImpact.Road(1, g("LINESTRING (50 -50, 50 450)")),
      new FloodImpact.Road(2, g("LINESTRING (700 450, 900 450)")));

  static Geometry g(String wkt) {
    try {
      return new WKTReader().read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void a_frequent_flood_covers_only_the_p3_zone() {
    FloodImpact.Result r = FloodImpact.of(HazardClass.P3, ZONES, ASSETS, ROADS);
    assertEquals(List.of(), r.assetsHit());
    assertEquals(Set.of(1L), r.roadsCut());
    assertEquals(0.1, r.roadKmUnderWater(), 1e-9, "the road from y = 0 to 100");
  }

  @Test
  void a_p2_flood_also_covers_the_p3_zone_and_hits_the_house() {
    FloodImpact.Result r = FloodImpact.of(HazardClass.P2, ZONES, ASSETS, ROADS);
    assertEquals(List.of("house"), r.assetsHit());
    assertEquals(4, r.residentsHit(), 1e-9);
    assertEquals(0.2, r.roadKmUnderWater(), 1e-9, "overlapping zones counted once");
  }

  @Test
  void a_rare_flood_covers_everything_but_the_farm() {
    FloodImpact.Result r = FloodImpact.of(HazardClass.P1, ZONES, ASSETS, ROADS);
    assertEquals(List.of("house", "school"), r.assetsHit());
    assertEquals(Map.of("building", 1, "school", 1), r.hitByKind());
    assertEquals(0.4, r.roadKmUnderWater(), 1e-9);
    assertEquals(Set.of(1L), r.roadsCut(), "road 2 at y = 450 stays dry");
  }
}
