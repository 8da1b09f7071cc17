package org.smartland.analytics.scenario;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.smartland.analytics.exposure.HazardClass;

/**
 * A depth–damage rule for buildings: the water depth assumed in each hazard class's zones (the flood-risk maps
 * give classes, not depths), a curve from depth to the share of the building's value lost (linear between its
 * points, flat after the last), and the value per m² of footprint. A building's damage is taken at the depth of
 * the deepest zone it touches.
 *
 * @param depthM   assumed depth per class, metres
 * @param depths   the curve's depths, metres, increasing from 0
 * @param shares   the share lost at each depth, 0–1, never decreasing
 * @param eurPerM2 the value per m² of footprint exposed to the water
 */
public record DepthDamage(Map<HazardClass, Double> depthM, double[] depths, double[] shares, double eurPerM2) {

  public DepthDamage {
    depthM = java.util.Collections.unmodifiableMap(new EnumMap<>(depthM));
    depths = depths.clone();
    shares = shares.clone();
    if (depths.length == 0 || depths.length != shares.length || depths[0] != 0) {
      throw new IllegalArgumentException("the depth–damage curve needs as many shares as depths, from depth 0");
    }
    for (int i = 0; i < depths.length; i++) {
      if (!(shares[i] >= 0 && shares[i] <= 1) || i > 0 && (!(depths[i] > depths[i - 1]) || shares[i] < shares[i - 1])) {
        throw new IllegalArgumentException("the depth–damage curve's depths must increase and its shares (0–1) never"
            + " decrease: " + Arrays.toString(depths) + " → " + Arrays.toString(shares));
      }
    }
    if (!(eurPerM2 >= 0) || Double.isInfinite(eurPerM2)) {
      throw new IllegalArgumentException("the value per m² must be a finite number ≥ 0");
    }
    for (HazardClass h : HazardClass.values()) {
      Double d = depthM.get(h);
      if (d == null || !(d >= 0) || d.isInfinite()) {
        throw new IllegalArgumentException("the depth–damage rule needs a depth ≥ 0 for " + h);
      }
    }
  }

  /** The share of value lost at this depth. */
  public double share(double depth) {
    if (depth <= 0) {
      return shares[0];
    }
    for (int i = 1; i < depths.length; i++) {
      if (depth <= depths[i]) {
        double t = (depth - depths[i - 1]) / (depths[i] - depths[i - 1]);
        return shares[i - 1] + t * (shares[i] - shares[i - 1]);
      }
    }
    return shares[shares.length - 1];
  }

  /** The damage to a building of this footprint whose deepest zone is of class {@code worst}, in euro. */
  public double damage(HazardClass worst, double footprintM2) {
    return share(depthM.get(worst)) * eurPerM2 * footprintM2;
  }
}
