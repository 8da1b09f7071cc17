package org.smartland.server.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.smartland.server.http.ApiErrors;

/**
 * Signing in and out, one's own API keys, and for admins the users, their keys and the audit log:
 *
 * <ul>
 *   <li>{@code POST /api/auth/login} {@code {user, password}} → a session token for the viewer; {@code POST
 *       /api/auth/logout} revokes it; {@code GET /api/auth/me} says who the request is from;</li>
 *   <li>{@code GET|POST /api/auth/keys}, {@code DELETE /api/auth/keys/{id}}: the caller's API keys;</li>
 *   <li>{@code GET|POST /api/admin/users}, {@code PATCH /api/admin/users/{name}}, {@code GET|POST
 *       /api/admin/users/{name}/keys}, {@code DELETE /api/admin/keys/{id}}, {@code GET /api/admin/audit}.</li>
 * </ul>
 * A new key's secret is in the response once; only its hash is kept. Every change is audited.
 */
public final class AccountsApi {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_AUDIT = 1000;

  private final Security security;

  public AccountsApi(Security security) {
    this.security = security;
  }

  public void routes(Javalin app) {
    app.post("/api/auth/login", this::login);
    app.post("/api/auth/logout", this::logout);
    app.get("/api/auth/me", ctx -> ctx.json(me(Security.principal(ctx))));
    app.get("/api/auth/keys", ctx -> ctx.json(keys(signedIn(ctx).user())));
    app.post("/api/auth/keys", ctx -> issueKey(ctx, signedIn(ctx).user()));
    app.delete("/api/auth/keys/{id}", this::revokeOwn);
    app.get("/api/admin/users", ctx -> {
      admin(ctx);
      ArrayNode out = JSON.createArrayNode();
      security.accounts().users().forEach(u -> out.add(user(u)));
      ctx.json(JSON.createObjectNode().set("users", out));
    });
    app.post("/api/admin/users", this::createUser);
    app.patch("/api/admin/users/{name}", this::updateUser);
    app.get("/api/admin/users/{name}/keys", ctx -> {
      admin(ctx);
      ctx.json(keys(existing(ctx.pathParam("name"))));
    });
    app.post("/api/admin/users/{name}/keys", ctx -> {
      admin(ctx);
      issueKey(ctx, existing(ctx.pathParam("name")));
    });
    app.delete("/api/admin/keys/{id}", ctx -> {
      Principal who = admin(ctx);
      revoke(ctx, who, ctx.pathParam("id"));
    });
    app.get("/api/admin/audit", this::audit);
  }

  private void login(Context ctx) {
    JsonNode body = body(ctx);
    String user = body.path("user").asText("");
    String password = body.path("password").asText("");
    if (user.isBlank() || password.isEmpty()) {
      throw new BadRequestResponse("send {\"user\": …, \"password\": …}");
    }
    Optional<Principal> p = security.accounts().signIn(user, password);
    if (p.isEmpty()) {
      security.audit().record(user, "password", ctx.ip(), "login", "session", "failed", "wrong user name or password");
      long wait = security.loginFailed(ctx.ip());
      if (wait > 0) {
        ctx.header("Retry-After", Long.toString(wait));
        ApiErrors.respond(ctx, 429, "TooManyRequests", "too many failed sign-ins from your address; try again in "
            + wait + " s");
        return;
      }
      throw AccessDeniedException.badCredentials("wrong user name or password");
    }
    IssuedSecret s = security.accounts().issue(user, Accounts.SESSION, "viewer sign-in", security.settings().sessionLife());
    security.audit().record(p.get(), ctx.ip(), "login", "session " + s.id(), "ok", "signed in; session until " + s.expires());
    ObjectNode out = JSON.createObjectNode();
    out.put("token", s.token());
    out.put("id", s.id());
    out.put("expires", s.expires().toString());
    out.set("user", me(p.get()));
    ctx.json(out);
  }

  private void logout(Context ctx) {
    Principal who = signedIn(ctx);
    String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    String token = auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : "";
    if (!Accounts.SESSION.equals(who.via()) || !security.accounts().revokeToken(token)) {
      throw new BadRequestResponse("sign out with the session token of a viewer sign-in as the Bearer token");
    }
    security.audit().record(who, ctx.ip(), "logout", "session " + Secrets.parse(token).map(Secrets.Token::id).orElse("?"),
        "ok", "signed out");
    ctx.status(204);
  }

