package org.smartland.server.participation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.smartland.layers.catalog.Corridor;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.WriteResult;
import org.smartland.server.TerritoryLayers;
import org.smartland.server.edit.FeatureChecks;
import org.smartland.server.edit.Problem;
import org.smartland.server.security.AccessDeniedException;
import org.smartland.server.security.AuditLog;
import org.smartland.server.security.Principal;
import org.smartland.server.security.Role;
import org.smartland.server.security.Security;

/**
 * Participation: citizens and companies propose needs and solutions, moderators approve or reject them, and approved
 * proposals are published in the {@code proposals} layer (so every service and the viewer show them), where their
 * votes and comments are counted.
 *
 * <ul>
 *   <li>{@code POST /api/proposals} (signed in): {@code {kind, corridor, title, description, submitterType, geometry
 *       (GeoJSON, CRS84), attachment?: {name, contentType, data (base64)}}} → 201, pending;</li>
 *   <li>{@code GET /api/proposals[?status=]}: approved ones for everyone, one's own too, all for moderators;
 *       {@code GET /api/proposals/{id}} with its comments; {@code GET /api/proposals/{id}/attachment};</li>
 *   <li>{@code POST /api/proposals/{id}/moderation} (moderators) {@code {decision: approve|reject, reason}};</li>
 *   <li>{@code POST|DELETE /api/proposals/{id}/vote}, {@code POST /api/proposals/{id}/comments} {@code {text}} (signed
 *       in, approved proposals), {@code DELETE /api/proposals/{id}/comments/{cid}} (moderators).</li>
 * </ul>
 */
public final class ProposalsApi {
  public static final String LAYER = "proposals";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KINDS = Set.of("need", "solution");
  private static final Set<String> SUBMITTERS = Set.of("citizen", "company");
  private static final Set<String> GEOMETRIES = Set.of("Point", "Polygon", "MultiPolygon");
  /** Attachments are documents and pictures only: served back as downloads, never interpreted. */
  private static final Map<String, String> ATTACHMENT_TYPES = Map.of("application/pdf", "%PDF", "image/png",
      "\u0089PNG", "image/jpeg", "\u00ff\u00d8\u00ff");
  private static final int MAX_ATTACHMENT = 2 << 20;
  private static final int MAX_LIST = 500;

  private final TerritoryLayers territory;
  private final ProposalStore store;
  private final FeatureChecks checks;
  private final AuditLog audit;
  private final Clock clock;

  public ProposalsApi(TerritoryLayers territory, ProposalStore store, FeatureChecks checks, AuditLog audit, Clock clock) {
    this.territory = territory;
    this.store = store;
    this.checks = checks;
    this.audit = audit;
    this.clock = clock;
  }

  public void routes(Javalin app) {
    app.post("/api/proposals", this::submit);
    app.get("/api/proposals", this::list);
    app.get("/api/proposals/{id}", ctx -> ctx.json(json(visible(ctx), true, Security.principal(ctx))));
    app.get("/api/proposals/{id}/attachment", this::attachment);
    app.post("/api/proposals/{id}/moderation", this::moderate);
    app.post("/api/proposals/{id}/vote", ctx -> vote(ctx, true));
    app.delete("/api/proposals/{id}/vote", ctx -> vote(ctx, false));
    app.post("/api/proposals/{id}/comments", this::comment);
    app.delete("/api/proposals/{id}/comments/{cid}", this::removeComment);
  }

