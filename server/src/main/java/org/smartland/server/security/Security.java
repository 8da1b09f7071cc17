package org.smartland.server.security;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.smartland.server.http.ApiErrors;
import org.smartland.server.ogc.OgcException;
import org.smartland.server.ogc.OwsExceptionReport;

/**
 * Who is asking, and whether they may: authenticates every request (API key, bearer token, or HTTP Basic with a
 * password or an API key as the password), limits request rates per key and IP address (429), limits request bodies
 * (413), and adds the security headers to every response. Holds the accounts, the audit log and the layer rules.
 *
 * <p>Credentials are read from {@code Authorization: Bearer <token>}, {@code Authorization: Basic} (user and password;
 * or any user name and an API key as the password, which is how QGIS sends a key), {@code X-API-Key}, or
 * {@code X-Esri-Authorization: Bearer} (QGIS' token method). Credentials that are given but wrong are refused with a
 * 401 even on public resources, so that a client learns its key expired. Nothing secret is logged.
 */
public final class Security implements AutoCloseable {
  public static final String REALM = "SmartLand Twin";
  private static final String PRINCIPAL = "smartland.principal";
  private static final long PASSWORD_CACHE_NANOS = 60_000_000_000L;
  private static final int LOGIN_FAILURES_PER_15_MIN = 10;

  private final SecurityDatabase db;
  private final Accounts accounts;
  private final AuditLog audit;
  private final LayerAccess access;
  private final SecuritySettings settings;
  private final RateLimiter requests;
  private final RateLimiter loginFailures;
  /** Basic passwords verified in the last minute (Argon2 costs ~50 ms; QGIS sends Basic on every tile). */
  private final Map<String, CachedPrincipal> passwordCache = new ConcurrentHashMap<>();

  private record CachedPrincipal(Principal principal, long until, long generation) {
  }

  public Security(SecurityDatabase db, LayerAccess access, SecuritySettings settings, PasswordHasher hasher, Clock clock) {
    this.db = db;
    this.accounts = new Accounts(db, hasher, clock);
    this.audit = new AuditLog(db, clock);
    this.access = access;
    this.settings = settings;
    this.requests = new RateLimiter(settings.requestsPerMinute(), Math.max(10, settings.requestsPerMinute() / 5),
        System::nanoTime);
    this.loginFailures = new RateLimiter(LOGIN_FAILURES_PER_15_MIN * 4, LOGIN_FAILURES_PER_15_MIN, System::nanoTime);
  }

  /** The security database at {@code file}, created when missing. */
  public static Security open(Path file, LayerAccess access, SecuritySettings settings) {
    return new Security(SecurityDatabase.open(file), access, settings, new PasswordHasher(), Clock.systemUTC());
  }

  /** Everything public and read-only, no users: servers that only read (tests, demos). */
  public static Security readOnly() {
    return new Security(SecurityDatabase.inMemory(), LayerAccess.readOnly(), SecuritySettings.defaults(),
        new PasswordHasher(), Clock.systemUTC());
  }

  /** The platform's SQLite database, for other features that keep state beside the accounts (proposals). */
  public SecurityDatabase database() {
    return db;
  }

  public Accounts accounts() {
    return accounts;
  }

  public AuditLog audit() {
    return audit;
  }

  public LayerAccess access() {
    return access;
  }

  public SecuritySettings settings() {
    return settings;
  }

  /** Who is making the request (anonymous until {@link #install}'s filter has run). */
  public static Principal principal(Context ctx) {
    Principal p = ctx.attribute(PRINCIPAL);
    return p == null ? Principal.anonymous() : p;
  }

  /**
   * @throws AccessDeniedException when the request's principal lacks {@code role}
   */
  public static Principal require(Context ctx, Role role, String what) {
    Principal p = principal(ctx);
    if (!p.has(role)) {
      throw AccessDeniedException.of(p, what);
    }
    return p;
  }

  /** Installs the authentication and rate-limit filter, the body limit and the response headers. */
  public void install(Javalin app) {
    app.before(this::filter);
  }

  /** Counts a failed password sign-in from {@code ip}; true when the address must now wait. */
  public long loginFailed(String ip) {
    return loginFailures.tryAcquire("ip:" + ip);
  }

  private void filter(Context ctx) {
    headers(ctx);
    String ip = ctx.ip();
    long length = ctx.req().getContentLengthLong();
    long max = ctx.path().startsWith("/api/uploads") ? settings.maxUploadBytes() : settings.maxBodyBytes();
    if (length > max) {
      refuse(ctx, 413, "ContentTooLarge", "the request body has " + length + " bytes; at most " + max
          + " are accepted here");
      return;
    }
    Principal who;
    try {
      who = authenticate(ctx, ip);
    } catch (AccessDeniedException e) {
      long wait = loginFailed(ip);
      if (wait > 0) {
        tooMany(ctx, wait, "too many failed sign-ins from your address");
        return;
      }
      challenge(ctx);
      refuse(ctx, 401, "Unauthorized", e.getMessage());
      return;
    }
    ctx.attribute(PRINCIPAL, who);
    long wait = requests.tryAcquire(who.isAnonymous() ? "ip:" + ip : "user:" + who.user());
    if (wait > 0) {
      tooMany(ctx, wait, "too many requests from " + (who.isAnonymous() ? "your address" : "user '" + who.user() + "'"));
    }
  }

