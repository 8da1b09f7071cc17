package org.smartland.data.derive;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.smartland.data.source.SourceFeature;

/**
 * Finds the Comune a geometry lies in: the Comune whose polygon contains the geometry's interior point
 * (for a polygon, a point surely inside it). Geometries whose interior point is in no Comune — in the
 * buffer around the territory — have none. Comuni polygons are indexed (STR-tree) and prepared.
 */
final class ComuneLocator {
  private final STRtree index = new STRtree();

  private record Entry(String istat, PreparedGeometry polygon) {
  }

  private ComuneLocator(List<SourceFeature> comuni) {
    for (SourceFeature c : comuni) {
      index.insert(c.geometry().getEnvelopeInternal(),
          new Entry(c.get("istat_code").toString(), PreparedGeometryFactory.prepare(c.geometry())));
    }
    index.build();
  }

  /** A locator over Comuni features with an {@code istat_code}. */
  static ComuneLocator of(List<SourceFeature> comuni) {
    return new ComuneLocator(comuni);
  }

  Optional<String> comuneOf(Geometry g) {
    Point p = g.getInteriorPoint();
    for (Object o : index.query(p.getEnvelopeInternal())) {
      Entry e = (Entry) o;
      if (e.polygon().covers(p)) {
        return Optional.of(e.istat());
      }
    }
    return Optional.empty();
  }
}
