package org.smartland.server;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything the server needs to start.
 *
 * @param port           HTTP port (0 picks a free one)
 * @param territory      territory folder name under {@code territoriesDir}
 * @param territoriesDir where the territory configurations live
 * @param sourcesDir     where the territory source data lives
 * @param store          {@code gpkg} or {@code postgis}
 * @param gpkgFile       the GeoPackage of the territory when {@code store} is gpkg
 * @param jdbcUrl        the PostgreSQL URL when {@code store} is postgis
 * @param sparkMaster    where the analytics run: {@code local[*]} in-process, or a Spark cluster URL
 * @param analyticsOnStart whether the server starts an analytics run when the territory has no results yet
 * @param security       CORS, rate and size limits, sign-in length
 */
public record ServerConfig(int port, String territory, Path territoriesDir, Path sourcesDir, String store,
                           Path gpkgFile, Optional<String> jdbcUrl, String sparkMaster, boolean analyticsOnStart,
                           org.smartland.server.security.SecuritySettings security) {

  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    if (!store.equals("gpkg") && !store.equals("postgis")) {
      throw new IllegalArgumentException("store must be gpkg or postgis, not '" + store + "'");
    }
    if (store.equals("postgis") && jdbcUrl.isEmpty()) {
      throw new IllegalArgumentException("--store postgis needs --jdbc URL (or SMARTLAND_JDBC)");
    }
  }

  public ServerConfig(int port, String territory, Path territoriesDir, Path sourcesDir, String store, Path gpkgFile,
                      Optional<String> jdbcUrl, String sparkMaster, boolean analyticsOnStart) {
    this(port, territory, territoriesDir, sourcesDir, store, gpkgFile, jdbcUrl, sparkMaster, analyticsOnStart,
        org.smartland.server.security.SecuritySettings.defaults());
  }

  /** Users, key hashes and the audit log, beside the GeoPackage (per store, like the scenario runs). */
  public Path securityDatabase() {
    return gpkgFile.toAbsolutePath().resolveSibling(territory + "-" + store + "-security.db");
  }

  /** Uploaded files and the versions of the layers contractors write, beside the GeoPackage, per store. */
  public Path uploadsDir() {
    return gpkgFile.toAbsolutePath().resolveSibling(territory + "-" + store + "-uploads");
  }

  /** The indicator catalogue shared by the territories. */
  public Path indicatorsFile() {
    return territoriesDir.resolve("_indicators.yaml");
  }

  /** The log of the territory's analytics runs, beside its GeoPackage. */
  public Path analyticsRunLog() {
    return gpkgFile.toAbsolutePath().resolveSibling(territory + "-analytics-runs.jsonl");
  }

  /** The records of the territory's scenario runs (one JSON file each), beside its GeoPackage, per store. */
  public Path scenarioRunsDir() {
    return gpkgFile.toAbsolutePath().resolveSibling(territory + "-" + store + "-scenario-runs");
  }

  public Path territoryFile() {
    return territoriesDir.resolve(territory).resolve("territory.yaml");
  }

  /** The PostGIS schema of the territory: its name with dashes as underscores. */
  public String postgisSchema() {
    return territory.replace('-', '_');
  }
}