  private void revokeOwn(Context ctx) {
    Principal who = signedIn(ctx);
    String id = ctx.pathParam("id");
    Optional<Credential> c = security.accounts().credential(id);
    if (c.isEmpty() || !c.get().user().equals(who.user())) {
      throw new NotFoundResponse("you have no key '" + id + "'");
    }
    revoke(ctx, who, id);
  }

  private void revoke(Context ctx, Principal who, String id) {
    Optional<Credential> c = security.accounts().credential(id);
    if (c.isEmpty()) {
      throw new NotFoundResponse("no key '" + id + "'");
    }
    if (!security.accounts().revoke(id)) {
      throw new BadRequestResponse("key '" + id + "' was revoked already");
    }
    security.audit().record(who, ctx.ip(), "revoke", "key " + id, "ok", c.get().kind() + " of user '" + c.get().user() + "'");
    ctx.status(204);
  }

  private void issueKey(Context ctx, String user) {
    Principal who = Security.principal(ctx);
    JsonNode body = ctx.body().isBlank() ? JSON.createObjectNode() : body(ctx);
    int days = body.path("days").asInt(90);
    String label = body.path("label").asText("");
    if (label.length() > 100) {
      throw new BadRequestResponse("label: at most 100 characters");
    }
    IssuedSecret s;
    try {
      s = security.accounts().issue(user, Accounts.API_KEY, label, Duration.ofDays(days));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    security.audit().record(who, ctx.ip(), "key", "key " + s.id(), "ok", "API key for user '" + user + "' until "
        + s.expires() + (label.isBlank() ? "" : " (" + label + ")"));
    ObjectNode out = JSON.createObjectNode();
    out.put("id", s.id());
    out.put("token", s.token());
    out.put("user", user);
    out.put("label", label);
    out.put("expires", s.expires().toString());
    out.put("note", "keep this key: it is shown only now. Send it as 'Authorization: Bearer <key>', as 'X-API-Key',"
        + " or in QGIS as the password of a Basic authentication (any user name).");
    ctx.status(201).json(out);
  }

  private void createUser(Context ctx) {
    Principal who = admin(ctx);
    JsonNode body = body(ctx);
    User u;
    try {
      u = security.accounts().create(body.path("name").asText(""), body.hasNonNull("password")
          ? body.get("password").asText() : null, roles(body.path("roles")), projects(body.path("projects")));
    } catch (IllegalArgumentException e) {
      security.audit().record(who, ctx.ip(), "user", "user " + body.path("name").asText(""), "rejected", e.getMessage());
      throw new BadRequestResponse(e.getMessage());
    }
    security.audit().record(who, ctx.ip(), "user", "user " + u.name(), "ok", "created with roles " + keys(u.roles())
        + (u.projects().isEmpty() ? "" : ", projects " + u.projects()));
    ctx.status(201).json(user(u));
  }

  private void updateUser(Context ctx) {
    Principal who = admin(ctx);
    String name = existing(ctx.pathParam("name"));
    JsonNode body = body(ctx);
    User u;
    try {
      u = security.accounts().update(name,
          body.has("roles") ? Optional.of(roles(body.get("roles"))) : Optional.empty(),
          body.has("projects") ? Optional.of(projects(body.get("projects"))) : Optional.empty(),
          body.has("disabled") ? Optional.of(body.get("disabled").asBoolean()) : Optional.empty(),
          body.hasNonNull("password") ? Optional.of(body.get("password").asText()) : Optional.empty());
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    StringBuilder what = new StringBuilder();
    body.fieldNames().forEachRemaining(f -> what.append(what.length() == 0 ? "" : ", ").append(f));
    security.audit().record(who, ctx.ip(), "user", "user " + name, "ok", "changed " + what);
    ctx.json(user(u));
  }

  private void audit(Context ctx) {
    admin(ctx);
    int limit = intParam(ctx, "limit", 100);
    if (limit < 1 || limit > MAX_AUDIT) {
      throw new BadRequestResponse("limit: between 1 and " + MAX_AUDIT);
    }
    long before = ctx.queryParam("before") == null ? Long.MAX_VALUE : intParam(ctx, "before", 0);
    AuditLog.Query q = new AuditLog.Query(param(ctx, "user"), param(ctx, "action"), param(ctx, "target"),
        param(ctx, "outcome"), time(ctx, "from"), time(ctx, "to"), limit, before);
    ArrayNode entries = JSON.createArrayNode();
    var found = security.audit().find(q);
    for (AuditEntry e : found) {
      ObjectNode n = entries.addObject();
      n.put("seq", e.seq());
      n.put("at", e.at().toString());
      n.put("user", e.user());
      n.put("via", e.via());
      n.put("ip", e.ip());
      n.put("action", e.action());
      n.put("target", e.target());
      n.put("outcome", e.outcome());
      n.put("detail", e.detail());
    }
    ObjectNode out = JSON.createObjectNode();
    out.set("entries", entries);
    if (found.size() == limit) {
      out.put("next", "before=" + found.get(found.size() - 1).seq());
    }
    ctx.json(out);
  }

  private Principal signedIn(Context ctx) {
    Principal p = Security.principal(ctx);
    if (p.isAnonymous()) {
      throw AccessDeniedException.of(p, "managing keys");
    }
    return p;
  }

  private Principal admin(Context ctx) {
    return Security.require(ctx, Role.ADMIN, "user administration");
  }

  private String existing(String name) {
    return security.accounts().user(name).map(User::name).orElseThrow(() -> new NotFoundResponse("no user '" + name + "'"));
  }

  static ObjectNode me(Principal p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("user", p.user());
    n.put("anonymous", p.isAnonymous());
    n.put("via", p.via());
    ArrayNode roles = n.putArray("roles");
    p.roles().stream().sorted().forEach(r -> roles.add(r.key()));
    ArrayNode projects = n.putArray("projects");
    p.projects().stream().sorted().forEach(projects::add);
    return n;
  }

  private ObjectNode user(User u) {
    ObjectNode n = JSON.createObjectNode();
    n.put("name", u.name());
    ArrayNode roles = n.putArray("roles");
    u.roles().stream().sorted().forEach(r -> roles.add(r.key()));
    ArrayNode projects = n.putArray("projects");
    u.projects().stream().sorted().forEach(projects::add);
    n.put("created", u.created().toString());
    n.put("disabled", u.disabled());
    n.put("password", u.hasPassword());
    return n;
  }

  private ObjectNode keys(String user) {
    ArrayNode out = JSON.createArrayNode();
    Instant now = Instant.now();
    for (Credential c : security.accounts().credentials(user)) {
      ObjectNode n = out.addObject();
      n.put("id", c.id());
      n.put("kind", c.kind());
      n.put("label", c.label());
      n.put("created", c.created().toString());
      n.put("expires", c.expires().toString());
      c.revoked().ifPresent(r -> n.put("revoked", r.toString()));
      c.lastUsed().ifPresent(r -> n.put("lastUsed", r.toString()));
      n.put("active", c.activeAt(now));
    }
    return JSON.createObjectNode().set("keys", out);
  }

  private static Set<Role> roles(JsonNode n) {
    Set<Role> out = EnumSet.noneOf(Role.class);
    if (!n.isMissingNode() && !n.isArray()) {
      throw new BadRequestResponse("roles: a list such as [\"contractor\"]");
    }
    for (JsonNode r : n) {
      try {
        out.add(Role.parse(r.asText()));
      } catch (IllegalArgumentException e) {
        throw new BadRequestResponse("roles: " + e.getMessage());
      }
    }
    return out;
  }

  private static Set<String> projects(JsonNode n) {
    if (!n.isMissingNode() && !n.isArray()) {
      throw new BadRequestResponse("projects: a list of project ids");
    }
    Set<String> out = new LinkedHashSet<>();
    n.forEach(p -> out.add(p.asText()));
    return out;
  }

  private static String keys(Set<Role> roles) {
    return roles.stream().sorted().map(Role::key).toList().toString();
  }

  private static JsonNode body(Context ctx) {
    return org.smartland.server.http.JsonBodies.object(ctx);
  }


  private static Optional<String> param(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).filter(s -> !s.isBlank());
  }

  private static int intParam(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + ": a whole number, not '" + v + "'");
    }
  }

  private static Optional<Instant> time(Context ctx, String name) {
    try {
      return param(ctx, name).map(Instant::parse);
    } catch (DateTimeParseException e) {
      throw new BadRequestResponse(name + ": an instant such as 2026-11-22T10:00:00Z");
    }
  }
}
