package org.smartland.layers.crs;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Reprojection between EPSG codes with the EPSG database (GeoTools referencing), and the axis order each
 * CRS name implies. Coordinates handed in and out are always easting/longitude first; use
 * {@link #axisOrder(Crs)} to know whether a protocol must swap them on the wire.
 *
 * <p>Decoded CRSs and transforms are cached, so only the first use of a code pays the EPSG lookup.
 * Thread-safe.
 */
public final class CrsTransforms {
  private final Map<Integer, CoordinateReferenceSystem> lonLatFirst = new ConcurrentHashMap<>();
  private final Map<Integer, AxisOrder> epsgAxisOrder = new ConcurrentHashMap<>();
  private final Map<Long, MathTransform> transforms = new ConcurrentHashMap<>();

  /** Whether the EPSG database knows this code. */
  public boolean isKnown(int srid) {
    try {
      definition(srid);
      return true;
    } catch (UnknownCrsException e) {
      return false;
    }
  }

  /** The order coordinates are written in for this CRS name. */
  public AxisOrder axisOrder(Crs crs) {
    if (crs.crs84() || !crs.epsgAxisOrder()) {
      return AxisOrder.EAST_NORTH;
    }
    return epsgAxisOrder.computeIfAbsent(crs.srid(), srid -> {
      try {
        CRS.AxisOrder order = CRS.getAxisOrder(CRS.decode("EPSG:" + srid, false));
        return order == CRS.AxisOrder.NORTH_EAST ? AxisOrder.NORTH_EAST : AxisOrder.EAST_NORTH;
      } catch (FactoryException e) {
        throw new UnknownCrsException("EPSG:" + srid);
      }
    });
  }

  /** Whether this CRS is geographic (degrees), as opposed to projected (metres). */
  public boolean isGeographic(int srid) {
    return definition(srid) instanceof org.geotools.api.referencing.crs.GeographicCRS;
  }

  /** The OGC WKT 1 definition of an EPSG code, as GeoPackage's {@code gpkg_spatial_ref_sys} stores it. */
  public String wkt(int srid) {
    try {
      return CRS.decode("EPSG:" + srid, false).toWKT();
    } catch (FactoryException e) {
      throw new UnknownCrsException("EPSG:" + srid);
    }
  }

  /** The EPSG name of a code, e.g. {@code WGS 84 / UTM zone 32N}. */
  public String name(int srid) {
    return definition(srid).getName().getCode();
  }

  /** The geometry in {@code toSrid}; the same instance when the codes are equal. */
  public Geometry transform(Geometry g, int fromSrid, int toSrid) {
    if (fromSrid == toSrid || g.isEmpty()) {
      return g;
    }
    try {
      Geometry out = JTS.transform(g, transform(fromSrid, toSrid));
      out.setSRID(toSrid);
      return out;
    } catch (TransformException e) {
      throw new IllegalArgumentException("cannot reproject from EPSG:" + fromSrid + " to EPSG:" + toSrid
          + ": " + e.getMessage(), e);
    }
  }

  /** The envelope covering {@code env} once reprojected, with its edges densified (21 points a side). */
  public Envelope transform(Envelope env, int fromSrid, int toSrid) {
    if (fromSrid == toSrid || env.isNull()) {
      return new Envelope(env);
    }
    try {
      return JTS.transform(env, null, transform(fromSrid, toSrid), 21);
    } catch (TransformException e) {
      throw new IllegalArgumentException("cannot reproject envelope from EPSG:" + fromSrid + " to EPSG:"
          + toSrid + ": " + e.getMessage(), e);
    }
  }

  /**
   * A fast transform for coordinates around {@code region} (in {@code fromSrid}) whose error stays within
   * {@code tolerance} (in {@code toSrid} units); empty when the codes are equal or no grid meets the tolerance.
   */
  public Optional<ApproximateTransform> approximate(int fromSrid, int toSrid, Envelope region, double tolerance) {
    if (fromSrid == toSrid) {
      return Optional.empty();
    }
    return ApproximateTransform.over(transform(fromSrid, toSrid), region, tolerance, toSrid);
  }

  private MathTransform transform(int from, int to) {
    return transforms.computeIfAbsent(((long) from << 32) | to, key -> {
      try {
        return CRS.findMathTransform(definition(from), definition(to), true);
      } catch (FactoryException e) {
        throw new IllegalArgumentException("no transformation from EPSG:" + from + " to EPSG:" + to, e);
      }
    });
  }

  private CoordinateReferenceSystem definition(int srid) {
    return lonLatFirst.computeIfAbsent(srid, s -> {
      try {
        return CRS.decode("EPSG:" + s, true);
      } catch (FactoryException e) {
        throw new UnknownCrsException("EPSG:" + s);
      }
    });
  }
}
