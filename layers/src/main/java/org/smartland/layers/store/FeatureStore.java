package org.smartland.layers.store;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Envelope;
import org.smartland.layers.query.FeatureQuery;

/**
 * One layer's features: the seam between protocols and storage.
 *
 * <p>Queries stream: the caller must close the stream (try-with-resources), which releases the database
 * cursor. Results come in a stable order (the query's sort keys, then the feature id), so that paging with
 * offset and limit neither repeats nor loses features.
 */
public interface FeatureStore {

  FeatureSchema schema();

  /**
   * The matching features, lazily read from the database.
   *
   * @throws org.smartland.layers.query.InvalidQueryException for unknown properties or ill-typed values
   * @throws StoreException                                   if the database fails
   */
  Stream<Feature> query(FeatureQuery q);

  /** The exact number of features matching the query's bbox and filter (offset and limit ignored). */
  long count(FeatureQuery q);

  /**
   * A fast estimate of {@link #count}, from the planner's statistics where the database has them; stores
   * without statistics answer exactly.
   */
  default long estimatedCount(FeatureQuery q) {
    return count(q);
  }

  /** The feature with this id; empty if there is none (including ids that are not numbers). */
  Optional<Feature> byId(String id);

  /** The extent of all geometries, in the native CRS; empty for an empty layer. */
  Optional<Envelope> extent();

  /**
   * Applies the changes in one transaction: all of them, or none when any fails.
   *
   * @throws InvalidFeatureException  if a feature does not fit the schema
   * @throws FeatureNotFoundException if an update or delete names a missing id
   */
  WriteResult write(List<FeatureChange> changes);

  /**
   * Inserts many new features in one transaction, in batches, without holding them all in memory; returns
   * how many were written. For imports.
   */
  long insertAll(Stream<Feature> features);

  /**
   * Replaces every feature of the layer with {@code features}, in one transaction: readers see the old features or
   * the new ones, never a mix, and a feature that does not fit leaves the layer as it was. Features carrying a
   * numeric id keep it (then every feature must
   * carry one); features without ids get new ones. Returns how many were written.
   *
   * @throws InvalidFeatureException if a feature does not fit the schema (naming it by its position)
   */
  long replaceAll(Stream<Feature> features);

  /**
   * One tile's features encoded by the database itself as a Mapbox Vector Tile layer (PostGIS
   * {@code ST_AsMVT}: clipped, snapped to the tile grid, attributes typed), for stores that can; empty when this
   * store cannot, and the caller encodes the features it queries. The bytes are a whole MVT message holding one
   * layer (none when no feature falls in the tile), so several can be concatenated into one tile.
   */
  default Optional<byte[]> encodeTileLayer(TileLayerQuery q) {
    return Optional.empty();
  }
}
