package org.smartland.layers.query.fes;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units a filter distance may be given in, as metres per unit: metres and kilometres by symbol, name
 * or EPSG unit code (9001, 9036) as URN or URI. Degrees are refused: a distance in degrees depends on
 * where it is measured, and a client asking for it almost always means metres.
 */
final class DistanceUnits {
  private static final Pattern EPSG_UNIT = Pattern.compile(
      "(?:urn:ogc:def:uom:epsg:[0-9.]*:|https?://www\\.opengis\\.net/def/uom/epsg/[0-9.]+/|epsg:)(\\d{1,6})");

  private DistanceUnits() {
  }

  /**
   * Metres per unit of {@code uom}.
   *
   * @throws IllegalArgumentException for degrees and unknown units, with a message for the client
   */
  static double metresPer(String uom) {
    String u = uom.trim().toLowerCase(Locale.ROOT);
    Matcher m = EPSG_UNIT.matcher(u);
    if (m.matches()) {
      switch (m.group(1)) {
        case "9001":
          return 1;
        case "9036":
          return 1000;
        case "9102", "9122":
          throw degrees(uom);
        default:
          throw unknown(uom);
      }
    }
    return switch (u) {
      case "m", "metre", "meter", "metres", "meters" -> 1;
      case "km", "kilometre", "kilometer", "kilometres", "kilometers" -> 1000;
      case "deg", "degree", "degrees", "°", "dd" -> throw degrees(uom);
      default -> throw unknown(uom);
    };
  }

  private static IllegalArgumentException degrees(String uom) {
    return new IllegalArgumentException("distances in degrees ('" + uom.trim() + "') are not supported: "
        + "give the distance in metres (uom=\"m\")");
  }

  private static IllegalArgumentException unknown(String uom) {
    String shown = uom.trim().length() > 60 ? uom.trim().substring(0, 60) + "…" : uom.trim();
    return new IllegalArgumentException("unknown unit of measure '" + shown + "' (supported: m, km, "
        + "urn:ogc:def:uom:EPSG::9001, http://www.opengis.net/def/uom/EPSG/0/9001)");
  }
}
