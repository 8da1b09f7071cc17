package org.smartland.server.security;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every write and every sign-in, who and when, kept in the security database and queryable by admins. */
public final class AuditLog {
  /** What to look for; empty parts match everything. */
  public record Query(Optional<String> user, Optional<String> action, Optional<String> target, Optional<String> outcome,
                      Optional<Instant> from, Optional<Instant> to, int limit, long before) {
  }

  private final SecurityDatabase db;
  private final Clock clock;

  public AuditLog(SecurityDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public void record(Principal who, String ip, String action, String target, String outcome, String detail) {
    record(who.user(), who.via(), ip, action, target, outcome, detail);
  }

  public void record(String user, String via, String ip, String action, String target, String outcome, String detail) {
    Instant now = clock.instant();
    db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit (at, user_name, via, ip, action, target, outcome,"
          + " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, stamp(now));
        ps.setString(2, user);
        ps.setString(3, via);
        ps.setString(4, ip);
        ps.setString(5, action);
        ps.setString(6, target);
        ps.setString(7, outcome);
        ps.setString(8, detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) + "…" : detail);
        ps.executeUpdate();
      }
      return null;
    });
  }

  /** The newest matching entries first, at most {@code q.limit()}, with sequence numbers below {@code q.before()}. */
  public List<AuditEntry> find(Query q) {
    StringBuilder sql = new StringBuilder("SELECT seq, at, user_name, via, ip, action, target, outcome, detail FROM audit"
        + " WHERE seq < ?");
    List<String> args = new ArrayList<>();
    q.user().ifPresent(u -> {
      sql.append(" AND user_name = ?");
      args.add(u);
    });
    q.action().ifPresent(a -> {
      sql.append(" AND action = ?");
      args.add(a);
    });
    q.target().ifPresent(t -> {
      sql.append(" AND (target = ? OR target LIKE ? ESCAPE '\\')");
      args.add(t);
      args.add(t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%");
    });
    q.outcome().ifPresent(o -> {
      sql.append(" AND outcome = ?");
      args.add(o);
    });
    q.from().ifPresent(f -> {
      sql.append(" AND at >= ?");
      args.add(stamp(f));
    });
    q.to().ifPresent(t -> {
      sql.append(" AND at < ?");
      args.add(stamp(t));
    });
    sql.append(" ORDER BY seq DESC LIMIT ?");
    return db.transaction(c -> {
      List<AuditEntry> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        int i = 1;
        ps.setLong(i++, q.before());
        for (String a : args) {
          ps.setString(i++, a);
        }
        ps.setInt(i, q.limit());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
          }
        }
      }
      return out;
    });
  }

  /** Fixed-width UTC time, so that text order is time order. */
  private static String stamp(Instant t) {
    return STAMP.format(t);
  }

  private static final java.time.format.DateTimeFormatter STAMP = java.time.format.DateTimeFormatter
      .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);
}
