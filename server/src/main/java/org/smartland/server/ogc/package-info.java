/**
 * What the OGC services share: case-insensitive KVP parameters, the {@link org.smartland.server.ogc.OgcException}
 * that carries an OWS exception code and locator, and safe XML output (StAX, every value escaped).
 */
package org.smartland.server.ogc;
