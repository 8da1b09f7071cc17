/**
 * Land use as pure functions: the building periods read as years, for the regeneration corridor's indicators.
 */
package org.smartland.analytics.landuse;
