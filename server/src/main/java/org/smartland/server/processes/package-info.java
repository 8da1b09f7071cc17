/**
 * OGC API - Processes (Part 1: Core) at {@code /ogc/processes} and {@code /ogc/jobs}: the scenario processes with
 * their descriptions, synchronous and asynchronous execution, job status with progress, results and dismissal; and
 * {@code /api/scenarios} for the viewer (submit, list, compare two runs).
 */
package org.smartland.server.processes;
