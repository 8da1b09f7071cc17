package org.smartland.layers.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The straight-enough stretches of a feature's lines on which a label fits, longest first.
 *
 * <p>Method: each line (in pixels, already simplified) is cut greedily into stretches: a stretch grows
 * vertex by vertex while every vertex it spans stays within {@code tolerance} pixels of the chord from its
 * first to its last vertex. Each chord is clipped to the image (Liang–Barsky), and kept if what remains is at
 * least {@code minLength} long. Rings (polygon outlines) are not used. Lines shorter than the text give none.
 */
final class LineStretches {
  /** At most this many stretches are kept per feature. */
  static final int MAX = 4;

  private LineStretches() {
  }

  static List<Stretch> of(ScreenGeometry s, double tolerance, double minLength, int width, int height) {
    List<Stretch> out = new ArrayList<>();
    for (int p = 0; p < s.partCount(); p++) {
      if (s.partClosed(p)) {
        continue;
      }
      int n = s.partSize(p);
      int start = 0;
      while (start < n - 1) {
        int end = start + 1;
        while (end + 1 < n && straight(s, p, start, end + 1, tolerance)) {
          end++;
        }
        clip(s.partX(p, start), s.partY(p, start), s.partX(p, end), s.partY(p, end), width, height)
            .filter(c -> c.length() >= minLength).ifPresent(out::add);
        start = end;
      }
    }
    out.sort(Comparator.comparingDouble(Stretch::length).reversed());
    return out.size() > MAX ? List.copyOf(out.subList(0, MAX)) : out;
  }

  private static boolean straight(ScreenGeometry s, int p, int from, int to, double tolerance) {
    double ax = s.partX(p, from);
    double ay = s.partY(p, from);
    double dx = s.partX(p, to) - ax;
    double dy = s.partY(p, to) - ay;
    double len = Math.hypot(dx, dy);
    if (len == 0) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      double px = s.partX(p, i) - ax;
      double py = s.partY(p, i) - ay;
      double along = (px * dx + py * dy) / len;
      if (Math.abs(px * dy - py * dx) / len > tolerance || along < 0 || along > len) {
        return false;
      }
    }
    return true;
  }

  /** The part of the segment inside [0, width] × [0, height]. */
  static Optional<Stretch> clip(double x0, double y0, double x1, double y1, int width, int height) {
    double dx = x1 - x0;
    double dy = y1 - y0;
    double t0 = 0;
    double t1 = 1;
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {x0, width - x0, y0, height - y0};
    for (int i = 0; i < 4; i++) {
      if (p[i] == 0) {
        if (q[i] < 0) {
          return Optional.empty();
        }
      } else {
        double r = q[i] / p[i];
        if (p[i] < 0) {
          t0 = Math.max(t0, r);
        } else {
          t1 = Math.min(t1, r);
        }
      }
    }
    if (t0 > t1) {
      return Optional.empty();
    }
    return Optional.of(new Stretch(x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy));
  }
}
