package org.smartland.analytics.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.smartland.analytics.exposure.HazardClass;
import org.smartland.analytics.indicators.IndicatorResult;
import org.smartland.analytics.network.NetworkChange;
import org.smartland.analytics.network.RoadGraph;
import org.smartland.analytics.scenario.RoadAccess;
import org.smartland.layers.catalog.IndicatorDefinition;

/**
 * A flood of a hazard class on the territory, with Sedona: the area it covers (the zones at least that frequent,
 * as {@link org.smartland.analytics.scenario.FloodImpact} defines it), the homes, buildings and services it hits
 * (anything touching the area), the road edges it cuts and their length under water; then, on the road graph with
 * those roads closed and the services hit out of use, each home's road distance to the nearest school and health
 * structure before and after ({@link RoadAccess}), and the walking indicators after.
 */
public final class FloodJob {
  /** The layers whose features can be hit, besides the homes; the walking destinations among them close when hit. */
  public static final List<String> ASSET_LAYERS = List.of("buildings", "public_buildings_energy", "schools",
      "health_structures", "pharmacies", "transit_stops", "rail_stations");
  /** The services whose road access is checked: closed when flooded. */
  public static final List<String> ACCESS_SERVICES = List.of("schools", "health_structures");

  private final TerritoryFrames frames;

  public FloodJob(TerritoryFrames frames) {
    this.frames = frames;
  }

  /**
   * A feature hit by the flood, in its Comune.
   *
   * @param worst the most frequent hazard class among the zones it touches (where the water is deepest)
   */
  public record Hit(String layer, String featureId, String istat, Geometry geometry, HazardClass worst) {
  }

  /** A home hit: its residents. */
  public record HomeHit(String homeId, String istat, double residents) {
  }

  /** A road edge cut, and the metres of it under water per Comune. */
  public record RoadCut(String roadId, Geometry geometry, double metresUnderWater) {
  }

  /** A home whose road distance to the nearest service of a kind changed: lost, or a detour. */
  public record AccessChange(String homeId, String istat, double residents, String service, Geometry geometry,
                             RoadAccess.Change change) {
  }

  /**
   * @param flooded      the flooded area, in pieces
   * @param homesHit     the homes hit, with their residents
   * @param hits         the other features hit, per layer
   * @param roadsCut     the road edges cut
   * @param roadKmByComune kilometres of road under water per Comune (roads clipped to the Comuni)
   * @param access       the homes whose access to a service was lost or lengthened
   * @param homes        residents per Comune (all homes, for shares)
   * @param before       the walking indicators as they are
   * @param after        the walking indicators with the flooded roads and services closed
   */
  public record Result(List<Geometry> flooded, List<HomeHit> homesHit, List<Hit> hits, List<RoadCut> roadsCut,
                       Map<String, Double> roadKmByComune, List<AccessChange> access, Map<String, Double> homes,
                       Map<String, IndicatorResult> before, Map<String, IndicatorResult> after) {
  }

