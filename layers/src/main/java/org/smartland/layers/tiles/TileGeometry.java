package org.smartland.layers.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.LineStringExtracter;
import org.locationtech.jts.geom.util.PointExtracter;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.PrecisionReducer;

/**
 * Turns a geometry in the tile matrix set's CRS into MVT tile coordinates for one tile: origin at the tile's
 * upper-left corner, y growing down, {@code extent} units across, integers.
 *
 * <p>Method: a geometry collection keeps only its parts of the highest dimension (as PostGIS
 * {@code ST_AsMVTGeom} does). Coordinates are scaled to tile units, then
 * <ul>
 *   <li>points outside the tile grown by the buffer are dropped, the others rounded;</li>
 *   <li>lines are cut to the grown tile ({@link LineClipper}), simplified ({@link DouglasPeucker},
 *       {@code tolerance} tile units), rounded, repeated points removed; pieces with fewer than two distinct
 *       points are dropped;</li>
 *   <li>polygons crossing the grown tile are cut to it ({@link RingClipper}, or OverlayNG where that does
 *       not give a valid polygon: a concave shell cut in several parts, a hole on the edge); their rings are
 *       simplified and rounded; a ring left with fewer than four points is dropped (a shell with its
 *       polygon), and a polygon that the rounding made invalid ({@link SimpleRings}) is snap-rounded to the
 *       integer grid (OverlayNG), which also removes parts that collapsed to no area; finally shells are
 *       oriented with positive surveyor's area in tile coordinates (clockwise on screen) and holes the other
 *       way, as MVT 2.1 requires.</li>
 * </ul>
 * The result is empty when nothing is left. A polygon that no overlay can process even after
 * {@link GeometryFixer} is dropped as well. Not thread-safe; cheap to create (one per tile).
 */
final class TileGeometry {
  private static final PrecisionModel GRID = new PrecisionModel(1.0);

  private final GeometryFactory factory = new GeometryFactory();
  private final double minX;
  private final double maxY;
  private final double scaleX;
  private final double scaleY;
  private final double low;
  private final double high;
  private final double tolerance;
  private final Envelope clipWorld;
  private final Envelope clipTile;
  private final LineClipper lineClipper;
  private final RingClipper ringClipper;

  /**
   * @param tile      the tile's envelope in the tile matrix set's CRS
   * @param extent    tile units across the tile
   * @param buffer    tile units kept beyond each edge
   * @param tolerance simplification distance in tile units (0 for none)
   */
  TileGeometry(Envelope tile, int extent, int buffer, double tolerance) {
    this.minX = tile.getMinX();
    this.maxY = tile.getMaxY();
    this.scaleX = extent / tile.getWidth();
    this.scaleY = extent / tile.getHeight();
    this.low = -buffer;
    this.high = extent + buffer;
    this.tolerance = tolerance;
    this.clipWorld = new Envelope(tile);
    this.clipWorld.expandBy(buffer / scaleX, buffer / scaleY);
    this.clipTile = new Envelope(low, high, low, high);
    this.lineClipper = new LineClipper(low, low, high, high);
    this.ringClipper = new RingClipper(low, high);
  }

  /** The geometry in tile coordinates; empty when no part of it is left in the tile. */
  Optional<Geometry> toTile(Geometry world) {
    if (world == null || world.isEmpty() || !clipWorld.intersects(world.getEnvelopeInternal())) {
      return Optional.empty();
    }
    List<Geometry> parts = switch (world.getDimension()) {
      case 0 -> points(world);
      case 1 -> lines(world);
      default -> polygons(world);
    };
    return parts.isEmpty() ? Optional.empty() : Optional.of(factory.buildGeometry(parts));
  }

  private List<Geometry> points(Geometry world) {
    List<Geometry> out = new ArrayList<>();
    for (Object o : PointExtracter.getPoints(world)) {
      Point p = (Point) o;
      if (!p.isEmpty()) {
        Coordinate c = toTile(p.getCoordinate());
        if (clipTile.contains(c)) {
          out.add(factory.createPoint(round(c)));
        }
      }
    }
    return out;
  }

  private List<Geometry> lines(Geometry world) {
    List<Geometry> out = new ArrayList<>();
    for (Object o : LineStringExtracter.getLines(world)) {
      Coordinate[] line = toTile(((LineString) o).getCoordinates());
      List<Coordinate[]> pieces = clipTile.contains(envelope(line)) ? List.<Coordinate[]>of(line) : lineClipper.clip(line);
      for (Coordinate[] piece : pieces) {
        Coordinate[] snapped = snap(DouglasPeucker.simplify(piece, tolerance));
        if (snapped.length >= 2) {
          out.add(factory.createLineString(snapped));
        }
      }
    }
    return out;
  }

  private List<Geometry> polygons(Geometry world) {
    List<Geometry> out = new ArrayList<>();
    for (Object o : PolygonExtracter.getPolygons(world)) {
      Polygon p = (Polygon) o;
      if (p.isEmpty() || !clipWorld.intersects(p.getEnvelopeInternal())) {
        continue;
      }
      Polygon tilePolygon = toTile(p);
      List<Polygon> clipped = clipTile.contains(tilePolygon.getEnvelopeInternal()) ? List.of(tilePolygon) : clip(tilePolygon);
      for (Polygon c : clipped) {
        out.addAll(snap(c));
      }
    }
    return out;
  }

