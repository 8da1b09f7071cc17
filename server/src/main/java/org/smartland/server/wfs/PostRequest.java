package org.smartland.server.wfs;

import java.util.List;
import java.util.Optional;

/**
 * A request POSTed as XML, read into what the operations need.
 *
 * @param operation       the root element's name, e.g. {@code GetFeature}
 * @param version         the version attribute, if any
 * @param getFeature      GetFeature and GetPropertyValue
 * @param describedTypes  DescribeFeatureType's type names (empty: all)
 * @param storedQueryIds  DescribeStoredQueries' ids (empty: all)
 * @param acceptVersions  GetCapabilities' AcceptVersions
 * @param transaction     a Transaction
 */
record PostRequest(String operation, Optional<String> version, Optional<GetFeatureRequest> getFeature,
                   List<FeatureType> describedTypes, List<String> storedQueryIds, List<String> acceptVersions,
                   Optional<TransactionRequest> transaction) {
}
