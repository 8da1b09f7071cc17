package org.smartland.server.uploads;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads a zipped ESRI shapefile: the archive's entries in memory ({@link ZipEntries}), then its one shapefile (or the
 * one named by {@code table}): geometries from the {@code .shp} ({@link ShapeRecords}), attributes from the
 * {@code .dbf} ({@link DbfTable}), the CRS from the {@code .prj} ({@link PrjCrs}). Records marked deleted in the
 * {@code .dbf} are skipped; the {@code .shx} is not needed, since records are read in order.
 */
final class ShapefileUpload {
  private ShapefileUpload() {
  }

  static UploadedFile read(Path zip, Optional<String> table, UploadLimits limits) {
    return read(ZipEntries.read(zip, limits), table, limits);
  }

  static UploadedFile read(Map<String, byte[]> entries, Optional<String> table, UploadLimits limits) {
    Map<String, Map<String, byte[]>> byShape = new TreeMap<>();
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      String base = ZipEntries.baseName(e.getKey());
      int dot = base.lastIndexOf('.');
      if (dot > 0) {
        String dir = e.getKey().substring(0, e.getKey().length() - base.length());
        byShape.computeIfAbsent(dir + base.substring(0, dot), k -> new LinkedHashMap<>())
            .put(base.substring(dot + 1).toLowerCase(Locale.ROOT), e.getValue());
      }
    }
    List<String> shapes = byShape.entrySet().stream().filter(e -> e.getValue().containsKey("shp")).map(Map.Entry::getKey)
        .toList();
    String name = pick(shapes, table);
    Map<String, byte[]> parts = byShape.get(name);
    if (!parts.containsKey("dbf")) {
      throw new UnreadableUploadException("the shapefile '" + name + "' has no .dbf (its attributes); zip the .shp, .shx,"
          + " .dbf and .prj together");
    }
    List<UploadProblem> problems = new ArrayList<>();
    Optional<Integer> srid = Optional.empty();
    Optional<String> crsProblem = Optional.empty();
    if (parts.containsKey("prj")) {
      String wkt = new String(parts.get("prj"), StandardCharsets.ISO_8859_1);
      srid = PrjCrs.epsg(wkt);
      if (srid.isEmpty()) {
        crsProblem = Optional.of("CRS not recognised: the .prj names '" + ZipEntries.printable(rootName(wkt))
            + "'; reproject to EPSG:4326 or the layer's CRS, or say the EPSG code with crs=");
      }
    }
    DbfTable dbf = new DbfTable(parts.get("dbf"), Optional.ofNullable(parts.get("cpg"))
        .map(b -> new String(b, StandardCharsets.ISO_8859_1)));
    ShapeRecords shp = new ShapeRecords(parts.get("shp"));
    List<String> columns = dbf.fields().stream().map(DbfTable.Field::name).toList();
    List<UploadedFeature> features = new ArrayList<>();
    long vertices = 0;
    int i = 0;
    for (; shp.hasNext(); i++) {
      ShapeRecords.ShapeRecord r = shp.next();
      if (i >= dbf.records()) {
        problems.add(UploadProblem.ofFile("the .shp has more records than the .dbf (" + dbf.records()
            + "): the files do not belong together"));
        break;
      }
      if (dbf.deleted(i)) {
        continue;
      }
      if (features.size() >= limits.maxFeatures()) {
        problems.add(UploadProblem.ofFile("the file holds more than " + limits.maxFeatures() + " features; split it"));
        break;
      }
      Map<String, Object> values = dbf.record(i);
      if (r.problem() != null) {
        features.add(UploadedFeature.broken(r.number(), "", "the shape " + r.problem(), values));
        continue;
      }
      Geometry g = r.geometry();
      vertices += g == null ? 0 : g.getNumPoints();
      if (vertices > limits.maxVertices()) {
        problems.add(UploadProblem.ofFile("the features have more than " + limits.maxVertices()
            + " vertices together; split the file"));
        break;
      }
      features.add(UploadedFeature.of(r.number(), "", g, values));
    }
    if (problems.isEmpty() && i < dbf.records()) {
      problems.add(UploadProblem.ofFile("the .dbf has " + dbf.records() + " records but the .shp only " + i
          + ": the files do not belong together"));
    }
    return new UploadedFile(srid, crsProblem, Optional.of(columns), features, problems);
  }

  private static String pick(List<String> shapes, Optional<String> table) {
    if (shapes.isEmpty()) {
      throw new UnreadableUploadException("the zip holds no shapefile (no .shp entry)");
    }
    if (table.isPresent()) {
      return shapes.stream().filter(s -> s.equalsIgnoreCase(table.get()) || ZipEntries.baseName(s).equalsIgnoreCase(table.get()))
          .findFirst().orElseThrow(() -> new UnreadableUploadException("the zip has no shapefile '" + table.get()
              + "' (it has " + String.join(", ", shapes) + ")"));
    }
    if (shapes.size() > 1) {
      throw new UnreadableUploadException("the zip holds " + shapes.size() + " shapefiles (" + String.join(", ", shapes)
          + "): say which one with table=");
    }
    return shapes.get(0);
  }

  private static String rootName(String wkt) {
    int q = wkt.indexOf('"');
    int end = q < 0 ? -1 : wkt.indexOf('"', q + 1);
    return end < 0 ? wkt.strip() : wkt.substring(q + 1, end);
  }
}
