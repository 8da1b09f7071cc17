/**
 * The JSON REST API of the twin: {@code /api/layers} (the catalog with provenance, corridors and extents)
 * and, later, indicators, rankings and scenarios.
 */
package org.smartland.server.rest;
