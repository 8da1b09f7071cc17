/**
 * Spatial analytics of the twin. {@code analytics.indicator} and {@code analytics.scenario} hold pure
 * functions (JTS geometries and records in, values out, no Spark); {@code analytics.job} is the thin Spark
 * and Sedona wiring that applies them to whole territories.
 */
package org.smartland.analytics;
