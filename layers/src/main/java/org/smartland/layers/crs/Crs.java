package org.smartland.layers.crs;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CRS as a client named it: the EPSG code it resolves to, and whether that name implies lon/lat
 * (legacy {@code EPSG:4326}, {@code CRS:84}) or the EPSG axis order ({@code urn:ogc:def:crs:EPSG::4326},
 * {@code http://www.opengis.net/def/crs/EPSG/0/4326}). {@code srid} 4326 with {@link #crs84()} true is CRS:84.
 *
 * @param srid            the EPSG code
 * @param crs84           whether this is OGC CRS:84 (WGS 84, longitude first)
 * @param epsgAxisOrder   whether the name asks for the axis order of the EPSG definition
 */
public record Crs(int srid, boolean crs84, boolean epsgAxisOrder) {
  private static final Pattern EPSG_CODE = Pattern.compile("(?i)EPSG:(\\d{1,6})");
  private static final Pattern EPSG_URN = Pattern.compile("(?i)urn:(?:x-)?ogc:def:crs:EPSG:[0-9.]*:(\\d{1,6})");
  private static final Pattern EPSG_URI = Pattern.compile("(?i)https?://www\\.opengis\\.net/def/crs/EPSG/[0-9.]+/(\\d{1,6})");
  private static final Pattern EPSG_XML = Pattern.compile("(?i)https?://www\\.opengis\\.net/gml/srs/epsg\\.xml#(\\d{1,6})");
  private static final Pattern CRS84 = Pattern.compile(
      "(?i)CRS:84|urn:ogc:def:crs:OGC:(?:1\\.3)?:CRS84|https?://www\\.opengis\\.net/def/crs/OGC/1\\.3/CRS84");

  public static final Crs CRS84_LONLAT = new Crs(4326, true, false);

  /** EPSG code written the legacy way ({@code EPSG:n}), longitude/easting first. */
  public static Crs epsg(int srid) {
    return new Crs(srid, false, false);
  }

  /**
   * Parses any of the usual spellings. {@code EPSG:n} and {@code …epsg.xml#n} keep x/y (lon/lat) order;
   * URNs and OGC URIs follow the EPSG axis order; CRS:84 is lon/lat.
   *
   * @throws UnknownCrsException if the name has none of these shapes
   */
  public static Crs parse(String name) {
    if (name == null) {
      throw new UnknownCrsException("null");
    }
    String s = name.trim();
    if (CRS84.matcher(s).matches()) {
      return CRS84_LONLAT;
    }
    Matcher m;
    if ((m = EPSG_CODE.matcher(s)).matches() || (m = EPSG_XML.matcher(s)).matches()) {
      return new Crs(Integer.parseInt(m.group(1)), false, false);
    }
    if ((m = EPSG_URN.matcher(s)).matches() || (m = EPSG_URI.matcher(s)).matches()) {
      return new Crs(Integer.parseInt(m.group(1)), false, true);
    }
    throw new UnknownCrsException(name);
  }

  /** {@code EPSG:32632} or {@code CRS:84}. */
  public String code() {
    return crs84 ? "CRS:84" : "EPSG:" + srid;
  }

  /** The OGC URI, e.g. {@code http://www.opengis.net/def/crs/EPSG/0/32632}. */
  public String uri() {
    return crs84 ? "http://www.opengis.net/def/crs/OGC/1.3/CRS84" : "http://www.opengis.net/def/crs/EPSG/0/" + srid;
  }

  /** The URN, e.g. {@code urn:ogc:def:crs:EPSG::32632}. */
  public String urn() {
    return crs84 ? "urn:ogc:def:crs:OGC:1.3:CRS84" : "urn:ogc:def:crs:EPSG::" + srid;
  }

  /** The same CRS, named so that the EPSG axis order applies (as in WMS 1.3.0 and OGC API Part 2). */
  public Crs withEpsgAxisOrder() {
    return crs84 ? this : new Crs(srid, false, true);
  }

  @Override
  public String toString() {
    return code() + (epsgAxisOrder ? " (EPSG axis order)" : "").toLowerCase(Locale.ROOT);
  }
}
