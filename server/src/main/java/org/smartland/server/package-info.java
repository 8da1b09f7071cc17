/**
 * The HTTP server: {@link org.smartland.server.Main} reads the command line, {@link org.smartland.server.ServerConfig}
 * the configuration, and {@link org.smartland.server.App} wires everything by constructors in one place.
 * Protocol packages ({@code rest}, {@code health}, later {@code wms}, {@code wfs}, {@code ogcapi}) parse
 * requests into layer queries and write responses; {@code http} maps errors and tags requests.
 */
package org.smartland.server;
