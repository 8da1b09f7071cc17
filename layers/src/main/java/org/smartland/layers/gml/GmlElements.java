package org.smartland.layers.gml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.smartland.layers.crs.AxisOrder;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.crs.UnknownCrsException;
import org.smartland.layers.xml.XmlCursor;

/**
 * The element structure of one GML geometry being read, see {@link GmlGeometryReader}: each method starts at
 * an element's start and returns on its end. Descriptive GML properties ({@code name}, {@code description},
 * …) are skipped.
 */
final class GmlElements {
  private static final Set<String> METADATA = Set.of("name", "description", "descriptionReference", "identifier",
      "metaDataProperty");
  private static final String SUPPORTED = "Point, LineString, LinearRing, Polygon, Envelope, MultiPoint, "
      + "MultiCurve, MultiLineString, MultiSurface, MultiPolygon, MultiGeometry";

  /** The CRS positions are written in, and whether they are north/east on the wire. */
  private record Frame(Crs crs, boolean swap) {
  }

  private enum Kind {
    POINT("Point"), LINE("LineString"), POLYGON("Polygon"), ANY("geometry");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  private final XmlCursor c;
  private final CrsTransforms transforms;
  private final GmlPositions positions;
  private GeometryFactory factory;
  private int srid;

  GmlElements(XmlCursor c, CrsTransforms transforms, GmlPositions positions) {
    this.c = c;
    this.transforms = transforms;
    this.positions = positions;
  }

  Geometry read(Crs defaultCrs) {
    requireGml();
    Frame root = c.attribute("srsName").map(this::frame).orElseGet(() -> {
      if (defaultCrs == null) {
        throw c.error(c.name() + " needs an srsName");
      }
      return frame(defaultCrs);
    });
    srid = root.crs().srid();
    factory = new GeometryFactory(new PrecisionModel(), srid);
    return geometry(root);
  }

  private Geometry geometry(Frame f) {
    positions.requireTwoDimensions();
    return switch (c.name()) {
      case "Point" -> point(f);
      case "LineString" -> factory.createLineString(line(f, "LineString"));
      case "LinearRing" -> ring(f);
      case "Polygon" -> polygon(f);
      case "Envelope", "Box" -> envelope(f);
      case "MultiPoint" -> factory.createMultiPoint(members(f, Kind.POINT, "pointMember", "pointMembers")
          .toArray(new Point[0]));
      case "MultiCurve", "MultiLineString" -> factory.createMultiLineString(
          members(f, Kind.LINE, "curveMember", "curveMembers", "lineStringMember").toArray(new LineString[0]));
      case "MultiSurface", "MultiPolygon" -> factory.createMultiPolygon(
          members(f, Kind.POLYGON, "surfaceMember", "surfaceMembers", "polygonMember").toArray(new Polygon[0]));
      case "MultiGeometry" -> factory.createGeometryCollection(
          members(f, Kind.ANY, "geometryMember", "geometryMembers").toArray(new Geometry[0]));
      default -> throw c.error("unsupported geometry '" + c.name() + "' (supported: " + SUPPORTED + ")");
    };
  }

  /** A geometry inside another: it may restate the CRS but not change it. */
  private Geometry nested(Frame parent) {
    requireGml();
    return geometry(inner(parent));
  }

  private Frame inner(Frame parent) {
    var name = c.attribute("srsName");
    if (name.isEmpty()) {
      return parent;
    }
    Frame f = frame(name.get());
    if (f.crs().srid() != srid) {
      throw c.error(c.name() + " names " + f.crs().code() + " inside a geometry in EPSG:" + srid
          + ": members must share the geometry's CRS");
    }
    return f;
  }

  private Geometry point(Frame f) {
    Coordinate p = null;
    while (c.nextChild()) {
      String name = c.name();
      if (METADATA.contains(name)) {
        c.skip();
        continue;
      }
      Coordinate[] read = switch (name) {
        case "pos" -> new Coordinate[] {positions.position(f.swap())};
        case "coordinates" -> positions.coordinates(f.swap());
        default -> throw c.unknown("Point");
      };
      if (p != null || read.length != 1) {
        throw c.error("Point holds exactly one position");
      }
      p = read[0];
    }
    if (p == null) {
      throw c.error("Point needs a pos");
    }
    return factory.createPoint(p);
  }

  /** The positions of a LineString or LinearRing: one posList, one coordinates, or several pos. */
  private Coordinate[] line(Frame f, String what) {
    List<Coordinate> points = new ArrayList<>();
    int lists = 0;
    int singles = 0;
    while (c.nextChild()) {
      switch (c.name()) {
        case "pos" -> {
          singles++;
          points.add(positions.position(f.swap()));
        }
        case "posList" -> {
          lists++;
          points.addAll(List.of(positions.posList(f.swap())));
        }
        case "coordinates" -> {
          lists++;
          points.addAll(List.of(positions.coordinates(f.swap())));
        }
        default -> {
          if (!METADATA.contains(c.name())) {
            throw c.unknown(what);
          }
          c.skip();
        }
      }
    }
    if (lists > 1 || lists == 1 && singles > 0) {
      throw c.error(what + " holds either one posList, one coordinates or several pos");
    }
    int min = what.equals("LinearRing") ? 4 : 2;
    if (points.size() < min) {
      throw c.error(what + " needs at least " + min + " positions, found " + points.size());
    }
    return points.toArray(new Coordinate[0]);
  }

