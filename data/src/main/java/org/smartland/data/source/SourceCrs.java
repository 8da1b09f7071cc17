package org.smartland.data.source;

import java.util.Optional;
import org.smartland.data.territory.ConfigNode;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.crs.UnknownCrsException;

/** Resolves a source's CRS name to an EPSG code the reprojection knows, or fails naming the file. */
final class SourceCrs {
  private SourceCrs() {
  }

  /** The {@code crs} option of a source, if given. */
  static Optional<Integer> option(ConfigNode options, String file, CrsTransforms crs) {
    return options.optionalText("crs").map(name -> resolve(name, file, crs));
  }

  /** The EPSG code of a CRS name ({@code EPSG:4326}, {@code urn:ogc:def:crs:OGC:1.3:CRS84} …). */
  static int resolve(String name, String file, CrsTransforms crs) {
    try {
      return known(Crs.parse(name).srid(), file, crs);
    } catch (UnknownCrsException e) {
      throw new SourceException(file, "unknown CRS '" + name + "'");
    }
  }

  static int known(int srid, String file, CrsTransforms crs) {
    if (!crs.isKnown(srid)) {
      throw new SourceException(file, "unknown CRS 'EPSG:" + srid + "'");
    }
    return srid;
  }
}
