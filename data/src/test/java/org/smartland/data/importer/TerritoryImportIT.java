package org.smartland.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.data.derive.EnergyClass;
import org.smartland.data.territory.Territories;
import org.smartland.layers.crs.CrsTransforms;

/**
 * Imports both real territories from the sources directory (system property {@code smartland.sources}, set by
 * failsafe to ../shared/data) and checks the counts per layer against the numbers of the data READMEs
 * (shared/data/README.md and standin/README.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerritoryImportIT {
  @TempDir
  static Path out;
  final Map<String, Path> built = new HashMap<>();
  final Map<String, ImportReport> reports = new HashMap<>();

  @BeforeAll
  void importBothTerritories() {
    Path sources = Path.of(System.getProperty("smartland.sources", "../../shared/data"));
    assertTrue(Files.isDirectory(sources.resolve("real")), "no sources at " + sources.toAbsolutePath()
        + " (set -Dsmartland.sources)");
    CrsTransforms crs = new CrsTransforms();
    Territories territories = Territories.in(Path.of("territories"));
    for (String name : List.of("sud-ovest-milano", "valmalenco")) {
      Path target = out.resolve(name + ".gpkg");
      reports.put(name, new TerritoryImport(crs, new PrintingImportListener(System.out))
          .run(territories.load(name), sources, new GeoPackageTarget(target, crs)));
      built.put(name, target);
    }
  }

  @Test
  void sud_ovest_milano_has_the_counts_of_the_readmes() throws SQLException {
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("comuni", 17L);
    expected.put("territory", 1L);
    expected.put("transit_stops", 367L);
    expected.put("rail_stations", 4L);
    expected.put("cycleways", 8L);
    expected.put("waterways", 15L);
    expected.put("flood_hazard", 32L);
    expected.put("arpa_stations", 2L);
    expected.put("buildings", 18582L);
    expected.put("population", 12193L);
    expected.put("energy_certificates", 181L);
    expected.put("public_buildings_energy", 183L);
    expected.put("schools", 112L);
    expected.put("health_structures", 2L);
    expected.put("pharmacies", 59L);
    expected.put("green_areas", 593L);
    expected.put("projects", 110L);
    try (Connection c = open("sud-ovest-milano")) {
      expected.forEach((layer, n) -> assertEquals(n, count(c, layer), layer));
      assertEquals(Map.of("residential", 4019L, "service", 2202L, "unclassified", 168L, "secondary", 105L,
          "tertiary", 103L, "primary", 28L, "cycleway", 8L), groups(c, "SELECT class, count(DISTINCT osm_id) FROM roads GROUP BY 1"));
      assertEquals(Map.of("canal", 3L, "ditch", 7L, "river", 1L, "stream", 4L), groups(c, "SELECT kind, count(*) FROM waterways GROUP BY 1"));
      assertEquals(Map.of("P3", 4L, "P2", 14L, "P1", 14L), groups(c, "SELECT hazard_class, count(*) FROM flood_hazard GROUP BY 1"));
      assertEquals(Map.of("park", 225L, "forest", 170L, "meadow", 198L), groups(c, "SELECT kind, count(*) FROM green_areas GROUP BY 1"));
      assertEquals(Map.of("energia", 24L, "mobilita", 22L, "acqua", 16L, "territorio_rigenerazione", 16L, "qualita_vita", 18L,
          "digitalizzazione", 14L), groups(c, "SELECT corridor, count(*) FROM projects GROUP BY 1"));
      Map<String, Long> buildings = new HashMap<>(Map.of("house", 7225L, "garage", 3534L, "apartments", 2969L,
          "residential", 1999L, "shed", 1137L, "garages", 756L, "industrial", 257L, "commercial", 207L, "farm_auxiliary", 202L,
          "retail", 107L));
      buildings.putAll(Map.of("school", 95L, "sports_hall", 47L, "civic", 22L, "public", 17L, "hospital", 5L, "train_station", 3L));
      assertEquals(buildings, groups(c, "SELECT building, count(*) FROM buildings GROUP BY 1"));
      assertEquals(Map.of("A1", 4L, "A2", 2L, "B", 8L, "C", 11L, "D", 22L, "E", 37L, "F", 78L, "G", 19L),
          groups(c, "SELECT energy_class, count(*) FROM public_buildings_energy WHERE NOT estimated GROUP BY 1"));
      assertEquals(2L, scalar(c, "SELECT count(*) FROM public_buildings_energy WHERE estimated"));
      assertEquals(218_062L, scalar(c, "SELECT sum(residents) FROM comuni"));
      assertEquals(218_062L, scalar(c, "SELECT residents FROM territory"));
      assertEquals(6633L, scalar(c, "SELECT count(DISTINCT osm_id) FROM roads"));
      assertEquals(1, components(c));
      checkPopulation(c, Map.ofEntries(Map.entry("Assago", 39.6), Map.entry("Basiglio", 40.4), Map.entry("Binasco", 38.5),
          Map.entry("Buccinasco", 41.4), Map.entry("Casarile", 38.3), Map.entry("Cesano Boscone", 39.8),
          Map.entry("Corsico", 40.2), Map.entry("Cusago", 40.5), Map.entry("Gaggiano", 42.5), Map.entry("Gudo Visconti", 37.7),
          Map.entry("Lacchiarella", 38.6), Map.entry("Noviglio", 39.8), Map.entry("Rosate", 38.9), Map.entry("Rozzano", 37.9),
          Map.entry("Trezzano sul Naviglio", 41.6), Map.entry("Vernate", 42.5), Map.entry("Zibido San Giacomo", 41.8)));
      checkCertificateClasses(c);
    }
  }

  @Test
  void valmalenco_has_the_counts_of_the_readmes() throws SQLException {
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("comuni", 9L);
    expected.put("territory", 1L);
    expected.put("rail_stations", 1L);
    expected.put("cycleways", 9L);
    expected.put("hiking_tracks", 26L);
    expected.put("waterways", 26L);
    expected.put("flood_hazard", 57L);
    // 315 features, 213 distinct polygons, 2 of which have no area (fid 97 and 98): 211
    expected.put("landslides", 211L);
    expected.put("arpa_stations", 9L);
    expected.put("buildings", 4337L);
    expected.put("population", 2957L);
    expected.put("energy_certificates", 52L);
    expected.put("public_buildings_energy", 53L);
    expected.put("schools", 41L);
    expected.put("health_structures", 1L);
    expected.put("pharmacies", 13L);
    expected.put("green_areas", 75L);
    expected.put("projects", 45L);
    try (Connection c = open("valmalenco")) {
      expected.forEach((layer, n) -> assertEquals(n, count(c, layer), layer));
      assertEquals(Map.of("residential", 1299L, "service", 422L, "unclassified", 215L, "tertiary", 146L, "secondary", 78L,
          "primary", 11L, "cycleway", 9L, "track", 4L), groups(c, "SELECT class, count(DISTINCT osm_id) FROM roads GROUP BY 1"));
      assertEquals(Map.of("river", 3L, "stream", 23L), groups(c, "SELECT kind, count(*) FROM waterways GROUP BY 1"));
      assertEquals(Map.of("P3", 19L, "P2", 19L, "P1", 19L), groups(c, "SELECT hazard_class, count(*) FROM flood_hazard GROUP BY 1"));
      assertEquals(Map.of("park", 28L, "forest", 22L, "meadow", 8L, "grassland", 17L),
          groups(c, "SELECT kind, count(*) FROM green_areas GROUP BY 1"));
      assertEquals(Map.of("energia", 10L, "mobilita", 8L, "acqua", 10L, "territorio_rigenerazione", 6L, "qualita_vita", 6L,
          "digitalizzazione", 5L), groups(c, "SELECT corridor, count(*) FROM projects GROUP BY 1"));
      assertEquals(Map.of("A1", 2L, "C", 5L, "D", 6L, "E", 11L, "F", 22L, "G", 6L),
          groups(c, "SELECT energy_class, count(*) FROM public_buildings_energy WHERE NOT estimated GROUP BY 1"));
      assertEquals(33_677L, scalar(c, "SELECT sum(residents) FROM comuni"));
      assertEquals(2184L, scalar(c, "SELECT count(DISTINCT osm_id) FROM roads"));
      assertEquals(1, components(c));
      // every source landslide with an area is listed in exactly one merged polygon
      assertEquals(313L, scalar(c, "SELECT sum(length(source_fids) - length(replace(source_fids, ';', '')) + 1) FROM landslides"));
      checkPopulation(c, Map.of("Albosaggia", 38.7, "Caspoggio", 41.6, "Chiesa in Valmalenco", 38.7, "Faedo Valtellino", 43.7,
          "Lanzada", 41.4, "Montagna in Valtellina", 40.4, "Sondrio", 39.8, "Spriana", 40.4, "Torre di Santa Maria", 39.1));
      checkCertificateClasses(c);
    }
  }

  @Test
  void sud_ovest_milano_imports_well_under_two_minutes() {
    Duration d = reports.get("sud-ovest-milano").elapsed();
    System.out.println("sud-ovest-milano imported in " + d.toMillis() + " ms");
    assertTrue(d.compareTo(Duration.ofMinutes(2)) < 0, d.toString());
  }

  @Test
  void the_geopackages_open_in_gdal() throws IOException, InterruptedException {
    assertTrue(ogrinfoAvailable(), "ogrinfo (gdal-bin) is not installed: ./smartland test installs it");
    for (Map.Entry<String, Path> e : built.entrySet()) {
      Process p = new ProcessBuilder("ogrinfo", "-so", "-q", e.getValue().toString()).redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), text);
      long layers = text.lines().filter(l -> l.matches("\\d+: .*")).count();
      assertEquals(reports.get(e.getKey()).layers().size(), layers, text);
      assertTrue(text.contains("roads (Line String)"), text);
      assertTrue(!text.contains("ERROR"), text);
    }
  }

  /** Each Comune's disaggregated residents sum to its ISTAT count, at the README's floor area per resident. */
  private static void checkPopulation(Connection c, Map<String, Double> floorAreaPerResident) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT c.name, c.residents, sum(p.residents),"
        + " sum(p.floor_area_m2) FROM comuni c JOIN population p ON p.comune_istat = c.istat_code GROUP BY c.istat_code")) {
      int n = 0;
      while (rs.next()) {
        n++;
        assertEquals(rs.getLong(2), rs.getLong(3), rs.getString(1));
        assertEquals(floorAreaPerResident.get(rs.getString(1)), rs.getDouble(4) / rs.getLong(2), 0.05 + 1e-9, rs.getString(1));
      }
      assertEquals(floorAreaPerResident.size(), n);
    }
  }

  /** The national scale applied to each certificate's EPgl,nren and reference gives the certificate's own class. */
  private static void checkCertificateClasses(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT certificate_id, ep_gl_nren, ep_gl_nren_ref, energy_class FROM energy_certificates")) {
      while (rs.next()) {
        assertEquals(rs.getString(4), EnergyClass.of(rs.getDouble(2), rs.getDouble(3)), rs.getString(1));
      }
    }
  }

  /** Connected components of the road graph (union-find over the edges' end node ids). */
  private static int components(Connection c) throws SQLException {
    Map<Long, Long> parent = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT from_node, to_node FROM roads")) {
      while (rs.next()) {
        long a = root(parent, rs.getLong(1));
        long b = root(parent, rs.getLong(2));
        if (a != b) {
          parent.put(a, b);
        }
      }
    }
    return (int) parent.keySet().stream().filter(k -> root(parent, k) == k).count();
  }

  private static long root(Map<Long, Long> parent, long n) {
    parent.putIfAbsent(n, n);
    long r = n;
    while (parent.get(r) != r) {
      r = parent.get(r);
    }
    parent.put(n, r);
    return r;
  }

  private Connection open(String territory) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + built.get(territory));
  }

  private static long count(Connection c, String layer) {
    try {
      return scalar(c, "SELECT count(*) FROM \"" + layer + "\"");
    } catch (SQLException e) {
      throw new AssertionError(layer + ": " + e.getMessage(), e);
    }
  }

  private static long scalar(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Map<String, Long> groups(Connection c, String sql) throws SQLException {
    Map<String, Long> out = new TreeMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  private static boolean ogrinfoAvailable() {
    try {
      return new ProcessBuilder("ogrinfo", "--version").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