  /**
   * The parts of a polygon inside the grown tile: its rings cut by {@link RingClipper} when that gives a valid
   * polygon, else by an overlay; none if even the fixed polygon cannot be overlaid.
   */
  private List<Polygon> clip(Polygon p) {
    Coordinate[] shell = ringClipper.clip(p.getExteriorRing().getCoordinates());
    if (shell == null) {
      return List.of();
    }
    List<LinearRing> holes = new ArrayList<>();
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      Coordinate[] hole = ringClipper.clip(p.getInteriorRingN(i).getCoordinates());
      if (hole != null) {
        holes.add(factory.createLinearRing(hole));
      }
    }
    Polygon clipped = factory.createPolygon(factory.createLinearRing(shell), holes.toArray(new LinearRing[0]));
    if (SimpleRings.isValid(clipped)) {
      return List.of(clipped);
    }
    Geometry rectangle = factory.toGeometry(clipTile);
    try {
      return polygonsOf(OverlayNGRobust.overlay(p, rectangle, OverlayNG.INTERSECTION));
    } catch (TopologyException e) {
      try {
        return polygonsOf(OverlayNGRobust.overlay(GeometryFixer.fix(p), rectangle, OverlayNG.INTERSECTION));
      } catch (TopologyException again) {
        return List.of();
      }
    }
  }

  /** The polygon simplified and on the integer grid, valid, oriented for MVT: zero, one or more polygons. */
  private List<Polygon> snap(Polygon p) {
    Coordinate[] shell = DouglasPeucker.simplify(p.getExteriorRing().getCoordinates(), tolerance);
    if (shell.length < 4) {
      return List.of();
    }
    List<Coordinate[]> holes = new ArrayList<>();
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      Coordinate[] hole = DouglasPeucker.simplify(p.getInteriorRingN(i).getCoordinates(), tolerance);
      if (hole.length >= 4) {
        holes.add(hole);
      }
    }
    Coordinate[] snappedShell = snap(shell);
    if (snappedShell.length < 4) {
      return List.of();
    }
    List<LinearRing> snappedHoles = new ArrayList<>();
    for (Coordinate[] hole : holes) {
      Coordinate[] snappedHole = snap(hole);
      if (snappedHole.length >= 4) {
        snappedHoles.add(factory.createLinearRing(snappedHole));
      }
    }
    Polygon snapped = factory.createPolygon(factory.createLinearRing(snappedShell), snappedHoles.toArray(new LinearRing[0]));
    List<Polygon> valid = SimpleRings.isValid(snapped) ? List.of(snapped) : snapRound(polygon(shell, holes));
    List<Polygon> oriented = new ArrayList<>(valid.size());
    for (Polygon v : valid) {
      oriented.add(orient(v));
    }
    return oriented;
  }

  private Polygon polygon(Coordinate[] shell, List<Coordinate[]> holes) {
    LinearRing[] rings = new LinearRing[holes.size()];
    for (int i = 0; i < rings.length; i++) {
      rings[i] = factory.createLinearRing(holes.get(i));
    }
    return factory.createPolygon(factory.createLinearRing(shell), rings);
  }

  /** Snap-rounds a polygon whose pointwise rounding was invalid: a valid result on the grid, collapses removed. */
  private List<Polygon> snapRound(Polygon p) {
    try {
      return polygonsOf(PrecisionReducer.reducePrecision(p, GRID));
    } catch (TopologyException | IllegalArgumentException e) {
      try {
        return polygonsOf(PrecisionReducer.reducePrecision(GeometryFixer.fix(p), GRID));
      } catch (TopologyException | IllegalArgumentException again) {
        return List.of();
      }
    }
  }

  private static List<Polygon> polygonsOf(Geometry g) {
    List<Polygon> out = new ArrayList<>();
    for (Object o : PolygonExtracter.getPolygons(g)) {
      Polygon p = (Polygon) o;
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** Shell with positive surveyor's area in tile coordinates (counter-clockwise in JTS terms), holes negative. */
  private Polygon orient(Polygon p) {
    LinearRing shell = p.getExteriorRing();
    if (!Orientation.isCCW(shell.getCoordinateSequence())) {
      shell = shell.reverse();
    }
    LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
    for (int i = 0; i < holes.length; i++) {
      LinearRing hole = p.getInteriorRingN(i);
      holes[i] = Orientation.isCCW(hole.getCoordinateSequence()) ? hole.reverse() : hole;
    }
    return factory.createPolygon(shell, holes);
  }

  /** Rounded, without consecutive repeats. */
  private static Coordinate[] snap(Coordinate[] coordinates) {
    CoordinateList out = new CoordinateList();
    for (Coordinate c : coordinates) {
      out.add(round(c), false);
    }
    return out.toCoordinateArray();
  }

  private static Coordinate round(Coordinate c) {
    return new Coordinate(Math.floor(c.x + 0.5), Math.floor(c.y + 0.5));
  }

  private Polygon toTile(Polygon p) {
    LinearRing shell = factory.createLinearRing(toTile(p.getExteriorRing().getCoordinates()));
    LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
    for (int i = 0; i < holes.length; i++) {
      holes[i] = factory.createLinearRing(toTile(p.getInteriorRingN(i).getCoordinates()));
    }
    return factory.createPolygon(shell, holes);
  }

  private Coordinate[] toTile(Coordinate[] world) {
    Coordinate[] out = new Coordinate[world.length];
    for (int i = 0; i < world.length; i++) {
      out[i] = toTile(world[i]);
    }
    return out;
  }

  private Coordinate toTile(Coordinate c) {
    return new Coordinate((c.x - minX) * scaleX, (maxY - c.y) * scaleY);
  }

  private static Envelope envelope(Coordinate[] coordinates) {
    Envelope e = new Envelope();
    for (Coordinate c : coordinates) {
      e.expandToInclude(c);
    }
    return e;
  }
}
