package org.smartland.layers.store;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * One layer of one vector tile, as a store that encodes tiles itself (PostGIS {@code ST_AsMVT}) needs it.
 *
 * @param layerName  the MVT layer name
 * @param tile       the tile's envelope, in the CRS {@code srid}
 * @param area       the part of the buffered tile to read features from, in {@code srid}
 * @param srid       the tile matrix set's CRS (EPSG:3857, or 4326 with x = longitude)
 * @param extent     the tile's integer grid size, e.g. 4096
 * @param buffer     the grid units kept beyond each edge, e.g. 64
 * @param attributes the attributes to carry (checked against the schema)
 */
public record TileLayerQuery(String layerName, Envelope tile, Envelope area, int srid, int extent, int buffer,
                             List<String> attributes) {
  public TileLayerQuery {
    attributes = List.copyOf(attributes);
  }
}
