/**
 * The per-feature rules of the "what if" scenarios as pure functions (JTS and records in, values out): road access
 * after a closure (flood), and the savings and cost of a public building's retrofit.
 */
package org.smartland.analytics.scenario;
