/**
 * The analytics' results as layers: their definitions and graduated styles, and the writer that replaces their
 * content through the {@code layers} stores in one transaction per layer.
 */
package org.smartland.analytics.results;
