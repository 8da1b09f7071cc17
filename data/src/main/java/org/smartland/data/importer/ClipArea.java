package org.smartland.data.importer;

import java.util.Collection;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.smartland.data.territory.ClipMode;

/**
 * The area layers are clipped to: the union of the boundary layer's geometries (the Comuni) and everything
 * within a buffer distance of it. {@link ClipMode#INTERSECTS} keeps a feature, unchanged, when it intersects
 * the union or comes within the buffer distance of it — an exact distance test, not a test against a
 * polygonal approximation of the buffer. {@link ClipMode#CUT} keeps the part of a feature inside the buffered
 * union (approximated with 32 segments a quarter circle: less than 0.2 m inside the true buffer at 500 m); a
 * feature entirely inside is not touched. {@link ClipMode#NONE} keeps everything.
 */
final class ClipArea {
  private static final int QUADRANT_SEGMENTS = 32;

  private final Geometry union;
  private final double buffer;
  private final PreparedGeometry preparedUnion;
  private final IndexedFacetDistance distance;
  private Geometry buffered;
  private PreparedGeometry preparedBuffered;

  private ClipArea(Geometry union, double buffer) {
    this.union = union;
    this.buffer = buffer;
    this.preparedUnion = PreparedGeometryFactory.prepare(union);
    this.distance = new IndexedFacetDistance(union);
  }

  /** The union of the boundary geometries with a buffer of {@code bufferMetres} (0 for none). */
  static ClipArea around(Collection<Geometry> boundary, double bufferMetres) {
    return new ClipArea(UnaryUnionOp.union(boundary), Math.max(0, bufferMetres));
  }

  /** What is kept of a geometry; empty when nothing is. */
  Optional<Geometry> apply(Geometry g, ClipMode mode) {
    return switch (mode) {
      case NONE -> Optional.of(g);
      case INTERSECTS -> within(g) ? Optional.of(g) : Optional.empty();
      case CUT -> cut(g);
    };
  }

  private boolean within(Geometry g) {
    return preparedUnion.intersects(g) || (buffer > 0 && distance.isWithinDistance(g, buffer));
  }

  private Optional<Geometry> cut(Geometry g) {
    if (!within(g)) {
      return Optional.empty();
    }
    if (buffered == null) {
      buffered = buffer > 0 ? union.buffer(buffer, QUADRANT_SEGMENTS) : union;
      preparedBuffered = PreparedGeometryFactory.prepare(buffered);
    }
    if (preparedBuffered.containsProperly(g)) {
      return Optional.of(g);
    }
    Geometry cut = g.intersection(buffered);
    cut.setSRID(g.getSRID());
    return cut.isEmpty() ? Optional.empty() : Optional.of(cut);
  }
}
