package org.smartland.layers.tiles;

/**
 * A block of tiles of one zoom level, bounds inclusive: one entry of a tile set's
 * {@code tileMatrixSetLimits} ({@code tileMatrix}, {@code minTileRow}, {@code maxTileRow},
 * {@code minTileCol}, {@code maxTileCol}).
 */
public record TileRange(int z, int minRow, int maxRow, int minCol, int maxCol) {
  public TileRange {
    if (z < 0 || minRow < 0 || minCol < 0 || maxRow < minRow || maxCol < minCol) {
      throw new IllegalArgumentException("not a tile range: " + z + "/" + minRow + "-" + maxRow + "/" + minCol
          + "-" + maxCol);
    }
  }

  /** The number of tiles in the range. */
  public long count() {
    return (long) (maxRow - minRow + 1) * (maxCol - minCol + 1);
  }

  /** Whether the tile lies in the range. */
  public boolean contains(int zoom, int row, int col) {
    return zoom == z && row >= minRow && row <= maxRow && col >= minCol && col <= maxCol;
  }
}
