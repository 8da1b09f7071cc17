package org.smartland.server.ogcapi;

import java.util.List;

/**
 * The conformance classes the API implements — only those, since clients decide what to send from this
 * list (advertising a class that then fails breaks them).
 */
final class Conformance {
  static final List<String> CLASSES = List.of(
      "http://www.opengis.net/spec/ogcapi-common-1/1.0/conf/core",
      "http://www.opengis.net/spec/ogcapi-common-1/1.0/conf/landing-page",
      "http://www.opengis.net/spec/ogcapi-common-1/1.0/conf/json",
      "http://www.opengis.net/spec/ogcapi-common-1/1.0/conf/html",
      "http://www.opengis.net/spec/ogcapi-common-1/1.0/conf/oas30",
      "http://www.opengis.net/spec/ogcapi-common-2/1.0/conf/collections",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
      "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
      "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
      "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
      "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
      "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
      "http://www.opengis.net/spec/cql2/1.0/conf/case-insensitive-comparison",
      "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
      "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus",
      "http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions");

  /**
   * OGC API - Features Part 4 (draft 1.0), declared when some collection takes writes: POST, PUT and DELETE with
   * OPTIONS; PATCH; GeoJSON bodies with Content-Crs and JSON Merge Patch; an ETag on reads and writes, If-Match
   * checked (optional: without it a write is unconditional).
   */
  static final List<String> PART_4 = List.of(
      "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete",
      "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update",
      "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/features",
      "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/optimistic-locking-etags");

  private Conformance() {
  }
}
