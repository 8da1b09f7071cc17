/**
 * Output encodings shared by the protocols: streaming GeoJSON (RFC 7946) and GML geometry and feature
 * writers. They write what a handler hands them; they never query.
 */
package org.smartland.server.format;
