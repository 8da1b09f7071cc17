package org.smartland.analytics.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.smartland.analytics.network.RoadGraph;

/**
 * Which places keep their road access to a kind of service (the nearest hospital, the nearest school) when some
 * roads are closed, e.g. because a flood covers them: each place's network distance to the nearest service before
 * and after the closure.
 */
public final class RoadAccess {
  private RoadAccess() {
  }

  /** A place (a building, a Comune's centre) and where it joins the network. */
  public record Place(String id, RoadGraph.Access access) {
  }

  /**
   * One place's distance to the nearest service, before and after; {@link Double#POSITIVE_INFINITY} when none can
   * be reached.
   */
  public record Change(String placeId, double before, double after) {
    /** It could reach a service before and cannot any more. */
    public boolean lost() {
      return Double.isFinite(before) && Double.isInfinite(after);
    }

    /** Its way to the nearest service got longer (a detour), without being cut. */
    public boolean detour() {
      return Double.isFinite(after) && after > before + 1e-6;
    }
  }

  /**
   * @param graph    the road network
   * @param places   the places to check
   * @param services where the services join the network (those that are themselves closed left out by the caller)
   * @param closed   the ids of the closed road edges
   * @return one change per place, in the order given
   */
  public static List<Change> afterClosure(RoadGraph graph, List<Place> places, List<RoadGraph.Access> services,
                                          Set<Long> closed) {
    return afterClosure(graph, places, services, services, closed);
  }

  /**
   * As {@link #afterClosure(RoadGraph, List, List, Set)}, when some services also close (e.g. flooded schools):
   * {@code servicesBefore} all of them, {@code servicesAfter} those still open.
   */
  public static List<Change> afterClosure(RoadGraph graph, List<Place> places, List<RoadGraph.Access> servicesBefore,
                                          List<RoadGraph.Access> servicesAfter, Set<Long> closed) {
    double[] before = graph.distancesToNearest(servicesBefore, Double.MAX_VALUE);
    double[] after = graph.distancesToNearest(servicesAfter, Double.MAX_VALUE, closed);
    List<Change> out = new ArrayList<>(places.size());
    for (Place p : places) {
      int node = p.access().node();
      double walk = p.access().distance();
      out.add(new Change(p.id(), walk + before[node], walk + after[node]));
    }
    return out;
  }
}