  private static void tooMany(Context ctx, long wait, String why) {
    ctx.header("Retry-After", Long.toString(wait));
    refuse(ctx, 429, "TooManyRequests", why + "; try again in " + wait + " s");
  }

  /**
   * Ends the request with an error in the form its protocol expects: an OWS exception report for the OGC web services
   * ({@code /wms}, {@code /wfs}, {@code /ows}), JSON elsewhere.
   */
  private static void refuse(Context ctx, int status, String code, String message) {
    String path = ctx.path();
    if (path.equals("/wms") || path.equals("/wfs") || path.equals("/ows")) {
      OwsExceptionReport.respond(ctx, new OgcException(status, OgcException.NO_APPLICABLE_CODE, null, message), "2.0.0");
    } else {
      ApiErrors.respond(ctx, status, code, message);
    }
    ctx.skipRemainingHandlers();
  }

  private Principal authenticate(Context ctx, String ip) {
    String authorization = ctx.header("Authorization");
    String apiKey = ctx.header("X-API-Key");
    String esri = ctx.header("X-Esri-Authorization");
    if (authorization != null && !authorization.isBlank()) {
      String[] parts = authorization.trim().split("\\s+", 2);
      String scheme = parts[0].toLowerCase(java.util.Locale.ROOT);
      String value = parts.length > 1 ? parts[1].trim() : "";
      if (scheme.equals("bearer")) {
        return byToken(value, ip);
      }
      if (scheme.equals("basic")) {
        return byBasic(value, ip);
      }
      throw AccessDeniedException.badCredentials("the Authorization scheme '" + parts[0]
          + "' is not supported: use Bearer or Basic");
    }
    if (apiKey != null && !apiKey.isBlank()) {
      return byToken(apiKey.trim(), ip);
    }
    if (esri != null && !esri.isBlank()) {
      String v = esri.trim();
      return byToken(v.regionMatches(true, 0, "Bearer ", 0, 7) ? v.substring(7).trim() : v, ip);
    }
    return Principal.anonymous();
  }

  private Principal byToken(String token, String ip) {
    Optional<Principal> p = accounts.resolve(token);
    if (p.isEmpty()) {
      String id = Secrets.parse(token).map(Secrets.Token::id).orElse("(malformed)");
      audit.record("?", "token", ip, "login", "key " + id, "failed", "unknown, expired or revoked key or token");
      throw AccessDeniedException.badCredentials("the API key or token is unknown, expired or revoked");
    }
    return p.get();
  }

  private Principal byBasic(String value, String ip) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw AccessDeniedException.badCredentials("the Basic credentials are not valid base64");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw AccessDeniedException.badCredentials("the Basic credentials have no ':' between user and password");
    }
    String user = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    if (Secrets.parse(password).isPresent()) {
      return byToken(password, ip);
    }
    String cacheKey = Secrets.hash(user + "\u0000" + password);
    CachedPrincipal cached = passwordCache.get(cacheKey);
    long now = System.nanoTime();
    if (cached != null && now < cached.until() && cached.generation() == accounts.generation()) {
      return cached.principal();
    }
    long generation = accounts.generation();
    Optional<Principal> p = accounts.signIn(user, password);
    if (p.isEmpty()) {
      audit.record(user, "password", ip, "login", "basic", "failed", "wrong user name or password");
      throw AccessDeniedException.badCredentials("wrong user name or password");
    }
    audit.record(p.get(), ip, "login", "basic", "ok", "password accepted (HTTP Basic; remembered for a minute)");
    if (passwordCache.size() > 10_000) {
      passwordCache.clear();
    }
    passwordCache.put(cacheKey, new CachedPrincipal(p.get(), now + PASSWORD_CACHE_NANOS, generation));
    return p.get();
  }

  /**
   * Sets the 401 challenge: Basic and Bearer for the services GIS clients use (QGIS and GDAL prompt for a user and a
   * password on Basic), Bearer alone for the JSON API of the viewer and scripts, where a Basic challenge would make a
   * browser open its own password box.
   */
  public static void challenge(Context ctx) {
    ctx.header("WWW-Authenticate", ctx.path().startsWith("/api/") ? "Bearer realm=\"" + REALM + "\""
        : "Basic realm=\"" + REALM + "\", Bearer realm=\"" + REALM + "\"");
  }

  /** Headers every response carries; HTML pages also get a content security policy. */
  private static void headers(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline';"
        + " script-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; frame-ancestors 'none';"
        + " base-uri 'self'; form-action 'self'");
  }

  @Override
  public void close() {
    db.close();
  }
}
