package org.smartland.server.wfs;

import java.util.List;
import java.util.OptionalInt;

/**
 * A GetFeature (or GetPropertyValue) request however it came (KVP or XML), checked against the catalog.
 *
 * @param version       {@code 2.0.0} or {@code 1.1.0}
 * @param queries       one per feature type, answered in this order
 * @param startIndex    features to skip over all queries (0-based)
 * @param count         most features to return; empty means the service default
 * @param hits          RESULTTYPE=hits: count only
 * @param format        the output format
 * @param valueReference for GetPropertyValue: the property whose values are returned; null otherwise
 * @param bareFeature   the GetFeatureById stored query: one feature, not a collection, 404 when absent
 */
public record GetFeatureRequest(String version, List<TypeQuery> queries, long startIndex, OptionalInt count,
                                boolean hits, OutputFormat format, String valueReference, boolean bareFeature) {
  public GetFeatureRequest {
    queries = List.copyOf(queries);
  }

  public boolean isWfs11() {
    return version.equals(WfsVersions.V110);
  }
}
