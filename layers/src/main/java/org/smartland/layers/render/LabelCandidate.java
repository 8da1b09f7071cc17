package org.smartland.layers.render;

import java.awt.font.TextLayout;
import java.util.List;

/**
 * A label waiting for a place: its text and style, and where it may go: next to a point (with a gap for
 * the mark drawn there), at an area's interior point, or along line stretches (longest first).
 *
 * @param layer     the index of its layer: labels are placed layer by layer, in drawing order
 * @param text      the text
 * @param style     font, colours, halo, placement
 * @param layout    the text laid out in its font, for measuring and drawing
 * @param kind      point, area or line
 * @param x         the point (pixels) for point and area labels
 * @param y         the point (pixels) for point and area labels
 * @param gap       pixels to keep between a point and its label
 * @param stretches where a line label may go
 */
record LabelCandidate(int layer, String text, LabelStyle style, TextLayout layout, Kind kind, double x, double y,
                      double gap, List<Stretch> stretches) {
  enum Kind { POINT, AREA, LINE }

  /** Line labels of a layer go longest stretch first; others keep their order. */
  double priority() {
    return kind == Kind.LINE ? stretches.get(0).length() : 0;
  }
}
