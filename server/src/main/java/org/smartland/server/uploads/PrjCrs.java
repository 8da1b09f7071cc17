package org.smartland.server.uploads;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The EPSG code of a CRS written as WKT 1, as in a shapefile's {@code .prj} (ESRI flavour, without authority codes) or
 * a GeoPackage's {@code gpkg_spatial_ref_sys} definition (OGC flavour, often with them). The root's
 * {@code AUTHORITY["EPSG", n]} wins when there is one; otherwise the name of the PROJCS, or of the GEOGCS of a
 * geographic CRS, is matched, ignoring case and punctuation, against the CRSs of the territories' region: WGS 84 and
 * its UTM zones, ETRS89 and its UTM zones, Monte Mario / Italy zones 1 and 2 (Gauss-Boaga), RDN2008 and its UTM zone
 * 32N, and the web's Pseudo-Mercator. Any other name is not recognised: empty.
 */
final class PrjCrs {
  private static final Pattern ROOT_AUTHORITY = Pattern.compile("AUTHORITY\\s*\\[\\s*\"EPSG\"\\s*,\\s*\"?(\\d{4,6})\"?\\s*]\\s*]\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ROOT = Pattern.compile("^\\s*(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS)\\s*\\[\\s*\"([^\"]*)\"",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern UTM = Pattern.compile("(wgs84|wgs1984|etrs1989|etrs89|rdn2008)utmzone(\\d{1,2})([ns])(ne)?");

  private PrjCrs() {
  }

  static Optional<Integer> epsg(String wkt) {
    String text = wkt.strip();
    Matcher a = ROOT_AUTHORITY.matcher(text);
    if (a.find()) {
      return Optional.of(Integer.parseInt(a.group(1)));
    }
    Matcher root = ROOT.matcher(text);
    if (!root.find()) {
      return Optional.empty();
    }
    return byName(root.group(2));
  }

  /** The code of a CRS name such as {@code WGS_1984_UTM_Zone_32N} or {@code Monte Mario / Italy zone 1}. */
  static Optional<Integer> byName(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    Matcher utm = UTM.matcher(n);
    if (utm.matches()) {
      int zone = Integer.parseInt(utm.group(2));
      boolean north = utm.group(3).equals("n");
      return switch (utm.group(1)) {
        case "wgs84", "wgs1984" -> zone >= 1 && zone <= 60 ? Optional.of((north ? 32600 : 32700) + zone) : Optional.empty();
        case "etrs1989", "etrs89" -> north && zone >= 28 && zone <= 38 ? Optional.of(25800 + zone) : Optional.empty();
        default -> north && zone >= 32 && zone <= 34 ? Optional.of(6707 + zone - 32) : Optional.empty();
      };
    }
    return Optional.ofNullable(switch (n) {
      case "gcswgs1984", "wgs84", "wgs1984", "gcswgs84" -> 4326;
      case "wgs1984webmercatorauxiliarysphere", "wgs84pseudomercator", "webmercator", "popularvisualisationcrsmercator",
          "wgs1984webmercator" -> 3857;
      case "montemarioitaly1", "montemarioromeitaly1", "montemarioitalyzone1" -> 3003;
      case "montemarioitaly2", "montemarioromeitaly2", "montemarioitalyzone2" -> 3004;
      case "gcsetrs1989", "etrs89" -> 4258;
      case "gcsrdn2008", "rdn2008" -> 6706;
      default -> null;
    });
  }
}
