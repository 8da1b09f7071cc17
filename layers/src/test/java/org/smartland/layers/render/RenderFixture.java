package org.smartland.layers.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;

/**
 * A GeoPackage written by the test, with layers of features given as WKT (EPSG:32632) and two string
 * attributes, {@code kind} and {@code name}.
 */
final class RenderFixture implements AutoCloseable {
  static final CrsTransforms CRS = new CrsTransforms();
  private static final WKTReader WKT = new WKTReader();

  private final GeoPackageDatabase db;

  RenderFixture(Path dir) {
    this.db = GeoPackageDatabase.create(dir.resolve("fixture.gpkg"), CRS);
  }

  /** A feature: WKT, kind, name (either may be null). */
  record F(String wkt, String kind, String name) {
  }

  static F f(String wkt) {
    return new F(wkt, null, null);
  }

  static F f(String wkt, String kind) {
    return new F(wkt, kind, null);
  }

  static F f(String wkt, String kind, String name) {
    return new F(wkt, kind, name);
  }

  FeatureStore layer(String name, GeometryType type, List<F> features) {
    FeatureStore store = db.createLayer(new FeatureSchema(name, type, 32632, List.of(
        AttributeDefinition.of("kind", AttributeType.STRING), AttributeDefinition.of("name", AttributeType.STRING))));
    List<FeatureChange> inserts = new ArrayList<>();
    for (F f : features) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("kind", f.kind());
      p.put("name", f.name());
      inserts.add(new FeatureChange.Insert(Feature.of(geom(f.wkt()), p)));
    }
    store.write(inserts);
    return store;
  }

  static Geometry geom(String wkt) {
    try {
      return WKT.read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The pixel's colour with alpha. */
  static Color pixel(BufferedImage image, int x, int y) {
    return new Color(image.getRGB(x, y), true);
  }

  /** Whether the pixel is close (each channel within 8) to the colour, fully opaque. */
  static boolean is(BufferedImage image, int x, int y, Color expected) {
    Color c = pixel(image, x, y);
    return c.getAlpha() == 255 && Math.abs(c.getRed() - expected.getRed()) <= 8
        && Math.abs(c.getGreen() - expected.getGreen()) <= 8 && Math.abs(c.getBlue() - expected.getBlue()) <= 8;
  }

  static int alpha(BufferedImage image, int x, int y) {
    return image.getRGB(x, y) >>> 24;
  }

  @Override
  public void close() {
    db.close();
  }
}
