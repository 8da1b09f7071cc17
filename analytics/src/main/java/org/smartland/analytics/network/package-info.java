/**
 * Walking on the road network, as pure functions (JTS and records in, numbers out; no Spark): the graph of the
 * road edges, the distance from every node to the nearest of a set of destinations, and the share of a
 * weighted population that reaches them within a distance. The accessibility indicators (residents within
 * 400 m of a stop, within a 10-minute walk of a school…) and the accessibility scenarios are built on them.
 */
package org.smartland.analytics.network;
