package org.smartland.layers.render;

import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartland.layers.style.LabelPlacement;

/**
 * Places labels so that none overlaps another and all stay inside the image.
 *
 * <p>Method: candidates are taken layer by layer in drawing order (line labels of a layer longest stretch
 * first, the others in feature order); each gets the first of its positions whose box is inside the image
 * and free, or is dropped.
 * <ul>
 *   <li>Points: the style's own anchor and displacement when it gives a point placement; then the eight
 *       positions around the point (right, left, above, below, the four diagonals) at the gap that clears
 *       the mark, then again at {@code maxDisplacement} if that is farther.</li>
 *   <li>Areas: centred on the interior point (or the style's placement); with {@code maxDisplacement}, the
 *       eight directions at half and at the full displacement.</li>
 *   <li>Lines: along each straight-enough stretch, at its middle, then at a third and two thirds, rotated
 *       to the stretch and kept upright (text never reads upside down), moved sideways by the perpendicular
 *       offset. A line label is not repeated within three text lengths (at least 150 px) of the same text.</li>
 * </ul>
 */
final class LabelPlacer {
  private static final double DIAGONAL = Math.sqrt(0.5);
  /** Directions around a point: anchor x, anchor y, displacement direction x, y (y upwards). */
  private static final double[][] AROUND = {
      {0, 0.5, 1, 0}, {1, 0.5, -1, 0}, {0.5, 0, 0, 1}, {0.5, 1, 0, -1},
      {0, 0, DIAGONAL, DIAGONAL}, {1, 0, -DIAGONAL, DIAGONAL}, {0, 1, DIAGONAL, -DIAGONAL}, {1, 1, -DIAGONAL, -DIAGONAL}};
  private static final double[] ALONG = {0.5, 1 / 3.0, 2 / 3.0};

  private final int width;
  private final int height;
  private final CollisionIndex index;
  private final Map<String, List<double[]>> lineLabels = new HashMap<>();

  LabelPlacer(int width, int height) {
    this.width = width;
    this.height = height;
    this.index = new CollisionIndex(width, height);
  }

  /** The margin around the glyphs that the box includes: the halo and one pixel. */
  static double padding(LabelStyle s) {
    return s.haloRadius + 1;
  }

  /** One placed label: the candidate, the transform from text space (baseline origin) to pixels, its box. */
  record Layout(LabelCandidate candidate, AffineTransform transform, LabelBox box) {
  }

  List<Layout> place(List<LabelCandidate> candidates) {
    List<LabelCandidate> ordered = new ArrayList<>(candidates);
    ordered.sort(Comparator.comparingInt(LabelCandidate::layer)
        .thenComparing(Comparator.comparingDouble(LabelCandidate::priority).reversed()));
    List<Layout> placed = new ArrayList<>();
    for (LabelCandidate c : ordered) {
      Optional<Layout> layout = switch (c.kind()) {
        case POINT -> around(c);
        case AREA -> inArea(c);
        case LINE -> alongLine(c);
      };
      layout.ifPresent(l -> {
        index.add(l.box());
        placed.add(l);
      });
    }
    return placed;
  }

  private Optional<Layout> around(LabelCandidate c) {
    LabelPlacement.PointPlacement pp = pointPlacement(c);
    double rotation = pp.rotation();
    if (!c.style().defaultPlacement() && c.style().symbolizer.placement() instanceof LabelPlacement.PointPlacement) {
      Optional<Layout> own = tryAt(c, c.x() + pp.displacementX(), c.y() - pp.displacementY(), pp.anchorX(),
          pp.anchorY(), rotation);
      if (own.isPresent()) {
        return own;
      }
    }
    double gap = Math.max(c.gap(), Math.hypot(pp.displacementX(), pp.displacementY()));
    Optional<Layout> near = ring(c, gap, rotation);
    double far = c.style().symbolizer.maxDisplacement();
    return near.isPresent() || far <= gap ? near : ring(c, far, rotation);
  }

