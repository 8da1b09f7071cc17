package org.smartland.server.wfs;

/**
 * The bounds of a WFS request, advertised where the standard has a place for them (CountDefault).
 *
 * @param countDefault features per response when COUNT is not given (QGIS and GDAL page by it)
 * @param maxCount     the largest COUNT accepted; responses stream, so this bounds time, not memory
 * @param maxStartIndex the largest STARTINDEX accepted
 * @param maxQueries   feature types (queries) per request
 * @param maxTransactionFeatures features one Transaction may insert, update, replace and delete in all: a
 *                     Transaction is checked and written whole, in memory and under the layer's lock
 */
public record WfsLimits(int countDefault, int maxCount, long maxStartIndex, int maxQueries, int maxTransactionFeatures) {
  public static final WfsLimits DEFAULT = new WfsLimits(10_000, 1_000_000, 100_000_000L, 64, 10_000);
}
