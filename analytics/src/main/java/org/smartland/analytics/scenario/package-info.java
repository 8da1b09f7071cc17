/**
 * The per-feature rules of the "what if" scenarios as pure functions (JTS and records in, values out): road access
 * after a closure, for the flood scenario.
 */
package org.smartland.analytics.scenario;
