package org.smartland.analytics.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.smartland.analytics.job.IndicatorFixture.Feat;

/**
 * The 23 indicators of the fixture computed the slow, obvious way, straight from the catalogue's method text
 * with plain JTS: no Spark, no Sedona, and none of the analytics' own network code (a naive O(n²) Dijkstra over
 * the fixture's edge list instead). Rules, as the catalogue and the job document them:
 * <ul>
 *   <li>a feature with an area or a point is in the Comune containing its interior point (residents, buildings'
 *       periods, public buildings, services, stations); lines and areas that are measured are clipped to each
 *       Comune (roads, cycle paths, footprints, parks, landslides);</li>
 *   <li>overlapping flood zones, landslides and parks count once (their union);</li>
 *   <li>a walk is the straight line from the home's interior point to its nearest walkable node, the shortest path
 *       on walkable edges to a destination's node, and the destination's straight line to that node (for a park:
 *       every node within 30 m of it, at its distance from it, 0 inside; or its nearest node when none is);</li>
 *   <li>the territory's value is the formula applied to the sums of the Comuni's sums.</li>
 * </ul>
 */
public final class BruteForceIndicators {
  public static final String TERRITORY = "territory";
  static final double GREEN_ENTRANCE_M = 30;
  static final Set<String> NOT_WALKABLE = Set.of("motorway", "motorway_link", "trunk", "trunk_link");

  /** Numerator and denominator of one Comune. */
  public record Sums(double num, double den) {
  }

  /** One indicator: ratio (scale × num / den, undefined over 0) or sum (scale × num), per Comune. */
  public record Indicator(boolean ratio, double scale, Map<String, Sums> byComune) {
    public OptionalDouble value(String place) {
      Sums s;
      if (place.equals(TERRITORY)) {
        s = new Sums(byComune.values().stream().mapToDouble(Sums::num).sum(),
            byComune.values().stream().mapToDouble(Sums::den).sum());
      } else {
        s = byComune.get(place);
      }
      if (!ratio) {
        return OptionalDouble.of(scale * s.num());
      }
      return s.den() == 0 ? OptionalDouble.empty() : OptionalDouble.of(scale * s.num() / s.den());
    }
  }

  /** Where something joins the network: a node id and the straight walk to it. */
  record Access(long node, double distance) {
  }

  private static final GeometryFactory GF = new GeometryFactory();

  private final IndicatorFixture f;
  private final Map<String, Geometry> comuneArea = new LinkedHashMap<>();
  private final Map<String, Double> comuneResidents = new LinkedHashMap<>();
  private final Map<Long, Coordinate> nodeAt = new HashMap<>();
  private final Map<Long, List<double[]>> links = new HashMap<>();
  private final Map<Long, Map<Long, Double>> pathCache = new HashMap<>();
  public final Map<String, Indicator> indicators = new LinkedHashMap<>();

  public BruteForceIndicators(IndicatorFixture f) {
    this.f = f;
    for (Feat c : f.layer("comuni")) {
      comuneArea.put((String) c.get("istat_code"), c.geom());
      comuneResidents.put((String) c.get("istat_code"), c.number("residents"));
    }
    buildNetwork();
    compute();
  }

  // --------------------------------------------------------------------------------------------- indicators

