package org.smartland.layers.tiles;

import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.util.GeometricShapeFactory;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.BoundingBox;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureIds;
import org.smartland.layers.store.TileLayerQuery;

/**
 * Makes vector tiles from feature stores: the whole tile pipeline behind OGC API Tiles.
 *
 * <p>Method: for each source whose zoom range holds the tile's zoom, one streamed query (closed when done)
 * with the tile's envelope grown by the encoder's buffer as bbox, in the tile matrix set's CRS, which is
 * also the output CRS; the source's attributes as properties; and a drawing tolerance of half a cell (pixel)
 * of the zoom level, so the store may answer from its spatial index and interpolate the reprojection. Each
 * feature is encoded as it arrives ({@link VectorTileEncoder}); the feature's id becomes the tile feature id.
 *
 * <p>A box reprojected into a projected CRS such as a UTM zone can come out anywhere when its edges lie far
 * outside the zone, and the store would miss features or refuse the query. So tiles wider than
 * {@value #LARGE_TILE_DEGREES}° (zoom 6 and less in WebMercatorQuad, 5 and less in WorldCRS84Quad), and
 * tiles whose box cannot be reprojected into the store's CRS, first ask the store for its extent and query
 * only the part of the tile over it; a store without features there is not queried.
 *
 * <p>An empty result (no source in range, no feature in the tile) is an empty byte array. Store errors
 * propagate. Thread-safe: one instance serves concurrent requests.
 */
public final class VectorTiles {
  /** Tiles at least this wide, in degrees of longitude, are cut to each store's extent before querying. */
  static final double LARGE_TILE_DEGREES = 4;
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private final CrsTransforms crs;
  private final VectorTileEncoder encoder;

  /** Tiles with {@link VectorTileEncoder#withDefaults()}: extent 4096, buffer 64. */
  public VectorTiles(CrsTransforms crs) {
    this(crs, VectorTileEncoder.withDefaults());
  }

  public VectorTiles(CrsTransforms crs, VectorTileEncoder encoder) {
    this.crs = crs;
    this.encoder = encoder;
  }

  /**
   * The encoded tile of these sources, one tile layer per source in range, in order.
   *
   * @throws IllegalArgumentException if the tile is not in the tile matrix set, or two sources in range
   *                                  share a layer name
   */
  public byte[] tile(TileMatrixSet tms, int z, int row, int col, List<TileSource> sources) {
    Envelope tile = tms.tileEnvelope(z, row, col);
    Envelope box = encoder.bufferedEnvelope(tile).intersection(tms.boundingBox());
    boolean large = tms.tileDegrees(z) >= LARGE_TILE_DEGREES;
    double tolerance = tms.cellSize(z) / 2;
    MvtTileWriter writer = encoder.writer(tile);
    ByteArrayOutputStream encodedByStores = new ByteArrayOutputStream();
    for (TileSource source : sources) {
      if (!source.coversZoom(z)) {
        continue;
      }
      Optional<Envelope> area = large || !reprojects(box, tms.srid(), source)
          ? overData(box, source, tms.srid()) : Optional.of(box);
      // stores with their own encoder (PostGIS ST_AsMVT) answer the layer in one statement
      Optional<byte[]> encoded = area.isEmpty() ? Optional.empty() : source.store().encodeTileLayer(
          new TileLayerQuery(source.layerName(), tile, area.get(), tms.srid(), encoder.extent(), encoder.buffer(),
              source.attributes()));
      if (encoded.isPresent()) {
        encodedByStores.writeBytes(encoded.get());
        continue;
      }
      writer.startLayer(source.layerName());
      if (area.isPresent()) {
        FeatureQuery q = FeatureQuery.all()
            .withBbox(new BoundingBox(area.get().getMinX(), area.get().getMinY(), area.get().getMaxX(),
                area.get().getMaxY(), tms.srid()))
            .withOutputSrid(tms.srid())
            .withProperties(source.attributes())
            .forDrawing(tolerance);
        write(source, q, writer);
      }
    }
    // MVT is a protobuf message whose layers are a repeated field: concatenated tiles are one tile
    byte[] own = writer.finish();
    if (encodedByStores.size() == 0) {
      return own;
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream(own.length + encodedByStores.size());
    all.writeBytes(own);
    all.writeBytes(encodedByStores.toByteArray());
    return all.toByteArray();
  }

  private static void write(TileSource source, FeatureQuery q, MvtTileWriter writer) {
    try (Stream<Feature> features = source.store().query(q)) {
      Iterator<Feature> it = features.iterator();
      while (it.hasNext()) {
        Feature f = it.next();
        Optional<Geometry> g = f.geometry();
        if (g.isPresent()) {
          writer.add(new TileFeature(id(f), g.get(), f.properties()));
        }
      }
    }
  }

  /**
   * Whether the box can be reprojected into the store's CRS, sampled as the SQL stores sample it (a
   * rectangle of 40 points). It cannot when it lies far outside the zone of a projected CRS: GeoTools then
   * refuses (with assertions on) or returns positions that may be anywhere.
   */
  private boolean reprojects(Envelope box, int tmsSrid, TileSource source) {
    int nativeSrid = source.store().schema().srid();
    if (nativeSrid == tmsSrid) {
      return true;
    }
    GeometricShapeFactory shapes = new GeometricShapeFactory(FACTORY);
    shapes.setEnvelope(box);
    shapes.setNumPoints(40);
    try {
      Geometry reprojected = crs.transform(shapes.createRectangle(), tmsSrid, nativeSrid);
      Envelope e = reprojected.getEnvelopeInternal();
      return Double.isFinite(e.getWidth()) && Double.isFinite(e.getHeight());
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The part of the box over the store's data; empty when the store has no features or none near the box.
   * The box itself when the extent cannot be reprojected.
   */
  private Optional<Envelope> overData(Envelope box, TileSource source, int tmsSrid) {
    Optional<Envelope> extent = source.store().extent();
    if (extent.isEmpty()) {
      return Optional.empty();
    }
    Envelope data;
    try {
      data = crs.transform(extent.get(), source.store().schema().srid(), tmsSrid);
    } catch (RuntimeException e) {
      return Optional.of(box);
    }
    // a margin for the densified reprojection of the extent's edges and for points on them
    data.expandBy(Math.max(data.getWidth(), data.getHeight()) / 100 + box.getWidth() / 4096);
    Envelope over = box.intersection(data);
    return over.isNull() ? Optional.empty() : Optional.of(over);
  }

  /** The store's integer feature id, or {@link TileFeature#NO_ID} when it has none. */
  private static long id(Feature f) {
    return f.id().flatMap(FeatureIds::parse).filter(id -> id >= 0).orElse(TileFeature.NO_ID);
  }
}
