package org.smartland.layers.tiles;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.smartland.layers.crs.Crs;

/**
 * The two common tile matrix sets of OGC 17-083r4 (Two Dimensional Tile Matrix Set, Annex D): quadtrees of
 * 256 × 256 tiles whose cell size halves at each zoom level, numbered from the upper-left corner with rows
 * growing down (southwards) and columns growing right (eastwards).
 *
 * <ul>
 *   <li>{@link #WEB_MERCATOR_QUAD}: EPSG:3857, one tile at zoom 0 covering ±20037508.3427892 m on both axes,
 *       zoom 0 to 24 (the tiles of web maps, {@code z/x/y} with {@code x} = column and {@code y} = row).</li>
 *   <li>{@link #WORLD_CRS84_QUAD}: CRS84 longitude/latitude (EPSG:4326 with x = longitude), 2 × 1 tiles at
 *       zoom 0 covering −180…180°, −90…90°, zoom 0 to 23.</li>
 * </ul>
 *
 * <p>Scale denominators follow the standard: cell size in metres over the 0.28 mm standard pixel, with
 * 2π × 6378137 / 360 metres per degree for CRS84. Envelopes are in the set's CRS, x (easting/longitude)
 * first.
 */
public enum TileMatrixSet {
  WEB_MERCATOR_QUAD("WebMercatorQuad", "Google Maps Compatible for the World", Crs.epsg(3857).withEpsgAxisOrder(),
      "http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible", List.of("X", "Y"),
      -Math.PI * 6_378_137, Math.PI * 6_378_137, 2 * Math.PI * 6_378_137 / 256, 1, 1, 24, 1),
  WORLD_CRS84_QUAD("WorldCRS84Quad", "CRS84 for the World", Crs.CRS84_LONLAT,
      "http://www.opengis.net/def/wkss/OGC/1.0/GoogleCRS84Quad", List.of("Lon", "Lat"),
      -180, 90, 180.0 / 256, 2, 1, 23, 2 * Math.PI * 6_378_137 / 360);

  /** The width and height of every tile, in pixels (cells). */
  public static final int TILE_SIZE = 256;
  /** The standardized rendering pixel size of OGC, 0.28 mm. */
  public static final double STANDARD_PIXEL_METRES = 0.00028;

  private final String id;
  private final String title;
  private final Crs crs;
  private final String wellKnownScaleSet;
  private final List<String> orderedAxes;
  private final double originX;
  private final double originY;
  private final double cellSize0;
  private final int matrixWidth0;
  private final int matrixHeight0;
  private final int maxZoom;
  private final double metresPerUnit;

  TileMatrixSet(String id, String title, Crs crs, String wellKnownScaleSet, List<String> orderedAxes, double originX,
                double originY, double cellSize0, int matrixWidth0, int matrixHeight0, int maxZoom, double metresPerUnit) {
    this.id = id;
    this.title = title;
    this.crs = crs;
    this.wellKnownScaleSet = wellKnownScaleSet;
    this.orderedAxes = orderedAxes;
    this.originX = originX;
    this.originY = originY;
    this.cellSize0 = cellSize0;
    this.matrixWidth0 = matrixWidth0;
    this.matrixHeight0 = matrixHeight0;
    this.maxZoom = maxZoom;
    this.metresPerUnit = metresPerUnit;
  }

  /** The set with this identifier ({@code WebMercatorQuad}, {@code WorldCRS84Quad}; case-sensitive). */
  public static Optional<TileMatrixSet> byId(String id) {
    for (TileMatrixSet tms : values()) {
      if (tms.id.equals(id)) {
        return Optional.of(tms);
      }
    }
    return Optional.empty();
  }

  /** The identifier, e.g. {@code WebMercatorQuad}. */
  public String id() {
    return id;
  }

  /** The title of the standard's definition. */
  public String title() {
    return title;
  }

  /** The OGC URI, e.g. {@code http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad}. */
  public String uri() {
    return "http://www.opengis.net/def/tilematrixset/OGC/1.0/" + id;
  }

  /** The CRS: EPSG:3857, or CRS84 (longitude first). */
  public Crs crs() {
    return crs;
  }

  /** The EPSG code geometries are handled in: 3857 or 4326 (with longitude as x). */
  public int srid() {
    return crs.srid();
  }

  /** The well-known scale set the matrices follow. */
  public String wellKnownScaleSet() {
    return wellKnownScaleSet;
  }

