package org.smartland.layers.tiles;

import io.github.sebasbaumh.mapbox.vectortile.VectorTile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * An MVT read back by the tests with the plain protobuf classes and a decoder of the geometry commands of
 * MVT 2.1 §4.3 written here, so that the tests check the encoding against the specification rather than
 * against the encoding library's own reader.
 */
final class DecodedTile {
  private static final GeometryFactory GF = new GeometryFactory();

  /** One feature: id, type, attributes and its coordinate runs (points, lines or rings), in tile units. */
  record DecodedFeature(OptionalLong id, VectorTile.Tile.GeomType type, Map<String, Object> attributes,
                        List<List<Coordinate>> parts) {

    /** The geometry: rings with positive surveyor's area start polygons, the others are their holes. */
    Geometry geometry() {
      switch (type) {
        case POINT -> {
          List<Coordinate> pts = parts.get(0);
          return pts.size() == 1 ? GF.createPoint(pts.get(0)) : GF.createMultiPointFromCoords(pts.toArray(new Coordinate[0]));
        }
        case LINESTRING -> {
          List<Geometry> lines = new ArrayList<>();
          for (List<Coordinate> p : parts) {
            lines.add(GF.createLineString(p.toArray(new Coordinate[0])));
          }
          return GF.buildGeometry(lines);
        }
        case POLYGON -> {
          List<Polygon> polygons = new ArrayList<>();
          LinearRing shell = null;
          List<LinearRing> holes = new ArrayList<>();
          for (List<Coordinate> ring : parts) {
            List<Coordinate> closed = new ArrayList<>(ring);
            closed.add(ring.get(0));
            LinearRing r = GF.createLinearRing(closed.toArray(new Coordinate[0]));
            if (surveyorArea(ring) > 0) {
              if (shell != null) {
                polygons.add(GF.createPolygon(shell, holes.toArray(new LinearRing[0])));
              }
              shell = r;
              holes = new ArrayList<>();
            } else {
              holes.add(r);
            }
          }
          polygons.add(GF.createPolygon(shell, holes.toArray(new LinearRing[0])));
          return GF.buildGeometry(polygons);
        }
        default -> throw new AssertionError("unknown geometry type");
      }
    }
  }

  private final VectorTile.Tile tile;

  DecodedTile(byte[] bytes) {
    try {
      this.tile = VectorTile.Tile.parseFrom(bytes);
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new AssertionError("not a vector tile", e);
    }
  }

  List<String> layerNames() {
    return tile.getLayersList().stream().map(VectorTile.Tile.Layer::getName).toList();
  }

  VectorTile.Tile.Layer rawLayer(String name) {
    return tile.getLayersList().stream().filter(l -> l.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no layer " + name + " in " + layerNames()));
  }

  List<DecodedFeature> features(String layer) {
    VectorTile.Tile.Layer l = rawLayer(layer);
    List<DecodedFeature> out = new ArrayList<>();
    for (VectorTile.Tile.Feature f : l.getFeaturesList()) {
      Map<String, Object> attributes = new LinkedHashMap<>();
      for (int i = 0; i + 1 < f.getTagsCount(); i += 2) {
        attributes.put(l.getKeys(f.getTags(i)), value(l.getValues(f.getTags(i + 1))));
      }
      out.add(new DecodedFeature(f.hasId() ? OptionalLong.of(f.getId()) : OptionalLong.empty(), f.getType(),
          attributes, parts(f.getGeometryList(), f.getType())));
    }
    return out;
  }

  /** The only feature of the layer. */
  DecodedFeature only(String layer) {
    List<DecodedFeature> fs = features(layer);
    if (fs.size() != 1) {
      throw new AssertionError("expected one feature in " + layer + ", found " + fs.size());
    }
    return fs.get(0);
  }

  /** ½ Σ (x_i·y_{i+1} − x_{i+1}·y_i) over an open ring, in tile coordinates (y down). */
  static double surveyorArea(List<Coordinate> ring) {
    double sum = 0;
    for (int i = 0; i < ring.size(); i++) {
      Coordinate a = ring.get(i);
      Coordinate b = ring.get((i + 1) % ring.size());
      sum += a.x * b.y - b.x * a.y;
    }
    return sum / 2;
  }

  private static Object value(VectorTile.Tile.Value v) {
    if (v.hasStringValue()) {
      return v.getStringValue();
    }
    if (v.hasDoubleValue()) {
      return v.getDoubleValue();
    }
    if (v.hasFloatValue()) {
      return v.getFloatValue();
    }
    if (v.hasIntValue()) {
      return v.getIntValue();
    }
    if (v.hasUintValue()) {
      return v.getUintValue();
    }
    if (v.hasSintValue()) {
      return v.getSintValue();
    }
    if (v.hasBoolValue()) {
      return v.getBoolValue();
    }
    throw new AssertionError("empty value");
  }

  /** Runs of coordinates: each MoveTo starts one, except that a point feature's points form a single run. */
  private static List<List<Coordinate>> parts(List<Integer> commands, VectorTile.Tile.GeomType type) {
    List<List<Coordinate>> parts = new ArrayList<>();
    List<Coordinate> current = null;
    long x = 0;
    long y = 0;
    int i = 0;
    while (i < commands.size()) {
      int header = commands.get(i++);
      int id = header & 0x7;
      int count = header >>> 3;
      if (id == 7) {
        continue;
      }
      if (id != 1 && id != 2) {
        throw new AssertionError("unknown command " + id);
      }
      if (id == 1 && (current == null || type != VectorTile.Tile.GeomType.POINT)) {
        current = new ArrayList<>();
        parts.add(current);
      }
      for (int k = 0; k < count; k++) {
        x += zigzag(commands.get(i++));
        y += zigzag(commands.get(i++));
        current.add(new Coordinate(x, y));
      }
    }
    return parts;
  }

  private static int zigzag(int n) {
    return (n >>> 1) ^ -(n & 1);
  }
}
