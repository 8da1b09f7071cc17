/**
 * Spark/Sedona wiring: the shared, lazily started session and the jobs that read a territory's layers,
 * call the pure indicator functions and write results back through the layer stores.
 */
package org.smartland.analytics.job;
