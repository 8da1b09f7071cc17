package org.smartland.server.rest;

import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.FeatureStore;

/**
 * What the data says about a layer, measured once at startup: its extent (native and WGS 84 lon/lat) and
 * its number of features.
 */
public record LayerSummary(Optional<Envelope> nativeExtent, Optional<Envelope> wgs84Extent, long featureCount) {

  public static LayerSummary measure(FeatureStore store, CrsTransforms crs) {
    Optional<Envelope> extent = store.extent();
    Optional<Envelope> wgs84 = extent.map(e -> crs.transform(e, store.schema().srid(), 4326));
    return new LayerSummary(extent, wgs84, store.count(FeatureQuery.all()));
  }
}