  private Optional<Layout> inArea(LabelCandidate c) {
    LabelPlacement.PointPlacement pp = pointPlacement(c);
    boolean own = !c.style().defaultPlacement() && c.style().symbolizer.placement() instanceof LabelPlacement.PointPlacement;
    double ax = own ? pp.anchorX() : 0.5;
    double ay = own ? pp.anchorY() : 0.5;
    double x = c.x() + (own ? pp.displacementX() : 0);
    double y = c.y() - (own ? pp.displacementY() : 0);
    Optional<Layout> centre = tryAt(c, x, y, ax, ay, pp.rotation());
    double max = c.style().symbolizer.maxDisplacement();
    if (centre.isPresent() || max <= 0) {
      return centre;
    }
    for (double r : new double[] {max / 2, max}) {
      for (double[] d : AROUND) {
        Optional<Layout> l = tryAt(c, x + r * d[2], y - r * d[3], ax, ay, pp.rotation());
        if (l.isPresent()) {
          return l;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Layout> ring(LabelCandidate c, double gap, double rotation) {
    for (double[] d : AROUND) {
      Optional<Layout> l = tryAt(c, c.x() + gap * d[2], c.y() - gap * d[3], d[0], d[1], rotation);
      if (l.isPresent()) {
        return l;
      }
    }
    return Optional.empty();
  }

  /** The label with its anchor (fractions of the text box, y upwards) at pixel (x, y), rotated clockwise. */
  private Optional<Layout> tryAt(LabelCandidate c, double x, double y, double anchorX, double anchorY,
                                 double rotationDegrees) {
    double w = c.layout().getAdvance();
    double ascent = c.layout().getAscent();
    double descent = c.layout().getDescent();
    AffineTransform at = AffineTransform.getTranslateInstance(x, y);
    if (rotationDegrees != 0) {
      at.rotate(Math.toRadians(rotationDegrees));
    }
    at.translate(-anchorX * w, -(descent - anchorY * (ascent + descent)));
    return fits(c, at);
  }

  private Optional<Layout> alongLine(LabelCandidate c) {
    double w = c.layout().getAdvance();
    double pad = padding(c.style());
    double offset = c.style().symbolizer.placement() instanceof LabelPlacement.LinePlacement lp
        ? lp.perpendicularOffset() : 0;
    List<double[]> same = lineLabels.getOrDefault(c.text(), List.of());
    double repeat = Math.max(150, 3 * w);
    for (Stretch s : c.stretches()) {
      double len = s.length();
      double ux = (s.x1() - s.x0()) / len;
      double uy = (s.y1() - s.y0()) / len;
      double angle = Math.atan2(uy, ux);
      if (ux < 0 || (ux == 0 && uy > 0)) {
        angle += Math.PI; // keep the text upright
      }
      for (double t : ALONG) {
        double half = w / 2 + pad;
        if (t * len < half || (1 - t) * len < half) {
          continue;
        }
        // the map's left of the line direction, in pixels (y downwards)
        double cx = s.x0() + t * len * ux + offset * uy;
        double cy = s.y0() + t * len * uy - offset * ux;
        if (same.stream().anyMatch(p -> Math.hypot(p[0] - cx, p[1] - cy) < repeat)) {
          continue;
        }
        AffineTransform at = AffineTransform.getTranslateInstance(cx, cy);
        at.rotate(angle);
        at.translate(-w / 2, (c.layout().getAscent() - c.layout().getDescent()) / 2);
        Optional<Layout> l = fits(c, at);
        if (l.isPresent()) {
          lineLabels.computeIfAbsent(c.text(), k -> new ArrayList<>()).add(new double[] {cx, cy});
          return l;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Layout> fits(LabelCandidate c, AffineTransform at) {
    double pad = padding(c.style());
    LabelBox box = new LabelBox(at, -pad, -c.layout().getAscent() - pad, c.layout().getAdvance() + pad,
        c.layout().getDescent() + pad);
    if (!box.inside(width, height) || index.collides(box)) {
      return Optional.empty();
    }
    return Optional.of(new Layout(c, at, box));
  }

  private static LabelPlacement.PointPlacement pointPlacement(LabelCandidate c) {
    return c.style().symbolizer.placement() instanceof LabelPlacement.PointPlacement pp ? pp : LabelPlacement.DEFAULT;
  }
}
