package org.smartland.layers.store.gpkg;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Connections to one GeoPackage file, each ready for our SQL: spatial functions registered, LIKE made
 * case-sensitive as in PostgreSQL, foreign keys on, and a busy timeout so readers wait for a writer.
 */
final class GeoPackageDataSource extends SQLiteDataSource {

  GeoPackageDataSource(Path file) {
    super(config());
    setUrl("jdbc:sqlite:" + file.toAbsolutePath());
  }

  private static SQLiteConfig config() {
    SQLiteConfig c = new SQLiteConfig();
    c.setBusyTimeout(10_000);
    c.enforceForeignKeys(true);
    return c;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection c = super.getConnection();
    GeoPackageFunctions.register(c);
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA case_sensitive_like = ON");
    }
    return c;
  }
}
