package org.smartland.analytics.network;

import java.util.List;

/**
 * Who reaches a destination on foot: each origin (a residential building) joins the network at its nearest
 * node; its walking distance is the walk to that node plus the node's distance to the nearest destination.
 */
public final class Reach {
  private Reach() {
  }

  /**
   * One origin: where it joins the network and how much it weighs (e.g. its residents).
   *
   * @param access where it joins the network
   * @param weight its weight, not negative
   */
  public record Origin(RoadGraph.Access access, double weight) {
    public Origin {
      if (!(weight >= 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("an origin's weight must be a finite number ≥ 0");
      }
    }
  }

  /** The walking distance of an origin to the nearest destination, given the nodes' distances. */
  public static double distance(Origin o, double[] nodeDistances) {
    return o.access().distance() + nodeDistances[o.access().node()];
  }

  /** The weight of the origins within {@code limit} metres, over all their weight; 0 when they weigh nothing. */
  public static double shareWithin(List<Origin> origins, double[] nodeDistances, double limit) {
    double total = 0;
    double within = 0;
    for (Origin o : origins) {
      total += o.weight();
      if (distance(o, nodeDistances) <= limit) {
        within += o.weight();
      }
    }
    return total == 0 ? 0 : within / total;
  }
}
