package org.smartland.server.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQLite file holding users, credentials (hashes only) and the audit log, beside the territory's store. One
 * connection, used by one caller at a time; each call is its own transaction.
 */
public final class SecurityDatabase implements AutoCloseable {
  /** Work done on the connection. */
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final Connection connection;
  private final String location;

  private SecurityDatabase(Connection connection, String location) {
    this.connection = connection;
    this.location = location;
  }

  /** Opens (creating when missing) the file and its tables. */
  public static SecurityDatabase open(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      SecurityDatabase db = new SecurityDatabase(c, file.toAbsolutePath().toString());
      db.migrate();
      return db;
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException("cannot open the security database " + file + ": " + e.getMessage(), e);
    }
  }

  /** A database that lives as long as the process: for tests. */
  public static SecurityDatabase inMemory() {
    try {
      SecurityDatabase db = new SecurityDatabase(DriverManager.getConnection("jdbc:sqlite::memory:"), ":memory:");
      db.migrate();
      return db;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void migrate() throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("PRAGMA busy_timeout = 5000");
      st.execute("CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, password_hash TEXT, roles TEXT NOT NULL,"
          + " projects TEXT NOT NULL, created TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0)");
      st.execute("CREATE TABLE IF NOT EXISTS credentials (id TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES users(name),"
          + " kind TEXT NOT NULL, hash TEXT NOT NULL, label TEXT, created TEXT NOT NULL, expires TEXT NOT NULL,"
          + " revoked TEXT, last_used TEXT)");
      st.execute("CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,"
          + " user_name TEXT NOT NULL, via TEXT NOT NULL, ip TEXT, action TEXT NOT NULL, target TEXT,"
          + " outcome TEXT NOT NULL, detail TEXT)");
      st.execute("CREATE INDEX IF NOT EXISTS audit_at ON audit(at)");
    }
  }

  /** Runs {@code work} alone, in one transaction. */
  public synchronized <T> T transaction(Work<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        T out = work.run(connection);
        connection.commit();
        return out;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the security database failed: " + e.getMessage(), e);
    }
  }

  public String location() {
    return location;
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing anyway
    }
  }
}
