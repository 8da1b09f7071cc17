package org.smartland.layers.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;
import org.smartland.layers.style.SldParser;
import org.smartland.layers.style.Style;

/**
 * GetMap's hot path without HTTP: 256×256 EPSG:3857 tiles over 20,000 building polygons (a town the size of
 * Sud Ovest Milano's) in a GeoPackage, styled by use with outlines, at zoom 14 and 16. Input is generated
 * deterministically. Run with {@code ./smartland bench MapRendererBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class MapRendererBench {
  private static final String STYLE = """
      <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
        <NamedLayer><Name>b</Name><UserStyle><Name>b</Name><FeatureTypeStyle>
          <Rule><Name>house</Name><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>use</ogc:PropertyName>
            <ogc:Literal>house</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
            <PolygonSymbolizer><Fill><CssParameter name="fill">#d7b4a0</CssParameter></Fill>
              <Stroke><CssParameter name="stroke">#966e5a</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke>
            </PolygonSymbolizer></Rule>
          <Rule><Name>other</Name><ElseFilter/>
            <PolygonSymbolizer><Fill><CssParameter name="fill">#b9a5cd</CssParameter></Fill>
              <Stroke><CssParameter name="stroke">#786496</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke>
            </PolygonSymbolizer></Rule>
        </FeatureTypeStyle></UserStyle></NamedLayer>
      </StyledLayerDescriptor>
      """;

  private Path dir;
  private GeoPackageDatabase db;
  private MapRenderer renderer;
  private MapLayer layer;
  private List<Envelope> z14;
  private List<Envelope> z16;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("render-bench");
    CrsTransforms crs = new CrsTransforms();
    db = GeoPackageDatabase.create(dir.resolve("bench.gpkg"), crs);
    FeatureStore store = db.createLayer(new FeatureSchema("buildings", GeometryType.MULTIPOLYGON, 32632,
        List.of(AttributeDefinition.of("use", AttributeType.STRING))));
    GeometryFactory gf = new GeometryFactory();
    Random random = new Random(1324);
    store.insertAll(IntStream.range(0, 20_000).mapToObj(i -> {
      double x = 505_000 + random.nextDouble() * 10_000;
      double y = 5_025_000 + random.nextDouble() * 10_000;
      double w = 8 + random.nextDouble() * 20;
      double h = 8 + random.nextDouble() * 20;
      return Feature.of(gf.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + w, y),
          new Coordinate(x + w, y + h), new Coordinate(x, y + h), new Coordinate(x, y)}),
          Map.of("use", i % 3 == 0 ? "apartments" : "house"));
    }));
    Style style = SldParser.parse(new ByteArrayInputStream(STYLE.getBytes(StandardCharsets.UTF_8)), "bench.sld").get(0);
    renderer = new MapRenderer(crs);
    layer = MapLayer.of(store, style);
    Envelope area = crs.transform(new Envelope(505_000, 515_000, 5_025_000, 5_035_000), 32632, 3857);
    z14 = tiles(area, 14, new Random(42));
    z16 = tiles(area, 16, new Random(43));
  }

  /** 500 tiles of the zoom level whose upper-left corner lies in the area. */
  private static List<Envelope> tiles(Envelope area, int zoom, Random random) {
    double size = 2 * Math.PI * 6_378_137 / (1 << zoom);
    List<Envelope> out = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      double x = area.getMinX() + random.nextDouble() * area.getWidth();
      double y = area.getMinY() + random.nextDouble() * area.getHeight();
      out.add(new Envelope(x, x + size, y - size, y));
    }
    return out;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    db.close();
    Files.deleteIfExists(dir.resolve("bench.gpkg"));
    Files.deleteIfExists(dir);
  }

  @Benchmark
  public Object tileAtZoom14() {
    return renderer.render(MapView.transparent(z14.get(next++ % z14.size()), 3857, 256, 256), List.of(layer));
  }

  @Benchmark
  public Object tileAtZoom16() {
    return renderer.render(MapView.transparent(z16.get(next++ % z16.size()), 3857, 256, 256), List.of(layer));
  }
}
