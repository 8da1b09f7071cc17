package org.smartland.server.ogcapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.style.StyleCheck;
import org.smartland.layers.style.StyleLibrary;
import org.smartland.layers.tiles.TileMatrixSet;
import org.smartland.layers.tiles.TileSource;

/**
 * What goes into the vector tiles of a collection at a zoom: from which zoom a layer appears (so that a
 * tile never carries more than a map can show — small layers from zoom 0, the 10,000-feature ones from 12)
 * and which attributes travel (below zoom {@value #ALL_ATTRIBUTES_ZOOM}, only those its style reads plus
 * {@code name}; from there on, all).
 */
final class TileSets {
  static final int ALL_ATTRIBUTES_ZOOM = 14;
  /** The id of the dataset tileset, all collections in one tile. */
  static final String DATASET = "_all";

  private final StyleLibrary styles;

  TileSets(StyleLibrary styles) {
    this.styles = styles;
  }

  /** The zoom from which a collection appears in tiles. */
  static int minZoom(Collection c) {
    long n = c.summary().featureCount();
    if (n <= 500 || c.definition().geometryType() == GeometryType.MULTIPOLYGON && n <= 2_000) {
      return 0;
    }
    if (n <= 5_000) {
      return 8;
    }
    return n <= 50_000 ? 12 : 14;
  }

  /** The source of a collection at zoom {@code z}: its attributes for that zoom. */
  TileSource source(Collection c, int z, TileMatrixSet tms) {
    return new TileSource(c.id(), c.store(), minZoom(c), tms.maxZoom(), attributes(c, z));
  }

  List<String> attributes(Collection c, int z) {
    List<AttributeDefinition> all = c.definition().attributes();
    if (z >= ALL_ATTRIBUTES_ZOOM) {
      return all.stream().map(AttributeDefinition::name).toList();
    }
    Set<String> wanted = new LinkedHashSet<>();
    styles.style(c.definition().defaultStyle()).ifPresent(s -> wanted.addAll(StyleCheck.propertiesUsed(s)));
    wanted.add("name");
    List<String> out = new ArrayList<>();
    for (AttributeDefinition a : all) {
      if (wanted.contains(a.name())) {
        out.add(a.name());
      }
    }
    return out;
  }
}
