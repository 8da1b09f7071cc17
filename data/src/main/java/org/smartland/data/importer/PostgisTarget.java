package org.smartland.data.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.postgis.PostgisDatabase;

/**
 * Publishes a territory as a PostGIS schema. The build goes to a staging schema
 * ({@code <schema>__staging_<pid>}); publishing renames the published schema away, the staging schema into
 * its place and drops the old one, all in one transaction, so readers see either the old layers or the new
 * ones. An unpublished build drops its staging schema and leaves the published one untouched.
 */
public final class PostgisTarget implements ImportTarget {
  private final String jdbcUrl;
  private final String schema;
  private final CrsTransforms crs;

  public PostgisTarget(String jdbcUrl, String schema, CrsTransforms crs) {
    this.jdbcUrl = jdbcUrl;
    this.schema = schema;
    this.crs = crs;
  }

  @Override
  public String description() {
    int q = jdbcUrl.indexOf('?');
    return (q < 0 ? jdbcUrl : jdbcUrl.substring(0, q)) + " schema " + schema;
  }

  @Override
  public StagedBuild stage() {
    String staging = schema + "__staging_" + ProcessHandle.current().pid();
    PostgisDatabase db = PostgisDatabase.open(jdbcUrl, null, null, staging, crs);
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS \"" + staging + "\" CASCADE");
      s.execute("CREATE SCHEMA \"" + staging + "\"");
    } catch (SQLException e) {
      db.close();
      throw new ImportException("cannot prepare staging schema " + staging + ": " + e.getMessage(), e);
    }
    return new Build(db, staging);
  }

  private final class Build extends OnceStagedBuild {
    private final PostgisDatabase db;
    private final String staging;

    Build(PostgisDatabase db, String staging) {
      this.db = db;
      this.staging = staging;
    }

    @Override
    public FeatureDatabase database() {
      return db;
    }

    @Override
    protected void doPublish() {
      String old = schema + "__replaced";
      try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
        c.setAutoCommit(false);
        try {
          for (String table : tables(c, staging)) {
            s.execute("ANALYZE \"" + staging + "\".\"" + table + "\"");
          }
          s.execute("DROP SCHEMA IF EXISTS \"" + old + "\" CASCADE");
          if (exists(c, schema)) {
            s.execute("ALTER SCHEMA \"" + schema + "\" RENAME TO \"" + old + "\"");
          }
          s.execute("ALTER SCHEMA \"" + staging + "\" RENAME TO \"" + schema + "\"");
          s.execute("DROP SCHEMA IF EXISTS \"" + old + "\" CASCADE");
          c.commit();
        } catch (SQLException e) {
          c.rollback();
          throw e;
        }
      } catch (SQLException e) {
        throw new ImportException("cannot publish schema " + schema + ": " + e.getMessage(), e);
      }
      db.close();
    }

    @Override
    protected void discard() {
      try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS \"" + staging + "\" CASCADE");
      } catch (SQLException | RuntimeException e) {
        // the build failed already; a leftover staging schema is named as such and replaced by the next import
      }
      db.close();
    }
  }

  private static boolean exists(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static java.util.List<String> tables(Connection c, String in) throws SQLException {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT tablename FROM pg_tables WHERE schemaname = ?")) {
      ps.setString(1, in);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
