package org.smartland.layers.tiles;

import java.util.Objects;

/**
 * What identifies a cached tile: the tile set (a collection id, or e.g. {@code all} for a map of several
 * collections), the tile matrix set id and the tile's zoom, row and column.
 */
public record TileKey(String tilesetId, String tmsId, int z, int row, int col) {
  public TileKey {
    Objects.requireNonNull(tilesetId, "tilesetId");
    Objects.requireNonNull(tmsId, "tmsId");
  }

  public static TileKey of(String tilesetId, TileMatrixSet tms, int z, int row, int col) {
    return new TileKey(tilesetId, tms.id(), z, row, col);
  }
}
