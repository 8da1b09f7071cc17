package org.smartland.server.wfs;

import java.util.List;
import java.util.Optional;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.query.BoundingBox;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.SortKey;

/**
 * One query of a GetFeature request, for one feature type.
 *
 * @param type          the feature type
 * @param filter        the FES filter (resource ids still as the client wrote them, e.g. {@code schools.12})
 * @param bbox          the KVP BBOX, east/north first, in its own CRS
 * @param sortBy        SORTBY keys, property names as written (the store checks them)
 * @param propertyNames PROPERTYNAME: the properties to return; empty means all
 * @param srsName       the CRS to answer in, as the client named it; empty means the type's default CRS
 */
public record TypeQuery(FeatureType type, Filter filter, Optional<BoundingBox> bbox, List<SortKey> sortBy,
                        Optional<List<String>> propertyNames, Optional<Crs> srsName) {
  public TypeQuery {
    sortBy = List.copyOf(sortBy);
    propertyNames = propertyNames.map(List::copyOf);
  }
}
