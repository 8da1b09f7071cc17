/**
 * The per-feature rules of the "what if" scenarios as pure functions (JTS and records in, values out): what a flood
 * of a hazard class hits and which roads it cuts, road access after a closure, and the savings and cost of a public
 * building's retrofit.
 */
package org.smartland.analytics.scenario;
