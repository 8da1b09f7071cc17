/**
 * The data module: territory configurations ({@link org.smartland.data.territory}), source readers
 * ({@link org.smartland.data.source}, {@link org.smartland.data.osm}), derived layers
 * ({@link org.smartland.data.derive}) and the import pipeline ({@link org.smartland.data.importer}), with the
 * {@link org.smartland.data.DataCli command line} that builds a territory's GeoPackage.
 */
package org.smartland.data;
