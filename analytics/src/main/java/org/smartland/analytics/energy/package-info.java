/**
 * The energy profile of public buildings as pure functions: floor-area-weighted consumption, the share in the
 * worst classes, CO₂ and PV totals. The energy corridor's indicators and the retrofit scenario use them.
 */
package org.smartland.analytics.energy;