  /** The axis abbreviations in CRS order, as the JSON encoding's {@code orderedAxes}. */
  public List<String> orderedAxes() {
    return orderedAxes;
  }

  /** The deepest zoom level (tile matrix) defined. */
  public int maxZoom() {
    return maxZoom;
  }

  /** Tiles per row at zoom {@code z}. */
  public int matrixWidth(int z) {
    checkZoom(z);
    return matrixWidth0 << z;
  }

  /** Tiles per column at zoom {@code z}. */
  public int matrixHeight(int z) {
    checkZoom(z);
    return matrixHeight0 << z;
  }

  /** The size of one cell (pixel) at zoom {@code z}, in CRS units (metres or degrees). */
  public double cellSize(int z) {
    checkZoom(z);
    return Math.scalb(cellSize0, -z);
  }

  /** The scale denominator at zoom {@code z}, for pixels of 0.28 mm. */
  public double scaleDenominator(int z) {
    return cellSize(z) * metresPerUnit / STANDARD_PIXEL_METRES;
  }

  /** The upper-left corner of every matrix, x first (a new instance each call). */
  public Coordinate pointOfOrigin() {
    return new Coordinate(originX, originY);
  }

  /** The tile width and height in pixels: {@value #TILE_SIZE}. */
  public int tileSize() {
    return TILE_SIZE;
  }

  /** The area all matrices cover. */
  public Envelope boundingBox() {
    double span = tileSpan(0);
    return new Envelope(originX, originX + matrixWidth0 * span, originY - matrixHeight0 * span, originY);
  }

  /** Whether the tile exists: the zoom is defined and the row and column lie inside its matrix. */
  public boolean contains(int z, int row, int col) {
    return z >= 0 && z <= maxZoom && row >= 0 && col >= 0 && row < matrixHeight0 << z && col < matrixWidth0 << z;
  }

  /**
   * The tile's area in the set's CRS. Neighbouring tiles share their edges exactly.
   *
   * @throws IllegalArgumentException if the tile does not exist ({@link #contains} is false)
   */
  public Envelope tileEnvelope(int z, int row, int col) {
    if (!contains(z, row, col)) {
      throw new IllegalArgumentException("no tile " + z + "/" + row + "/" + col + " in " + id);
    }
    double span = tileSpan(z);
    return new Envelope(originX + col * span, originX + (col + 1) * span,
        originY - (row + 1) * span, originY - row * span);
  }

  /**
   * The tiles of zoom {@code z} an envelope (in the set's CRS) touches, for a tile set's
   * {@code tileMatrixSetLimits}. The envelope is first cut to {@link #boundingBox()}; an edge lying exactly on
   * a tile boundary does not pull in the tile beyond it.
   *
   * @throws IllegalArgumentException if the zoom is not defined, or the envelope is null or wholly outside
   */
  public TileRange tilesCovering(Envelope envInTmsCrs, int z) {
    checkZoom(z);
    Envelope env = envInTmsCrs == null ? new Envelope() : envInTmsCrs.intersection(boundingBox());
    if (env.isNull()) {
      throw new IllegalArgumentException("the envelope " + envInTmsCrs + " lies outside " + id);
    }
    double span = tileSpan(z);
    int width = matrixWidth(z);
    int height = matrixHeight(z);
    int minCol = clamp((int) Math.floor((env.getMinX() - originX) / span), width);
    int maxCol = Math.max(minCol, clamp((int) Math.ceil((env.getMaxX() - originX) / span) - 1, width));
    int minRow = clamp((int) Math.floor((originY - env.getMaxY()) / span), height);
    int maxRow = Math.max(minRow, clamp((int) Math.ceil((originY - env.getMinY()) / span) - 1, height));
    return new TileRange(z, minRow, maxRow, minCol, maxCol);
  }

  /** The width (and height) of one tile at zoom {@code z}, in CRS units. */
  double tileSpan(int z) {
    return Math.scalb(cellSize0 * TILE_SIZE, -z);
  }

  /** The width of one tile at zoom {@code z} in degrees of longitude (at the equator for EPSG:3857). */
  double tileDegrees(int z) {
    return tileSpan(z) * metresPerUnit / (2 * Math.PI * 6_378_137 / 360);
  }

  private static int clamp(int index, int size) {
    return Math.max(0, Math.min(size - 1, index));
  }

  private void checkZoom(int z) {
    if (z < 0 || z > maxZoom) {
      throw new IllegalArgumentException("zoom " + z + " is not in " + id + " (0 to " + maxZoom + ")");
    }
  }
}
