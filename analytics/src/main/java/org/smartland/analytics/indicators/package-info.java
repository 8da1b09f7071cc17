/**
 * Indicator values as pure functions: per-Comune partial sums, the formula that turns them into values for each
 * Comune and for the territory, and the quantile classes of the choropleth.
 */
package org.smartland.analytics.indicators;
