package org.smartland.layers.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The label boxes placed so far, bucketed in a grid of square cells so that a new box is only tested
 * against boxes in the cells it touches.
 */
final class CollisionIndex {
  private static final int CELL = 64;

  private final int columns;
  private final int rows;
  private final List<List<LabelBox>> cells;

  CollisionIndex(int width, int height) {
    this.columns = Math.max(1, (width + CELL - 1) / CELL);
    this.rows = Math.max(1, (height + CELL - 1) / CELL);
    this.cells = new ArrayList<>(columns * rows);
    for (int i = 0; i < columns * rows; i++) {
      cells.add(new ArrayList<>(2));
    }
  }

  /** Whether the box overlaps a box already added. */
  boolean collides(LabelBox box) {
    for (int r = row(box.minY); r <= row(box.maxY); r++) {
      for (int c = column(box.minX); c <= column(box.maxX); c++) {
        for (LabelBox other : cells.get(r * columns + c)) {
          if (box.collides(other)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  void add(LabelBox box) {
    for (int r = row(box.minY); r <= row(box.maxY); r++) {
      for (int c = column(box.minX); c <= column(box.maxX); c++) {
        cells.get(r * columns + c).add(box);
      }
    }
  }

  private int column(double x) {
    return Math.min(columns - 1, Math.max(0, (int) Math.floor(x / CELL)));
  }

  private int row(double y) {
    return Math.min(rows - 1, Math.max(0, (int) Math.floor(y / CELL)));
  }
}
