package org.smartland.server.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Users, their passwords (Argon2id) and their credentials: API keys for programs and QGIS, session tokens for the
 * web viewer. Secrets are stored only as hashes, expire, and can be revoked; a disabled user's credentials stop
 * working at once.
 */
public final class Accounts {
  public static final String API_KEY = "api-key";
  public static final String SESSION = "session";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
  private static final Pattern PROJECT = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final int MIN_PASSWORD = 12;
  private static final Duration MAX_KEY_LIFE = Duration.ofDays(730);

  /** How long a resolved key stays remembered: a key sent with every map tile costs no database work. */
  private static final Duration REMEMBER = Duration.ofSeconds(30);

  private final SecurityDatabase db;
  private final PasswordHasher hasher;
  private final Clock clock;
  /**
   * Keys and tokens resolved lately, by the hash of their whole text. Forgotten at once when this process revokes a key
   * or changes a user; a revocation made by another process (./smartland users) takes effect within {@link #REMEMBER}.
   */
  private final java.util.Map<String, Remembered> resolved = new java.util.concurrent.ConcurrentHashMap<>();

  /** Moves on every revocation and user change: a look-up that started before one is not remembered. */
  private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

  private record Remembered(Principal principal, Instant until) {
  }
  /** Verified against when the user does not exist, so that a wrong name costs as long as a wrong password. */
  private final String decoyHash;

  public Accounts(SecurityDatabase db, PasswordHasher hasher, Clock clock) {
    this.db = db;
    this.hasher = hasher;
    this.clock = clock;
    this.decoyHash = hasher.hash("decoy password, never valid " + System.nanoTime());
  }

  /** A number that moves whenever a key is revoked or a user changes: what was derived from accounts before is stale. */
  public long generation() {
    return generation.get();
  }

