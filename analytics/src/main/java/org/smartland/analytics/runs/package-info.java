/**
 * Analytics runs: what a territory's analytics read, the run records with their progress and summary, and the
 * background worker that executes them one at a time and keeps their log.
 */
package org.smartland.analytics.runs;
