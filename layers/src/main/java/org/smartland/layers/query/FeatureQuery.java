package org.smartland.layers.query;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a protocol asks of a {@link org.smartland.layers.store.FeatureStore}. Built with {@link #all()} and
 * the {@code with…} methods. Results are always in a stable order: the sort keys, then the feature id.
 *
 * @param bbox         optional bounding box, in any CRS the store can reproject from
 * @param filter       attribute and spatial filter ({@link Filter#INCLUDE} for none)
 * @param sortBy       sort keys, applied before the id tiebreaker
 * @param offset       features to skip (0-based)
 * @param limit        maximum features to return
 * @param properties   the attributes to return; empty means all
 * @param skipGeometry whether to leave geometries out
 * @param outputSrid   the CRS to return geometries in; empty means the layer's native CRS
 * @param drawingTolerance present when the features are for drawing, in output CRS units (e.g. a tenth of
 *                     a pixel): the bbox test may then stop at the spatial index (features whose envelope
 *                     meets the bbox, a few of which the geometry does not — clipped anyway when drawn), and
 *                     reprojection may be interpolated within this tolerance. Never for counting or paging.
 */
public record FeatureQuery(Optional<BoundingBox> bbox, Filter filter, List<SortKey> sortBy, long offset, int limit,
                           Optional<List<String>> properties, boolean skipGeometry, OptionalInt outputSrid,
                           OptionalDouble drawingTolerance) {
  /** The most features one query may return, whatever a client asks. */
  public static final int MAX_LIMIT = 1_000_000;

  public FeatureQuery {
    sortBy = List.copyOf(sortBy);
    properties = properties.map(List::copyOf);
    if (offset < 0) {
      throw new InvalidQueryException("offset must not be negative");
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new InvalidQueryException("limit must be between 0 and " + MAX_LIMIT);
    }
  }

  /** Everything, natively, in id order, up to {@link #MAX_LIMIT}. */
  public static FeatureQuery all() {
    return new FeatureQuery(Optional.empty(), Filter.INCLUDE, List.of(), 0, MAX_LIMIT, Optional.empty(), false,
        OptionalInt.empty(), OptionalDouble.empty());
  }

  public FeatureQuery withBbox(BoundingBox b) {
    return new FeatureQuery(Optional.of(b), filter, sortBy, offset, limit, properties, skipGeometry, outputSrid, drawingTolerance);
  }

  public FeatureQuery withFilter(Filter f) {
    return new FeatureQuery(bbox, f, sortBy, offset, limit, properties, skipGeometry, outputSrid, drawingTolerance);
  }

  public FeatureQuery withSortBy(List<SortKey> keys) {
    return new FeatureQuery(bbox, filter, keys, offset, limit, properties, skipGeometry, outputSrid, drawingTolerance);
  }

  public FeatureQuery withPage(long newOffset, int newLimit) {
    return new FeatureQuery(bbox, filter, sortBy, newOffset, newLimit, properties, skipGeometry, outputSrid, drawingTolerance);
  }

  public FeatureQuery withProperties(List<String> names) {
    return new FeatureQuery(bbox, filter, sortBy, offset, limit, Optional.of(names), skipGeometry, outputSrid, drawingTolerance);
  }

  public FeatureQuery withoutGeometry() {
    return new FeatureQuery(bbox, filter, sortBy, offset, limit, properties, true, outputSrid, drawingTolerance);
  }

  /** Features for drawing at this precision, in output CRS units (see {@code drawingTolerance}). */
  public FeatureQuery forDrawing(double tolerance) {
    if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
      throw new InvalidQueryException("drawing tolerance must be a positive number");
    }
    return new FeatureQuery(bbox, filter, sortBy, offset, limit, properties, skipGeometry, outputSrid,
        OptionalDouble.of(tolerance));
  }

  public FeatureQuery withOutputSrid(int srid) {
    return new FeatureQuery(bbox, filter, sortBy, offset, limit, properties, skipGeometry, OptionalInt.of(srid), drawingTolerance);
  }
}