  /**
   * @param walkIndicators the walking indicators to compute before and after (those the territory supports)
   * @param comuni         ISTAT code → name, in order
   */
  public Result run(HazardClass scenario, List<IndicatorDefinition> walkIndicators, Map<String, String> comuni,
                    Consumer<String> progress) {
    ScenarioViews views = new ScenarioViews(frames, progress);
    progress.accept("flooded area of a " + scenario + " flood");
    String flooded = views.flooded(scenario.severity());
    List<Geometry> area = new ArrayList<>();
    views.sql("SELECT geom FROM " + flooded).collectAsList().forEach(r -> area.add((Geometry) r.get(0)));

    progress.accept("homes hit");
    String homes = views.homes();
    List<HomeHit> homesHit = new ArrayList<>();
    for (Row r : views.sql("SELECT p.pid, FIRST(p.istat), FIRST(p.residents) FROM " + homes + " p JOIN " + flooded
        + " f ON ST_Intersects(f.geom, p.geom) GROUP BY p.pid ORDER BY p.pid").collectAsList()) {
      homesHit.add(new HomeHit(r.getString(0), r.getString(1), r.getDouble(2)));
    }
    Map<String, Double> residents = new LinkedHashMap<>();
    views.sql("SELECT istat, SUM(residents) FROM " + homes + " GROUP BY istat").collectAsList()
        .forEach(r -> residents.put(r.getString(0), r.getDouble(1)));

    String zones = views.raw("flood_hazard");
    List<Hit> hits = new ArrayList<>();
    Map<String, Set<String>> hitIds = new LinkedHashMap<>();
    for (String layer : ASSET_LAYERS) {
      if (!views.has(layer)) {
        continue;
      }
      progress.accept(layer + " hit");
      String inComuni = views.inComuni(layer);
      for (Row r : views.sql("SELECT x.fid, FIRST(x.istat), FIRST(x.geom), MAX(hazard_severity(z.hazard_class)) FROM "
          + inComuni + " x JOIN " + zones + " z ON ST_Intersects(z.geom, x.geom) WHERE"
          + " hazard_severity(z.hazard_class) >= " + scenario.severity() + " GROUP BY x.fid ORDER BY x.fid")
          .collectAsList()) {
        hits.add(new Hit(layer, r.getString(0), r.getString(1), (Geometry) r.get(2), HazardClass.ofSeverity(r.getInt(3))));
        hitIds.computeIfAbsent(layer, k -> new HashSet<>()).add(r.getString(0));
      }
    }

    progress.accept("roads cut");
    Map<String, Double> roadKm = new LinkedHashMap<>();
    List<RoadCut> cut = new ArrayList<>();
    if (views.has("roads")) {
      String roads = views.raw("roads");
      for (Row r : views.sql("SELECT r.fid, FIRST(r.geom), SUM(ST_Length(ST_Intersection(r.geom, f.geom))) FROM "
          + roads + " r JOIN " + flooded + " f ON ST_Intersects(r.geom, f.geom) GROUP BY r.fid ORDER BY r.fid")
          .collectAsList()) {
        cut.add(new RoadCut(r.getString(0), (Geometry) r.get(1), r.getDouble(2)));
      }
      views.comuni();
      views.sql("SELECT c.istat, SUM(ST_Length(ST_Intersection(ST_Intersection(r.geom, c.geom), f.geom))) / 1000"
          + " FROM comuni c JOIN " + roads + " r ON ST_Intersects(c.geom, r.geom) JOIN " + flooded + " f"
          + " ON ST_Intersects(r.geom, f.geom) GROUP BY c.istat").collectAsList()
          .forEach(r -> roadKm.put(r.getString(0), r.isNullAt(1) ? 0 : r.getDouble(1)));
    }

    List<AccessChange> access = views.has("roads") ? roadAccess(views, homes, cut, hitIds, progress) : List.of();

    Set<String> closed = new HashSet<>();
    cut.forEach(c -> closed.add(c.roadId()));
    Map<String, IndicatorResult> before = Map.of();
    Map<String, IndicatorResult> after = Map.of();
    if (!walkIndicators.isEmpty()) {
      progress.accept("walking indicators before the flood");
      IndicatorJob indicators = new IndicatorJob(frames);
      before = indicators.run(walkIndicators, comuni, progress);
      progress.accept("walking indicators with the flooded roads and services closed");
      after = indicators.run(walkIndicators, comuni, progress, new WhatIf(new NetworkChange(closed, List.of(),
          Map.of(), hitIds), Map.of()));
    }
    return new Result(area, homesHit, hits, cut, roadKm, access, residents, before, after);
  }

  private List<AccessChange> roadAccess(ScenarioViews views, String homes, List<RoadCut> cut,
                                        Map<String, Set<String>> hitIds, Consumer<String> progress) {
    progress.accept("road access to schools and health structures with the flooded roads closed");
    Set<String> closedRoads = new HashSet<>();
    cut.forEach(c -> closedRoads.add(c.roadId()));
    RoadNetwork network = RoadNetwork.all(views.frame("roads"), NetworkChange.closing(closedRoads));
    RoadGraph graph = network.graph();
    List<Row> homeRows = views.sql("SELECT pid, istat, residents, x, y, geom FROM " + homes + " ORDER BY pid")
        .collectAsList();
    List<RoadAccess.Place> places = new ArrayList<>(homeRows.size());
    for (Row r : homeRows) {
      places.add(new RoadAccess.Place(r.getString(0), graph.access(new Coordinate(r.getDouble(3), r.getDouble(4)))));
    }
    List<AccessChange> out = new ArrayList<>();
    for (String service : ACCESS_SERVICES) {
      if (!views.has(service)) {
        continue;
      }
      Set<String> flooded = hitIds.getOrDefault(service, Set.of());
      List<RoadGraph.Access> open = new ArrayList<>();
      List<RoadGraph.Access> all = new ArrayList<>();
      for (Row r : views.frame(service).select("fid", "geom").collectAsList()) {
        Geometry g = (Geometry) r.get(1);
        if (g != null && !g.isEmpty()) {
          RoadGraph.Access a = graph.access(g.getInteriorPoint().getCoordinate());
          all.add(a);
          if (!flooded.contains(r.getString(0))) {
            open.add(a);
          }
        }
      }
      List<RoadAccess.Change> changes = RoadAccess.afterClosure(graph, places, all, open, network.closedEdges());
      for (int i = 0; i < places.size(); i++) {
        RoadAccess.Change c = changes.get(i);
        if (c.lost() || c.detour()) {
          Row h = homeRows.get(i);
          out.add(new AccessChange(h.getString(0), h.getString(1), h.getDouble(2), service, (Geometry) h.get(5), c));
        }
      }
    }
    return out;
  }
}
