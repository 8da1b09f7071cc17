package org.smartland.layers.gml;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * GetFeature's geometry hot path without HTTP or a store: 1,000 building polygons of 40 vertices in UTM 32N
 * written as GML 3.2 with 3 decimals into a sink that only counts characters, and the coordinate formatting
 * alone against {@code Double.toString} as a baseline. Input is generated deterministically. Run with
 * {@code ./smartland bench GmlGeometryWriterBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GmlGeometryWriterBench {
  private final XMLOutputFactory outputs = XMLOutputFactory.newFactory();
  private final GmlGeometryWriter writer = new GmlGeometryWriter(GmlVersion.GML_3_2, 3);
  private List<Polygon> polygons;
  private double[] ordinates;

  @Setup
  public void generate() {
    Random random = new Random(1324);
    GeometryFactory factory = new GeometryFactory();
    polygons = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      double cx = 500_000 + random.nextDouble() * 20_000;
      double cy = 5_020_000 + random.nextDouble() * 20_000;
      Coordinate[] ring = new Coordinate[41];
      for (int v = 0; v < 40; v++) {
        double angle = 2 * Math.PI * v / 40;
        double r = 8 + random.nextDouble() * 4;
        ring[v] = new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
        all.add(ring[v].x);
        all.add(ring[v].y);
      }
      ring[40] = ring[0];
      polygons.add(factory.createPolygon(ring));
    }
    ordinates = all.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Benchmark
  public long writeThousandPolygons() throws XMLStreamException {
    CountingWriter sink = new CountingWriter();
    XMLStreamWriter w = outputs.createXMLStreamWriter(sink);
    w.writeStartElement("gml", "members", GmlVersion.GML_3_2.namespace());
    w.writeNamespace("gml", GmlVersion.GML_3_2.namespace());
    for (int i = 0; i < polygons.size(); i++) {
      writer.geometry(w, polygons.get(i), "urn:ogc:def:crs:EPSG::32632", false, "b." + i);
    }
    w.writeEndElement();
    w.close();
    return sink.count;
  }

  @Benchmark
  public int decimals() {
    StringBuilder sb = new StringBuilder(ordinates.length * 12);
    for (double v : ordinates) {
      Decimals.append(sb, v, 3).append(' ');
    }
    return sb.length();
  }

  @Benchmark
  public int doubleToStringBaseline() {
    StringBuilder sb = new StringBuilder(ordinates.length * 20);
    for (double v : ordinates) {
      sb.append(v).append(' ');
    }
    return sb.length();
  }

  /** A sink that keeps nothing, so the benchmark measures writing, not memory. */
  private static final class CountingWriter extends Writer {
    long count;

    @Override
    public void write(char[] buf, int off, int len) {
      count += len;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  }
}
