package org.smartland.server.participation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.smartland.server.security.SecurityDatabase;

/**
 * Proposals with their moderation state, votes (one per user) and comments, in the platform's SQLite database. Only
 * approved proposals reach the public {@code proposals} layer; this store keeps every one.
 */
public final class ProposalStore {
  private final SecurityDatabase db;

  public ProposalStore(SecurityDatabase db) {
    this.db = db;
    db.transaction(c -> {
      try (Statement st = c.createStatement()) {
        st.execute("CREATE TABLE IF NOT EXISTS proposals (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
            + " corridor TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, submitter_type TEXT NOT NULL,"
            + " author TEXT NOT NULL, geometry BLOB NOT NULL, srid INTEGER NOT NULL, submitted TEXT NOT NULL,"
            + " status TEXT NOT NULL, moderator TEXT, decided TEXT, reason TEXT, feature_id TEXT,"
            + " attachment_name TEXT, attachment_type TEXT, attachment BLOB)");
        st.execute("CREATE TABLE IF NOT EXISTS proposal_votes (proposal INTEGER NOT NULL REFERENCES proposals(id),"
            + " voter TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (proposal, voter))");
        st.execute("CREATE TABLE IF NOT EXISTS proposal_comments (id INTEGER PRIMARY KEY AUTOINCREMENT,"
            + " proposal INTEGER NOT NULL REFERENCES proposals(id), author TEXT NOT NULL, text TEXT NOT NULL,"
            + " at TEXT NOT NULL)");
      }
      return null;
    });
  }

  /** Stores a new pending proposal; returns its id. */
  public long add(Proposal p, byte[] attachment) {
    return db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO proposals (kind, corridor, title, description,"
          + " submitter_type, author, geometry, srid, submitted, status, attachment_name, attachment_type, attachment)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        ps.setString(1, p.kind());
        ps.setString(2, p.corridor());
        ps.setString(3, p.title());
        ps.setString(4, p.description());
        ps.setString(5, p.submitterType());
        ps.setString(6, p.author());
        ps.setBytes(7, new WKBWriter(2).write(p.geometry()));
        ps.setInt(8, p.geometry().getSRID());
        ps.setString(9, p.submitted().toString());
        ps.setString(10, Proposal.PENDING);
        ps.setString(11, p.attachment().map(Proposal.Attachment::name).orElse(null));
        ps.setString(12, p.attachment().map(Proposal.Attachment::contentType).orElse(null));
        ps.setBytes(13, attachment);
        ps.executeUpdate();
        try (ResultSet rs = ps.getGeneratedKeys()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  public Optional<Proposal> find(long id) {
    return db.transaction(c -> select(c, "WHERE p.id = ?", List.of(id), 1).stream().findFirst());
  }

  /**
   * Proposals newest first: of a status (empty: any), by an author (empty: anyone).
   */
  public List<Proposal> list(Optional<String> status, Optional<String> author, int limit) {
    StringBuilder where = new StringBuilder("WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    status.ifPresent(s -> {
      where.append(" AND p.status = ?");
      args.add(s);
    });
    author.ifPresent(a -> {
      where.append(" AND p.author = ?");
      args.add(a);
    });
    return db.transaction(c -> select(c, where.toString(), args, limit));
  }

  /** Records a moderator's decision on a pending proposal; false when it was no longer pending. */
  public boolean decide(long id, String status, String moderator, Instant at, String reason, String featureId) {
    return db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE proposals SET status = ?, moderator = ?, decided = ?,"
          + " reason = ?, feature_id = ? WHERE id = ? AND status = 'pending'")) {
        ps.setString(1, status);
        ps.setString(2, moderator);
        ps.setString(3, at.toString());
        ps.setString(4, reason);
        ps.setString(5, featureId);
        ps.setLong(6, id);
        return ps.executeUpdate() == 1;
      }
    });
  }

  /** Adds {@code voter}'s vote; false when they had voted already. */
  public boolean vote(long id, String voter, Instant at) {
    return db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT OR IGNORE INTO proposal_votes (proposal, voter, at) VALUES (?, ?, ?)")) {
        ps.setLong(1, id);
        ps.setString(2, voter);
        ps.setString(3, at.toString());
        return ps.executeUpdate() == 1;
      }
    });
  }

  /** Withdraws {@code voter}'s vote; false when there was none. */
  public boolean unvote(long id, String voter) {
    return db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM proposal_votes WHERE proposal = ? AND voter = ?")) {
        ps.setLong(1, id);
        ps.setString(2, voter);
        return ps.executeUpdate() == 1;
      }
    });
  }

  public boolean hasVoted(long id, String voter) {
    return db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM proposal_votes WHERE proposal = ? AND voter = ?")) {
        ps.setLong(1, id);
        ps.setString(2, voter);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  public long comment(long id, String author, String text, Instant at) {
    return db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO proposal_comments (proposal, author, text, at)"
          + " VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        ps.setLong(1, id);
        ps.setString(2, author);
        ps.setString(3, text);
        ps.setString(4, at.toString());
        ps.executeUpdate();
        try (ResultSet rs = ps.getGeneratedKeys()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  /** Removes a comment (moderation); false when the proposal has no such comment. */
  public boolean removeComment(long proposal, long comment) {
    return db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM proposal_comments WHERE id = ? AND proposal = ?")) {
        ps.setLong(1, comment);
        ps.setLong(2, proposal);
        return ps.executeUpdate() == 1;
      }
    });
  }

  public List<Comment> comments(long id) {
    return db.transaction(c -> {
      List<Comment> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, proposal, author, text, at FROM proposal_comments WHERE proposal = ? ORDER BY id")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Comment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), Instant.parse(rs.getString(5))));
          }
        }
      }
      return out;
    });
  }

  public Optional<byte[]> attachment(long id) {
    return db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT attachment FROM proposals WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.<byte[]>empty();
        }
      }
    });
  }

  private static List<Proposal> select(Connection c, String where, List<?> args, int limit) throws SQLException {
    List<Proposal> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.kind, p.corridor, p.title, p.description,"
        + " p.submitter_type, p.author, p.geometry, p.srid, p.submitted, p.status, p.moderator, p.decided, p.reason,"
        + " p.feature_id, p.attachment_name, p.attachment_type, length(p.attachment),"
        + " (SELECT count(*) FROM proposal_votes v WHERE v.proposal = p.id),"
        + " (SELECT count(*) FROM proposal_comments k WHERE k.proposal = p.id)"
        + " FROM proposals p " + where + " ORDER BY p.id DESC LIMIT ?")) {
      int i = 1;
      for (Object a : args) {
        ps.setObject(i++, a);
      }
      ps.setInt(i, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          var g = new WKBReader().read(rs.getBytes(8));
          g.setSRID(rs.getInt(9));
          Optional<Proposal.Attachment> att = rs.getString(16) == null ? Optional.empty()
              : Optional.of(new Proposal.Attachment(rs.getString(16), rs.getString(17), rs.getLong(18)));
          out.add(new Proposal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), g, Instant.parse(rs.getString(10)), rs.getString(11),
              Optional.ofNullable(rs.getString(12)), Optional.ofNullable(rs.getString(13)).map(Instant::parse),
              Optional.ofNullable(rs.getString(14)), Optional.ofNullable(rs.getString(15)), att, rs.getInt(19),
              rs.getInt(20)));
        }
      }
    } catch (ParseException e) {
      throw new SQLException("a stored proposal geometry cannot be read: " + e.getMessage(), e);
    }
    return out;
  }
}