  private LinearRing ring(Frame f) {
    Coordinate[] points = line(f, "LinearRing");
    if (!points[0].equals2D(points[points.length - 1])) {
      throw c.error("LinearRing is not closed: its first and last positions differ");
    }
    return factory.createLinearRing(points);
  }

  private Polygon polygon(Frame f) {
    LinearRing shell = null;
    List<LinearRing> holes = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "exterior", "outerBoundaryIs" -> {
          if (shell != null) {
            throw c.error("Polygon has one exterior");
          }
          shell = boundary(f);
        }
        case "interior", "innerBoundaryIs" -> holes.add(boundary(f));
        default -> {
          if (!METADATA.contains(c.name())) {
            throw c.unknown("Polygon");
          }
          c.skip();
        }
      }
    }
    if (shell == null) {
      throw c.error("Polygon needs an exterior");
    }
    return factory.createPolygon(shell, holes.toArray(new LinearRing[0]));
  }

  /** An exterior or interior: exactly one LinearRing. */
  private LinearRing boundary(Frame f) {
    String role = c.name();
    LinearRing ring = null;
    while (c.nextChild()) {
      if (!c.name().equals("LinearRing") || ring != null) {
        throw c.error(role + " holds exactly one LinearRing" + (c.name().equals("Ring") ? " (Ring is not supported)" : ""));
      }
      requireGml();
      ring = ring(inner(f));
    }
    if (ring == null) {
      throw c.error(role + " holds exactly one LinearRing");
    }
    return ring;
  }

  /** An Envelope (or GML 2 Box): lowerCorner and upperCorner, two pos, or two coordinates tuples. */
  private Geometry envelope(Frame f) {
    String what = c.name();
    List<Coordinate> corners = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "lowerCorner", "upperCorner", "pos" -> corners.add(positions.position(f.swap()));
        case "coordinates" -> corners.addAll(List.of(positions.coordinates(f.swap())));
        default -> throw c.unknown(what);
      }
    }
    if (corners.size() != 2) {
      throw c.error(what + " needs a lowerCorner and an upperCorner");
    }
    Coordinate lower = corners.get(0);
    Coordinate upper = corners.get(1);
    if (lower.x > upper.x || lower.y > upper.y) {
      throw c.error(what + ": the lower corner must not lie above or right of the upper corner");
    }
    return factory.toGeometry(new Envelope(lower, upper));
  }

  /** The members of a collection: {@code single} elements hold one geometry, {@code …Members} several. */
  private List<Geometry> members(Frame f, Kind kind, String... memberNames) {
    String collection = c.name();
    List<Geometry> out = new ArrayList<>();
    while (c.nextChild()) {
      String member = c.name();
      if (METADATA.contains(member)) {
        c.skip();
        continue;
      }
      if (!List.of(memberNames).contains(member)) {
        throw c.unknown(collection);
      }
      if (c.attribute("href").isPresent()) {
        throw c.error(member + ": references (xlink:href) are not supported, write the geometry inline");
      }
      boolean several = member.endsWith("Members");
      int found = 0;
      while (c.nextChild()) {
        if (found++ > 0 && !several) {
          throw c.error(member + " holds one geometry");
        }
        out.add(ofKind(nested(f), kind, member));
      }
      if (found == 0 && !several) {
        throw c.error(member + " holds one geometry");
      }
    }
    return out;
  }

  private Geometry ofKind(Geometry g, Kind kind, String member) {
    boolean fits = switch (kind) {
      case POINT -> g instanceof Point;
      case LINE -> g instanceof LineString;
      case POLYGON -> g instanceof Polygon;
      case ANY -> true;
    };
    if (!fits) {
      throw c.error(member + " holds a " + g.getGeometryType() + ", expected a " + kind.label);
    }
    return g;
  }

  private void requireGml() {
    if (!GmlGeometryReader.isGml(c)) {
      throw c.error("'" + c.name() + "' in namespace " + c.namespace() + " is not a GML geometry");
    }
  }

  private Frame frame(String srsName) {
    Crs crs;
    try {
      crs = Crs.parse(srsName);
    } catch (UnknownCrsException e) {
      throw c.error("unknown CRS '" + XmlCursor.abbreviate(srsName.trim()) + "'");
    }
    if (!transforms.isKnown(crs.srid())) {
      throw c.error("unknown CRS '" + XmlCursor.abbreviate(srsName.trim()) + "': EPSG has no code " + crs.srid());
    }
    return frame(crs);
  }

  private Frame frame(Crs crs) {
    try {
      return new Frame(crs, transforms.axisOrder(crs) == AxisOrder.NORTH_EAST);
    } catch (UnknownCrsException e) {
      throw c.error("unknown CRS " + crs.code());
    }
  }
}
