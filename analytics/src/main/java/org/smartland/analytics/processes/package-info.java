/**
 * The "what if" scenarios as processes (in the sense of OGC API - Processes): each process describes its typed
 * inputs and outputs, checks a request's inputs (a clear error naming the input), and runs on the analytics'
 * Spark session; {@link org.smartland.analytics.processes.ScenarioRuns} queues the runs, bounds their number and
 * time, records what each read and produced, and publishes their result layers only once all are written.
 */
package org.smartland.analytics.processes;
