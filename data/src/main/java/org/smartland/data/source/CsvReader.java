package org.smartland.data.source;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.smartland.data.territory.ConfigNode;
import org.smartland.layers.crs.CrsTransforms;

/**
 * Reads a UTF-8 CSV file with a header row and two coordinate columns into points. Options: {@code x} and
 * {@code y} (the coordinate columns, required), {@code crs} (required: CSV files do not say theirs),
 * {@code delimiter} (default {@code ,}) and {@code id} (the column that identifies a row in messages).
 * Cells are text; an empty cell is a missing value. A row with a missing or non-numeric coordinate, or with
 * more or fewer cells than the header, fails the import naming the row.
 */
public final class CsvReader implements SourceReader {
  private final CrsTransforms crs;
  private final GeometryFactory factory = new GeometryFactory();

  public CsvReader(CrsTransforms crs) {
    this.crs = crs;
  }

  @Override
  public SourceData read(Path file, String name, ConfigNode options) {
    if (!options.has("crs")) {
      throw options.error("a CSV source needs crs: (e.g. EPSG:32632)");
    }
    int srid = SourceCrs.option(options, name, crs).orElseThrow();
    String xColumn = options.text("x");
    String yColumn = options.text("y");
    String delimiter = options.optionalText("delimiter").orElse(",");
    if (delimiter.length() != 1) {
      throw options.child("delimiter").error("must be one character");
    }
    List<CsvParser.Row> rows;
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
      rows = CsvParser.parse(text, delimiter.charAt(0));
    } catch (CharacterCodingException e) {
      throw new SourceException(name, "is not UTF-8 text");
    } catch (IOException e) {
      throw new SourceException(name, Optional.empty(), "cannot be read: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new SourceException(name, e.getMessage());
    }
    if (rows.isEmpty()) {
      throw new SourceException(name, "is empty (no header row)");
    }
    List<String> header = rows.get(0).cells();
    Set<String> columns = new LinkedHashSet<>(header);
    Optional<String> idColumn = options.optionalText("id");
    for (String needed : idColumn.map(c -> List.of(xColumn, yColumn, c)).orElse(List.of(xColumn, yColumn))) {
      if (!columns.contains(needed)) {
        throw new SourceException(name, "missing column '" + needed + "' (columns: " + String.join(", ", header) + ")");
      }
    }
    List<SourceFeature> features = new ArrayList<>();
    for (CsvParser.Row row : rows.subList(1, rows.size())) {
      String where = "line " + row.line();
      if (row.cells().size() != header.size()) {
        throw new SourceException(name, where, "has " + row.cells().size() + " cells, the header has " + header.size());
      }
      Map<String, Object> props = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String v = row.cells().get(i);
        props.put(header.get(i), v.isEmpty() ? null : v);
      }
      String id = idColumn.map(c -> c + "=" + props.get(c) + " (" + where + ")").orElse(where);
      double x = coordinate(props, xColumn, name, id);
      double y = coordinate(props, yColumn, name, id);
      var point = factory.createPoint(new Coordinate(x, y));
      point.setSRID(srid);
      features.add(new SourceFeature(id, point, props));
    }
    return new SourceData(srid, Optional.of(columns), features);
  }

  private static double coordinate(Map<String, Object> props, String column, String name, String id) {
    Object v = props.get(column);
    if (v == null) {
      throw new SourceException(name, id, "column '" + column + "' is empty");
    }
    try {
      double d = Double.parseDouble(v.toString().trim());
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new SourceException(name, id, "column '" + column + "': '" + v + "' is not a number");
    }
  }
}
