package org.smartland.layers.tiles;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Encodes one Mapbox Vector Tile (MVT 2.1) from named layers of features whose geometries are in the tile
 * matrix set's CRS.
 *
 * <p>Method: each geometry is cut to the tile grown by the buffer, scaled to the tile's integer grid of
 * {@code extent} units with y growing down, simplified by {@link #DEFAULT_SIMPLIFY_PIXELS} of a 256-pixel
 * tile (points are never simplified), made valid on the grid, and written with polygon shells clockwise on
 * screen and holes counter-clockwise, as the specification requires (see {@link TileGeometry}).
 * Multi-geometries stay one feature; a geometry collection keeps its parts of the highest dimension.
 * Degenerate results are dropped: lines with fewer than two distinct points, polygons without area.
 * Attributes are written as MVT values (see {@link MvtValues}): strings, 64-bit integers, doubles, booleans,
 * dates and instants as ISO-8601 text; null values are left out. Layers without a feature left are not
 * written, and a tile with no feature at all encodes to an empty byte array (an HTTP 204).
 *
 * <p>The encoding itself is mapbox-vector-tile-java's ({@code JtsAdapter}, protobuf). Immutable and
 * thread-safe.
 */
public final class VectorTileEncoder {
  /** The usual extent: 4096 units across a tile, 16 per pixel of a 256-pixel tile. */
  public static final int DEFAULT_EXTENT = 4096;
  /** The usual buffer: 64 tile units (4 pixels of a 256-pixel tile at extent 4096). */
  public static final int DEFAULT_BUFFER = 64;
  /** Simplification distance, in pixels of a 256-pixel tile. */
  public static final double DEFAULT_SIMPLIFY_PIXELS = 0.25;

  private final int extent;
  private final int buffer;
  private final double tolerance;

  /**
   * An encoder with the default simplification.
   *
   * @param extent       tile units across a tile (4096 is usual)
   * @param bufferPixels how far beyond each tile edge geometry is kept, in tile units — the "pixels" of the
   *                     extent grid, like the buffer of PostGIS {@code ST_AsMVTGeom} (64 is usual)
   */
  public VectorTileEncoder(int extent, int bufferPixels) {
    this(extent, bufferPixels, DEFAULT_SIMPLIFY_PIXELS);
  }

  /**
   * An encoder simplifying by {@code simplifyPixels} pixels of a 256-pixel tile (0 only removes the points
   * the integer grid makes repeated or collinear in place).
   */
  public VectorTileEncoder(int extent, int bufferPixels, double simplifyPixels) {
    if (extent < 1) {
      throw new IllegalArgumentException("the extent must be positive");
    }
    if (bufferPixels < 0) {
      throw new IllegalArgumentException("the buffer must not be negative");
    }
    if (!(simplifyPixels >= 0) || Double.isInfinite(simplifyPixels)) {
      throw new IllegalArgumentException("the simplification distance must be a number, 0 or more");
    }
    this.extent = extent;
    this.buffer = bufferPixels;
    this.tolerance = simplifyPixels * extent / TileMatrixSet.TILE_SIZE;
  }

  /** An encoder with {@link #DEFAULT_EXTENT} and {@link #DEFAULT_BUFFER}. */
  public static VectorTileEncoder withDefaults() {
    return new VectorTileEncoder(DEFAULT_EXTENT, DEFAULT_BUFFER);
  }

  public int extent() {
    return extent;
  }

  /** The buffer, in tile units. */
  public int buffer() {
    return buffer;
  }

  /** The tile's envelope grown by the buffer: the area whose features end up in the tile. */
  public Envelope bufferedEnvelope(Envelope tileEnvelope) {
    Envelope e = new Envelope(checked(tileEnvelope));
    e.expandBy(tileEnvelope.getWidth() * buffer / extent, tileEnvelope.getHeight() * buffer / extent);
    return e;
  }

  /**
   * The tile of these layers, in order; an empty array when no feature of any layer is left in the tile.
   *
   * @param tileEnvelope the tile's area in the CRS of the features' geometries
   * @throws IllegalArgumentException if two layers have the same name, the envelope has no area, or an
   *                                  attribute has a type a tile cannot carry
   */
  public byte[] encode(Envelope tileEnvelope, List<TileLayer> layers) {
    MvtTileWriter writer = writer(tileEnvelope);
    for (TileLayer layer : layers) {
      writer.startLayer(layer.name());
      for (TileFeature f : layer.features()) {
        writer.add(f);
      }
    }
    return writer.finish();
  }

  /** A writer for one tile, to stream features into. */
  MvtTileWriter writer(Envelope tileEnvelope) {
    return new MvtTileWriter(checked(tileEnvelope), extent, buffer, tolerance);
  }

  private static Envelope checked(Envelope tileEnvelope) {
    if (tileEnvelope == null || !(tileEnvelope.getWidth() > 0) || !(tileEnvelope.getHeight() > 0)) {
      throw new IllegalArgumentException("a tile envelope must have an area: " + tileEnvelope);
    }
    return tileEnvelope;
  }
}
