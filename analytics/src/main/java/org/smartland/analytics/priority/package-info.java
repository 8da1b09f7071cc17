/**
 * The prioritisation's criteria as pure functions: the need gap of a corridor per Comune, the risk weight of a
 * building, and the five criteria of a project from what it reaches; the settings they read.
 */
package org.smartland.analytics.priority;