  private void submit(Context ctx) {
    Principal who = signedIn(ctx, "proposing");
    LayerDefinition layer = layer();
    JsonNode b = body(ctx);
    String kind = oneOf(b, "kind", KINDS);
    String submitter = oneOf(b, "submitterType", SUBMITTERS);
    String corridor = text(b, "corridor", 64);
    if (territory.catalog().corridors().stream().map(Corridor::id).noneMatch(corridor::equals)) {
      throw new BadRequestResponse("corridor: one of " + territory.catalog().corridors().stream().map(Corridor::id).toList());
    }
    String title = text(b, "title", 200);
    String description = text(b, "description", 5000);
    Geometry g = geometry(b.get("geometry"), layer);
    Optional<Proposal.Attachment> attachment = Optional.empty();
    byte[] data = null;
    if (b.hasNonNull("attachment")) {
      JsonNode a = b.get("attachment");
      String name = safeName(text(a, "name", 120));
      String type = oneOf(a, "contentType", ATTACHMENT_TYPES.keySet());
      try {
        data = Base64.getDecoder().decode(text(a, "data", MAX_ATTACHMENT * 4 / 3 + 4));
      } catch (IllegalArgumentException e) {
        throw new BadRequestResponse("attachment.data: not base64");
      }
      if (data.length == 0 || data.length > MAX_ATTACHMENT) {
        throw new BadRequestResponse("attachment: between 1 byte and " + (MAX_ATTACHMENT >> 20) + " MB");
      }
      String magic = ATTACHMENT_TYPES.get(type);
      String head = new String(data, 0, Math.min(data.length, magic.length()), java.nio.charset.StandardCharsets.ISO_8859_1);
      if (!head.equals(magic)) {
        throw new BadRequestResponse("attachment: the file is not a " + type + " (its content says otherwise)");
      }
      attachment = Optional.of(new Proposal.Attachment(name, type, data.length));
    }
    Instant now = clock.instant();
    long id = store.add(new Proposal(0, kind, corridor, title, description, submitter, who.user(), g, now,
        Proposal.PENDING, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), attachment, 0, 0), data);
    audit.record(who, ctx.ip(), "proposal", "proposal " + id, "ok", kind + " in " + corridor + ": " + title);
    ctx.status(201).header("Location", "/api/proposals/" + id).json(json(store.find(id).orElseThrow(), false, who));
  }

  private void list(Context ctx) {
    Principal who = Security.principal(ctx);
    Optional<String> status = Optional.ofNullable(ctx.queryParam("status")).filter(s -> !s.isBlank());
    status.ifPresent(s -> {
      if (!Set.of(Proposal.PENDING, Proposal.APPROVED, Proposal.REJECTED).contains(s)) {
        throw new BadRequestResponse("status: pending, approved or rejected");
      }
    });
    boolean mine = "true".equals(ctx.queryParam("mine"));
    if (mine && who.isAnonymous()) {
      throw AccessDeniedException.of(who, "listing your proposals");
    }
    List<Proposal> found;
    if (mine) {
      found = store.list(status, Optional.of(who.user()), MAX_LIST);
    } else if (who.has(Role.MODERATOR)) {
      found = store.list(status, Optional.empty(), MAX_LIST);
    } else if (status.isPresent() && !status.get().equals(Proposal.APPROVED)) {
      throw AccessDeniedException.of(who, "listing " + status.get() + " proposals");
    } else {
      found = store.list(Optional.of(Proposal.APPROVED), Optional.empty(), MAX_LIST);
    }
    ArrayNode out = JSON.createArrayNode();
    found.forEach(p -> out.add(json(p, false, who)));
    ctx.json(JSON.createObjectNode().set("proposals", out));
  }

  private void moderate(Context ctx) {
    Principal who = Security.require(ctx, Role.MODERATOR, "moderating proposals");
    Proposal p = existing(ctx);
    JsonNode b = body(ctx);
    String decision = oneOf(b, "decision", Set.of("approve", "reject"));
    String reason = b.hasNonNull("reason") ? text(b, "reason", 1000) : null;
    if (!p.status().equals(Proposal.PENDING)) {
      throw new BadRequestResponse("proposal " + p.id() + " was " + p.status() + " already");
    }
    Instant now = clock.instant();
    String featureId = null;
    if (decision.equals("approve")) {
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("proposal_id", p.id());
      props.put("kind", p.kind());
      props.put("corridor", p.corridor());
      props.put("title", p.title());
      props.put("description", p.description());
      props.put("submitter_type", p.submitterType());
      props.put("submitted_at", p.submitted());
      props.put("approved_at", now);
      props.put("votes", (long) p.votes());
      props.put("comments", (long) p.comments());
      props.put("attachment", p.attachment().map(Proposal.Attachment::name).orElse(null));
      WriteResult r = layerStore().write(List.of(new FeatureChange.Insert(Feature.of(p.geometry(), props))));
      featureId = r.insertedIds().get(0);
    }
    if (!store.decide(p.id(), decision.equals("approve") ? Proposal.APPROVED : Proposal.REJECTED, who.user(), now, reason,
        featureId)) {
      if (featureId != null) {
        layerStore().write(List.of(new FeatureChange.Delete(featureId)));
      }
      throw new BadRequestResponse("proposal " + p.id() + " was decided by someone else meanwhile");
    }
    audit.record(who, ctx.ip(), decision, "proposal " + p.id(), "ok", (featureId == null ? "" : "published as "
        + LAYER + "/" + featureId) + (reason == null ? "" : "; " + reason));
    ctx.json(json(store.find(p.id()).orElseThrow(), false, who));
  }

  private void vote(Context ctx, boolean add) {
    Principal who = signedIn(ctx, "voting");
    Proposal p = approved(ctx);
    boolean changed = add ? store.vote(p.id(), who.user(), clock.instant()) : store.unvote(p.id(), who.user());
    Proposal now = store.find(p.id()).orElseThrow();
    if (changed) {
      count(now);
      audit.record(who, ctx.ip(), add ? "vote" : "unvote", "proposal " + p.id(), "ok", now.votes() + " votes");
    }
    ctx.status(add && changed ? 201 : 200).json(json(now, false, who));
  }

  private void comment(Context ctx) {
    Principal who = signedIn(ctx, "commenting");
    Proposal p = approved(ctx);
    String text = text(body(ctx), "text", 2000);
    long id = store.comment(p.id(), who.user(), text, clock.instant());
    Proposal now = store.find(p.id()).orElseThrow();
    count(now);
    audit.record(who, ctx.ip(), "comment", "proposal " + p.id(), "ok", "comment " + id);
    ctx.status(201).json(json(now, true, who));
  }

  private void removeComment(Context ctx) {
    Principal who = Security.require(ctx, Role.MODERATOR, "removing comments");
    Proposal p = existing(ctx);
    long cid = id(ctx.pathParam("cid"));
    if (!store.removeComment(p.id(), cid)) {
      throw new NotFoundResponse("proposal " + p.id() + " has no comment " + cid);
    }
    count(store.find(p.id()).orElseThrow());
    audit.record(who, ctx.ip(), "uncomment", "proposal " + p.id(), "ok", "comment " + cid + " removed");
    ctx.status(204);
  }

  private void attachment(Context ctx) {
    Proposal p = visible(ctx);
    Proposal.Attachment a = p.attachment().orElseThrow(() -> new NotFoundResponse("proposal " + p.id()
        + " has no attachment"));
    byte[] data = store.attachment(p.id()).orElseThrow();
    ctx.header("Content-Disposition", "attachment; filename=\"" + a.name() + "\"");
    ctx.header("Content-Security-Policy", "default-src 'none'; sandbox");
    ctx.contentType(a.contentType()).result(data);
  }

  /** Keeps the published feature's counts equal to the store's. */
  private void count(Proposal p) {
    p.featureId().ifPresent(fid -> layerStore().write(List.of(new FeatureChange.Update(fid,
        Map.of("votes", (long) p.votes(), "comments", (long) p.comments()), Optional.empty()))));
  }

  private Proposal visible(Context ctx) {
    Proposal p = existing(ctx);
    Principal who = Security.principal(ctx);
    if (!p.status().equals(Proposal.APPROVED) && !who.has(Role.MODERATOR) && !p.author().equals(who.user())) {
      throw new NotFoundResponse("no proposal " + p.id());
    }
    return p;
  }

  private Proposal approved(Context ctx) {
    Proposal p = visible(ctx);
    if (!p.status().equals(Proposal.APPROVED)) {
      throw new BadRequestResponse("proposal " + p.id() + " is " + p.status() + ": only approved proposals take votes"
          + " and comments");
    }
    return p;
  }

  private Proposal existing(Context ctx) {
    long id = id(ctx.pathParam("id"));
    return store.find(id).orElseThrow(() -> new NotFoundResponse("no proposal " + id));
  }

  private LayerDefinition layer() {
    return territory.catalog().layer(LAYER).orElseThrow(() ->
        new NotFoundResponse("this territory has no '" + LAYER + "' layer: participation is not configured"));
  }

  private FeatureStore layerStore() {
    layer();
    return territory.store(LAYER).orElseThrow();
  }

  private Geometry geometry(JsonNode n, LayerDefinition layer) {
    if (n == null || !n.isObject()) {
      throw new BadRequestResponse("geometry: a GeoJSON Point, Polygon or MultiPolygon in longitude, latitude (CRS84)");
    }
    Geometry g;
    try {
      g = new GeoJsonReader(new GeometryFactory()).read(n.toString());
    } catch (ParseException | RuntimeException e) {
      throw new BadRequestResponse("geometry: not GeoJSON: " + e.getMessage());
    }
    if (!GEOMETRIES.contains(g.getGeometryType())) {
      throw new BadRequestResponse("geometry: a point or an area (Point, Polygon, MultiPolygon), not a " + g.getGeometryType());
    }
    if (g.getNumPoints() > 5000) {
      throw new BadRequestResponse("geometry: at most 5000 vertices");
    }
    var e = g.getEnvelopeInternal();
    if (Math.abs(e.getMinX()) > 180 || Math.abs(e.getMaxX()) > 180 || Math.abs(e.getMinY()) > 90 || Math.abs(e.getMaxY()) > 90) {
      throw new BadRequestResponse("geometry: coordinates are longitude, latitude in degrees (CRS84)");
    }
    Geometry nativeGeometry = territory.crs().transform(g, 4326, layer.nativeSrid());
    nativeGeometry.setSRID(layer.nativeSrid());
    List<Problem> problems = checks.ofGeometry(1, layer, nativeGeometry);
    if (!problems.isEmpty()) {
      throw new BadRequestResponse("geometry: " + problems.get(0).message());
    }
    return nativeGeometry;
  }

  private ObjectNode json(Proposal p, boolean withComments, Principal who) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", p.id());
    n.put("kind", p.kind());
    n.put("corridor", p.corridor());
    n.put("title", p.title());
    n.put("description", p.description());
    n.put("submitterType", p.submitterType());
    boolean insider = who.has(Role.MODERATOR) || p.author().equals(who.user());
    if (insider) {
      n.put("author", p.author());
    }
    n.put("status", p.status());
    n.put("submitted", p.submitted().toString());
    p.decided().ifPresent(d -> n.put("decided", d.toString()));
    if (insider) {
      p.moderator().ifPresent(m -> n.put("moderator", m));
      p.reason().ifPresent(r -> n.put("reason", r));
    }
    p.featureId().ifPresent(f -> n.put("feature", LAYER + "/" + f));
    n.put("votes", p.votes());
    n.put("comments", p.comments());
    if (!who.isAnonymous()) {
      n.put("youVoted", store.hasVoted(p.id(), who.user()));
    }
    p.attachment().ifPresent(a -> {
      ObjectNode at = n.putObject("attachment");
      at.put("name", a.name());
      at.put("contentType", a.contentType());
      at.put("size", a.size());
      at.put("href", "/api/proposals/" + p.id() + "/attachment");
    });
    try {
      Geometry wgs84 = territory.crs().transform(p.geometry(), p.geometry().getSRID(), 4326);
      StringWriter w = new StringWriter();
      try (var g = JSON.getFactory().createGenerator(w)) {
        org.smartland.server.format.GeoJson.geometry(g, wgs84, false);
      }
      n.set("geometry", JSON.readTree(w.toString()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    if (withComments) {
      ArrayNode cs = n.putArray("commentList");
      for (Comment c : store.comments(p.id())) {
        ObjectNode cn = cs.addObject();
        cn.put("id", c.id());
        cn.put("author", c.author());
        cn.put("text", c.text());
        cn.put("at", c.at().toString());
      }
    }
    return n;
  }

  private static Principal signedIn(Context ctx, String what) {
    Principal p = Security.principal(ctx);
    if (p.isAnonymous()) {
      throw AccessDeniedException.of(p, what);
    }
    return p;
  }

  private static JsonNode body(Context ctx) {
    return org.smartland.server.http.JsonBodies.object(ctx);
  }


  private static String text(JsonNode n, String field, int max) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new BadRequestResponse(field + ": required text");
    }
    if (v.asText().length() > max) {
      throw new BadRequestResponse(field + ": at most " + max + " characters");
    }
    return v.asText().strip();
  }

  private static String oneOf(JsonNode n, String field, Set<String> allowed) {
    String v = n.path(field).asText("").trim().toLowerCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      throw new BadRequestResponse(field + ": one of " + new java.util.TreeSet<>(allowed));
    }
    return v;
  }

  /** A file name reduced to a harmless download name (no path, no quotes, no control characters). */
  static String safeName(String name) {
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base = base.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
    if (base.isEmpty() || base.startsWith(".")) {
      base = "attachment" + base;
    }
    return base.length() > 100 ? base.substring(base.length() - 100) : base;
  }

  private static long id(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("no proposal '" + s + "'");
    }
  }
}