  private void compute() {
    walkShare("mob_res_stop_400m", "transit_stops", 400);
    walkShare("mob_res_rail_800m", "rail_stations", 800);
    walkShare("qol_school_10min", "schools", 800);
    walkShare("qol_health_15min", "health_structures", 1_200);
    walkShare("qol_pharmacy_10min", "pharmacies", 800);
    walkShare("qol_green_10min", "green_areas", 800);

    // km of cycle path per 1,000 ISTAT residents.
    ratio("mob_cycle_km_per_1000", 1_000, istat -> clippedLength("cycleways", istat) / 1_000, comuneResidents::get);
    // km of road (every class) per km² of the Comune's polygon.
    ratio("mob_road_density", 1, istat -> clippedLength("roads", istat) / 1_000,
        istat -> comuneArea.get(istat).getArea() / 1e6);

    ratio("acq_res_flood_p3", 100, istat -> homeResidents(istat, h -> worstFlood(h) >= 3 ? 1 : 0),
        istat -> homeResidents(istat, h -> 1));
    ratio("acq_res_flood_any", 100, istat -> homeResidents(istat, h -> worstFlood(h) >= 1 ? 1 : 0),
        istat -> homeResidents(istat, h -> 1));
    Geometry floodUnion = union("flood_hazard");
    sum("acq_road_km_flood", 0.001, istat -> {
      double m = 0;
      for (Feat r : f.layer("roads")) {
        m += comuneArea.get(istat).intersection(r.geom()).intersection(floodUnion).getLength();
      }
      return m;
    });
    sum("acq_services_flood", 1, istat -> {
      double n = 0;
      for (String layer : List.of("schools", "health_structures")) {
        for (Feat s : f.layer(layer)) {
          if (istat.equals(comuneOf(s.geom())) && floodUnion.intersects(s.geom())) {
            n++;
          }
        }
      }
      return n;
    });
    Geometry landslides = union("landslides");
    ratio("acq_landslide_area", 100, istat -> comuneArea.get(istat).intersection(landslides).getArea(),
        istat -> comuneArea.get(istat).getArea());

    ratio("ene_public_kwh_m2", 1, istat -> publicSum(istat, p -> p.get("ep_gl_nren_kwh_m2") == null ? 0
            : p.number("floor_area_m2") * p.number("ep_gl_nren_kwh_m2")),
        istat -> publicSum(istat, p -> p.get("ep_gl_nren_kwh_m2") == null ? 0 : p.number("floor_area_m2")));
    // E, F or G over the floor area of the buildings with a class (the job's rule: see IndicatorJobTest).
    ratio("ene_public_share_eg", 100, istat -> publicSum(istat, p -> worstClass((String) p.get("energy_class"))
            ? p.number("floor_area_m2") : 0),
        istat -> publicSum(istat, p -> p.get("energy_class") == null ? 0 : p.number("floor_area_m2")));
    sum("ene_public_co2", 1, istat -> publicSum(istat, p -> p.get("co2_t") == null ? 0 : p.number("co2_t")));
    sum("ene_public_pv", 1, istat -> publicSum(istat, p -> p.get("pv_kwh_year") == null ? 0
        : p.number("pv_kwh_year")));

    ratio("ter_built_share", 100, istat -> clippedArea("buildings", istat), istat -> comuneArea.get(istat).getArea());
    ratio("ter_sealed_per_resident", 1, istat -> clippedArea("buildings", istat), comuneResidents::get);
    ratio("ter_old_building_share", 100,
        istat -> count("buildings", istat, b -> b.get("construction_period") != null
            && IndicatorFixture.OLD.contains(b.get("construction_period"))),
        istat -> count("buildings", istat, b -> b.get("construction_period") != null
            && IndicatorFixture.KNOWN.contains(b.get("construction_period"))));

    Geometry green = union("green_areas");
    ratio("qol_green_per_resident", 1, istat -> comuneArea.get(istat).intersection(green).getArea(),
        comuneResidents::get);

    ratio("dig_sensors_per_10000", 10_000, istat -> count("arpa_stations", istat, s -> true), comuneResidents::get);
    ratio("dig_public_certified", 100,
        istat -> count("public_buildings_energy", istat, p -> !((Boolean) p.get("estimated"))),
        istat -> count("public_buildings_energy", istat, p -> true));
  }

  private void walkShare(String id, String destinations, double limit) {
    List<Access> accesses = destinationAccesses(destinations);
    ratio(id, 100, istat -> homeResidents(istat, h -> walk(h.geom(), accesses) <= limit ? 1 : 0),
        istat -> homeResidents(istat, h -> 1));
  }

  private void ratio(String id, double scale, ToDoubleFunction<String> num, ToDoubleFunction<String> den) {
    Map<String, Sums> by = new LinkedHashMap<>();
    for (String istat : comuneArea.keySet()) {
      by.put(istat, new Sums(num.applyAsDouble(istat), den.applyAsDouble(istat)));
    }
    indicators.put(id, new Indicator(true, scale, by));
  }

  private void sum(String id, double scale, ToDoubleFunction<String> num) {
    Map<String, Sums> by = new LinkedHashMap<>();
    for (String istat : comuneArea.keySet()) {
      by.put(istat, new Sums(num.applyAsDouble(istat), 0));
    }
    indicators.put(id, new Indicator(false, scale, by));
  }

  // ---------------------------------------------------------------------------------------------- features

  /** The Comune whose polygon contains the feature's interior point (a point's own position); null if none. */
  public String comuneOf(Geometry g) {
    Point p = g.getInteriorPoint();
    for (Map.Entry<String, Geometry> c : comuneArea.entrySet()) {
      if (c.getValue().contains(p)) {
        return c.getKey();
      }
    }
    return null;
  }

  /** Residents of the Comune's homes, each weighted 0 or 1 by {@code counted}. */
  private double homeResidents(String istat, ToDoubleFunction<Feat> counted) {
    double total = 0;
    for (Feat h : f.layer("population")) {
      if (istat.equals(comuneOf(h.geom()))) {
        total += h.number("residents") * counted.applyAsDouble(h);
      }
    }
    return total;
  }

  private double publicSum(String istat, ToDoubleFunction<Feat> value) {
    double total = 0;
    for (Feat p : f.layer("public_buildings_energy")) {
      if (istat.equals(comuneOf(p.geom()))) {
        total += value.applyAsDouble(p);
      }
    }
    return total;
  }

  private double count(String layer, String istat, java.util.function.Predicate<Feat> which) {
    return f.layer(layer).stream().filter(x -> istat.equals(comuneOf(x.geom())) && which.test(x)).count();
  }

  private double clippedLength(String layer, String istat) {
    return f.layer(layer).stream().mapToDouble(x -> comuneArea.get(istat).intersection(x.geom()).getLength()).sum();
  }

  private double clippedArea(String layer, String istat) {
    return f.layer(layer).stream().mapToDouble(x -> comuneArea.get(istat).intersection(x.geom()).getArea()).sum();
  }