  public boolean isEmpty() {
    return db.transaction(c -> {
      try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM users")) {
        return rs.next() && rs.getLong(1) == 0;
      }
    });
  }

  /**
   * Creates a user; {@code password} may be null for a user that signs in only with API keys.
   *
   * @throws IllegalArgumentException for a bad name, a taken name, a short password or a bad project id
   */
  public User create(String name, String password, Set<Role> roles, Set<String> projects) {
    checkName(name);
    projects.forEach(Accounts::checkProject);
    String hash = password == null ? null : hasher.hash(checkPassword(password));
    Instant now = clock.instant();
    return db.transaction(c -> {
      if (find(c, name).isPresent()) {
        throw new IllegalArgumentException("user '" + name + "' already exists");
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO users (name, password_hash, roles, projects, created) VALUES (?, ?, ?, ?, ?)")) {
        ps.setString(1, name);
        ps.setString(2, hash);
        ps.setString(3, rolesText(roles));
        ps.setString(4, String.join(",", new java.util.TreeSet<>(projects)));
        ps.setString(5, now.toString());
        ps.executeUpdate();
      }
      return find(c, name).orElseThrow();
    });
  }

  /**
   * Changes what is given (empty = unchanged).
   *
   * @throws IllegalArgumentException for an unknown user or a bad value
   */
  public User update(String name, Optional<Set<Role>> roles, Optional<Set<String>> projects, Optional<Boolean> disabled,
                     Optional<String> password) {
    projects.ifPresent(ps -> ps.forEach(Accounts::checkProject));
    Optional<String> hash = password.map(p -> hasher.hash(checkPassword(p)));
    try {
      return updateStored(name, roles, projects, disabled, hash);
    } finally {
      generation.incrementAndGet();
      resolved.clear();
    }
  }

  private User updateStored(String name, Optional<Set<Role>> roles, Optional<Set<String>> projects,
                            Optional<Boolean> disabled, Optional<String> hash) {
    return db.transaction(c -> {
      if (find(c, name).isEmpty()) {
        throw new IllegalArgumentException("no user '" + name + "'");
      }
      if (roles.isPresent()) {
        set(c, "roles", rolesText(roles.get()), name);
      }
      if (projects.isPresent()) {
        set(c, "projects", String.join(",", new java.util.TreeSet<>(projects.get())), name);
      }
      if (disabled.isPresent()) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE users SET disabled = ? WHERE name = ?")) {
          ps.setInt(1, disabled.get() ? 1 : 0);
          ps.setString(2, name);
          ps.executeUpdate();
        }
      }
      if (hash.isPresent()) {
        set(c, "password_hash", hash.get(), name);
      }
      return find(c, name).orElseThrow();
    });
  }

  public Optional<User> user(String name) {
    return db.transaction(c -> find(c, name));
  }

  public List<User> users() {
    return db.transaction(c -> {
      List<User> out = new ArrayList<>();
      try (ResultSet rs = c.createStatement().executeQuery(
          "SELECT name, roles, projects, created, disabled, password_hash IS NOT NULL FROM users ORDER BY name")) {
        while (rs.next()) {
          out.add(user(rs));
        }
      }
      return out;
    });
  }

  /** The principal of a user whose password matches; empty for a wrong name, wrong password or disabled user. */
  public Optional<Principal> signIn(String name, String password) {
    Optional<String> stored = db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT password_hash FROM users WHERE name = ? AND disabled = 0 AND password_hash IS NOT NULL")) {
        ps.setString(1, name == null ? "" : name);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
        }
      }
    });
    boolean ok = hasher.verify(password == null ? "" : password, stored.orElse(decoyHash)) && stored.isPresent();
    return ok ? user(name).map(u -> principal(u, "password")) : Optional.empty();
  }

  /**
   * Issues a new API key or session token for {@code user}, valid for {@code life}.
   *
   * @throws IllegalArgumentException for an unknown or disabled user, or a life not between 1 minute and 2 years
   */
  public IssuedSecret issue(String user, String kind, String label, Duration life) {
    if (!kind.equals(API_KEY) && !kind.equals(SESSION)) {
      throw new IllegalArgumentException("kind must be api-key or session");
    }
    if (life.compareTo(Duration.ofMinutes(1)) < 0 || life.compareTo(MAX_KEY_LIFE) > 0) {
      throw new IllegalArgumentException("a key lives between 1 minute and " + MAX_KEY_LIFE.toDays() + " days");
    }
    Secrets.Token token = Secrets.generate();
    Instant now = clock.instant();
    Instant expires = now.plus(life);
    db.transaction(c -> {
      Optional<User> u = find(c, user);
      if (u.isEmpty() || u.get().disabled()) {
        throw new IllegalArgumentException("no active user '" + user + "'");
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO credentials (id, user_name, kind, hash, label, created,"
          + " expires) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, token.id());
        ps.setString(2, user);
        ps.setString(3, kind);
        ps.setString(4, Secrets.hash(token.secret()));
        ps.setString(5, label == null ? "" : label.strip());
        ps.setString(6, now.toString());
        ps.setString(7, expires.toString());
        ps.executeUpdate();
      }
      return null;
    });
    return new IssuedSecret(token.id(), Secrets.text(token), kind, expires);
  }

  /** The principal a token or key stands for, if it is well formed, matches, is neither expired nor revoked. */
  public Optional<Principal> resolve(String text) {
    Optional<Secrets.Token> token = Secrets.parse(text);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    String key = Secrets.hash(text.trim());
    Remembered r = resolved.get(key);
    if (r != null && now.isBefore(r.until())) {
      return Optional.of(r.principal());
    }
    long before = generation.get();
    Optional<Principal> found = lookUp(token.get(), now);
    if (found.isPresent() && generation.get() == before) {
      if (resolved.size() > 10_000) {
        resolved.clear();
      }
      resolved.put(key, new Remembered(found.get(), now.plus(REMEMBER)));
    } else {
      resolved.remove(key);
    }
    return found;
  }

  private Optional<Principal> lookUp(Secrets.Token token, Instant now) {
    return db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT k.hash, k.expires, k.revoked, k.kind, k.user_name"
          + " FROM credentials k JOIN users u ON u.name = k.user_name WHERE k.id = ? AND u.disabled = 0")) {
        ps.setString(1, token.id());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next() || !Secrets.matches(token.secret(), rs.getString(1)) || rs.getString(3) != null
              || !now.isBefore(Instant.parse(rs.getString(2)))) {
            return Optional.<Principal>empty();
          }
          String kind = rs.getString(4);
          String name = rs.getString(5);
          try (PreparedStatement used = c.prepareStatement("UPDATE credentials SET last_used = ? WHERE id = ?")) {
            used.setString(1, now.toString());
            used.setString(2, token.id());
            used.executeUpdate();
          }
          return find(c, name).map(u -> principal(u, kind));
        }
      }
    });
  }

  /** Revokes a key or token by its id; false when there is none (or it was already revoked). */
  public boolean revoke(String id) {
    Instant now = clock.instant();
    try {
      return revokeStored(id, now);
    } finally {
      generation.incrementAndGet();
      resolved.clear();
    }
  }

  private boolean revokeStored(String id, Instant now) {
    return db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE credentials SET revoked = ? WHERE id = ? AND revoked IS NULL")) {
        ps.setString(1, now.toString());
        ps.setString(2, id);
        return ps.executeUpdate() > 0;
      }
    });
  }

  /** Revokes the token given whole (signing out): only its owner can hold it. */
  public boolean revokeToken(String text) {
    return Secrets.parse(text).filter(t -> resolve(text).isPresent()).map(t -> revoke(t.id())).orElse(false);
  }

  public Optional<Credential> credential(String id) {
    return db.transaction(c -> credentials(c, "WHERE id = ?", id).stream().findFirst());
  }

  /** A user's keys and tokens, newest first. */
  public List<Credential> credentials(String user) {
    return db.transaction(c -> credentials(c, "WHERE user_name = ?", user));
  }

  private static List<Credential> credentials(Connection c, String where, String arg) throws SQLException {
    List<Credential> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, user_name, kind, label, created, expires, revoked, last_used"
        + " FROM credentials " + where + " ORDER BY created DESC, id")) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Credential(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              Instant.parse(rs.getString(5)), Instant.parse(rs.getString(6)),
              Optional.ofNullable(rs.getString(7)).map(Instant::parse), Optional.ofNullable(rs.getString(8)).map(Instant::parse)));
        }
      }
    }
    return out;
  }

  public static Principal principal(User u, String via) {
    return new Principal(u.name(), u.roles(), u.projects(), via);
  }

  private static Optional<User> find(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT name, roles, projects, created, disabled, password_hash IS NOT NULL FROM users WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(user(rs)) : Optional.empty();
      }
    }
  }

  private static User user(ResultSet rs) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String r : rs.getString(2).split(",")) {
      if (!r.isBlank()) {
        roles.add(Role.parse(r));
      }
    }
    Set<String> projects = Arrays.stream(rs.getString(3).split(",")).filter(p -> !p.isBlank())
        .collect(Collectors.toCollection(LinkedHashSet::new));
    return new User(rs.getString(1), roles, projects, Instant.parse(rs.getString(4)), rs.getInt(5) != 0,
        rs.getBoolean(6));
  }

  private static void set(Connection c, String column, String value, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE users SET " + column + " = ? WHERE name = ?")) {
      ps.setString(1, value);
      ps.setString(2, name);
      ps.executeUpdate();
    }
  }

  private static String rolesText(Set<Role> roles) {
    return roles.stream().sorted().map(Role::key).collect(Collectors.joining(","));
  }

  private static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a user name is 2 to 64 lower-case letters, digits and . _ @ -");
    }
  }

  private static void checkProject(String p) {
    if (!PROJECT.matcher(p).matches()) {
      throw new IllegalArgumentException("project id '" + p + "' must be letters, digits and . _ -");
    }
  }

  private static String checkPassword(String p) {
    if (p.length() < MIN_PASSWORD) {
      throw new IllegalArgumentException("a password has at least " + MIN_PASSWORD + " characters");
    }
    if (p.length() > 1024) {
      throw new IllegalArgumentException("a password has at most 1024 characters");
    }
    return p;
  }
}
