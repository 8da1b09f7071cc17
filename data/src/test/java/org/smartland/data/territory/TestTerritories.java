package org.smartland.data.territory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Territory configurations from YAML text, for tests. */
public final class TestTerritories {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Two Comuni (000001 Uno, 000002 Due) and one layer, {@code comuni}, read with comuni_statistics. */
  public static final String MINIMAL = """
      id: test
      title: Test Land
      crs: {native: EPSG:32632, offered: [EPSG:4326]}
      comuni:
        - {istat: "000001", name: Uno}
        - {istat: "000002", name: Due}
      layers:
        - id: comuni
          geometry: MultiPolygon
          provenance: {kind: derived, method: test}
          attributes:
            - {name: istat_code, type: string}
            - {name: name, type: string}
            - {name: residents, type: integer}
            - {name: area_km2, type: double}
            - {name: density_per_km2, type: double}
          source:
            format: geojson
            file: comuni.geojson
            clip: none
            fields: {istat_code: code, name: name, residents: pop}
            derive: comuni_statistics
      """;

  private TestTerritories() {
  }

  public static TerritoryConfig parse(String yaml) {
    try {
      return TerritoryReader.fromTree(YAML.readTree(yaml), Path.of("test/territory.yaml"), "test/territory.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
