package org.smartland.layers.store.postgis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.smartland.layers.crs.CrsTransforms;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The PostGIS the tests run against: the throwaway cluster {@code ./smartland test} starts (system property
 * {@code smartland.test.jdbc} or environment variable {@code SMARTLAND_TEST_JDBC}), else a Testcontainers
 * {@code postgis/postgis} container when a Docker engine is reachable. With neither, tests fail with an
 * explanation: a PostGIS test is never silently skipped.
 */
public final class TestPostgis {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static String url;

  private TestPostgis() {
  }

  /** A JDBC URL with credentials, for a database where the test user may create extensions and schemas. */
  public static synchronized String jdbcUrl() {
    if (url != null) {
      return url;
    }
    String configured = System.getProperty("smartland.test.jdbc", "");
    if (configured.isBlank()) {
      configured = System.getenv().getOrDefault("SMARTLAND_TEST_JDBC", "");
    }
    if (!configured.isBlank()) {
      url = configured;
    } else if (DockerClientFactory.instance().isDockerAvailable()) {
      PostgreSQLContainer container = new PostgreSQLContainer(
          DockerImageName.parse("postgis/postgis:15-3.4").asCompatibleSubstituteFor("postgres"));
      container.start();
      Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
      url = container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?")
          + "user=" + container.getUsername() + "&password=" + container.getPassword();
    } else {
      throw new IllegalStateException("No PostGIS for the tests: run them with ./smartland test (which starts a"
          + " throwaway cluster), or set -Dsmartland.test.jdbc / SMARTLAND_TEST_JDBC, or make a Docker engine reachable.");
    }
    return url;
  }

  /** A fresh, uniquely named schema in the test database. */
  public static PostgisDatabase newDatabase(String prefix, CrsTransforms crs) {
    String schema = prefix + "_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
    return PostgisDatabase.open(jdbcUrl(), null, null, schema, crs);
  }

  /** Drops the database's schema and everything in it, then closes the pool. */
  public static void drop(PostgisDatabase db) {
    db.close();
    try (Connection c = DriverManager.getConnection(jdbcUrl()); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS \"" + db.schema() + "\" CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop test schema " + db.schema(), e);
    }
  }
}