  private Geometry union(String layer) {
    return GF.buildGeometry(f.layer(layer).stream().map(Feat::geom).toList()).union();
  }

  /** 3 for P3, 2 for P2, 1 for P1, 0 outside: the most frequent class of the zones the footprint touches. */
  int worstFlood(Feat home) {
    int worst = 0;
    for (Feat z : f.layer("flood_hazard")) {
      if (z.geom().intersects(home.geom())) {
        worst = Math.max(worst, switch ((String) z.get("hazard_class")) {
          case "P3" -> 3;
          case "P2" -> 2;
          case "P1" -> 1;
          default -> throw new IllegalStateException("hazard class " + z.get("hazard_class"));
        });
      }
    }
    return worst;
  }

  private static boolean worstClass(String energyClass) {
    return energyClass != null && Set.of("E", "F", "G").contains(energyClass.trim().toUpperCase(Locale.ROOT));
  }

  // ---------------------------------------------------------------------------------------------- walking

  private void buildNetwork() {
    for (Feat r : f.layer("roads")) {
      String cls = (String) r.get("class");
      if (r.get("from_node") == null || r.get("to_node") == null || r.get("length_m") == null
          || cls != null && NOT_WALKABLE.contains(cls)) {
        continue;
      }
      long a = (Long) r.get("from_node");
      long b = (Long) r.get("to_node");
      Coordinate[] cs = r.geom().getCoordinates();
      nodeAt.putIfAbsent(a, cs[0]);
      nodeAt.putIfAbsent(b, cs[cs.length - 1]);
      double length = r.number("length_m");
      links.computeIfAbsent(a, k -> new ArrayList<>()).add(new double[] {b, length});
      links.computeIfAbsent(b, k -> new ArrayList<>()).add(new double[] {a, length});
    }
  }

  /** The walkable node nearest to {@code g} (distance measured to the geometry); fails on a tie. */
  Access nearestNode(Geometry g) {
    long best = -1;
    double bestD = Double.POSITIVE_INFINITY;
    double second = Double.POSITIVE_INFINITY;
    for (Map.Entry<Long, Coordinate> n : nodeAt.entrySet()) {
      double d = g.distance(GF.createPoint(n.getValue()));
      if (d < bestD) {
        second = bestD;
        bestD = d;
        best = n.getKey();
      } else if (d < second) {
        second = d;
      }
    }
    if (second - bestD < 1e-6) {
      throw new IllegalStateException("the fixture is ambiguous: two nodes are nearest to " + g);
    }
    return new Access(best, bestD);
  }

  /** Where each destination of a layer joins the network. */
  List<Access> destinationAccesses(String layer) {
    List<Access> out = new ArrayList<>();
    for (Feat d : f.layer(layer)) {
      if (d.geom().getDimension() < 2) {
        out.add(nearestNode(d.geom().getInteriorPoint()));
        continue;
      }
      List<Access> near = new ArrayList<>();
      nodeAt.forEach((id, at) -> {
        double dist = d.geom().distance(GF.createPoint(at));
        if (dist <= GREEN_ENTRANCE_M) {
          near.add(new Access(id, dist));
        }
      });
      out.addAll(near.isEmpty() ? List.of(nearestNode(d.geom())) : near);
    }
    return out;
  }

  /** The walk from a home (its interior point) to the nearest of the destinations; infinite if none is reachable. */
  double walk(Geometry home, List<Access> destinations) {
    Access start = nearestNode(home.getInteriorPoint());
    Map<Long, Double> path = shortestPaths(start.node());
    double best = Double.POSITIVE_INFINITY;
    for (Access d : destinations) {
      best = Math.min(best, d.distance() + path.getOrDefault(d.node(), Double.POSITIVE_INFINITY));
    }
    return start.distance() + best;
  }

  /** The walk from the home labelled {@code label} to the nearest destination of {@code layer}. */
  double walk(String label, String layer) {
    Feat home = f.layer("population").stream().filter(h -> label.equals(h.get("label"))).findFirst().orElseThrow();
    return walk(home.geom(), destinationAccesses(layer));
  }

  /** Dijkstra the slow way: settle the nearest unsettled node, relax its links, repeat. */
  private Map<Long, Double> shortestPaths(long source) {
    return pathCache.computeIfAbsent(source, s -> {
      Map<Long, Double> dist = new HashMap<>();
      dist.put(s, 0.0);
      Set<Long> settled = new HashSet<>();
      while (true) {
        long next = -1;
        double nextD = Double.POSITIVE_INFINITY;
        for (Map.Entry<Long, Double> e : dist.entrySet()) {
          if (!settled.contains(e.getKey()) && e.getValue() < nextD) {
            next = e.getKey();
            nextD = e.getValue();
          }
        }
        if (next < 0) {
          return dist;
        }
        settled.add(next);
        for (double[] link : links.getOrDefault(next, List.of())) {
          long to = (long) link[0];
          if (nextD + link[1] < dist.getOrDefault(to, Double.POSITIVE_INFINITY)) {
            dist.put(to, nextD + link[1]);
          }
        }
      }
    });
  }
}
