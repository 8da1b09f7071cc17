/**
 * Exposure to hazards as pure functions: which hazard class a building or service falls in, and the share of a
 * weighted population exposed. The water corridor's indicators and the flood scenario are built on them.
 */
package org.smartland.analytics.exposure;
