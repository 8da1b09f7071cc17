package org.smartland.server.rest;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.server.TerritoryLayers;
import org.smartland.server.security.LayerAccess;
import org.smartland.server.security.Principal;
import org.smartland.server.security.Security;

/**
 * {@code GET /api/layers} and {@code GET /api/layers/{id}}: the catalog as JSON, as the caller may see it: private
 * layers only for those who may read them, and for each layer whether the caller may write it ({@code access}).
 */
public final class LayersApi {
  private final TerritoryLayers territory;
  private final LayerAccess access;

  public LayersApi(TerritoryLayers territory, LayerAccess access) {
    this.territory = territory;
    this.access = access;
  }

  public void routes(Javalin app) {
    app.get("/api/layers", this::list);
    app.get("/api/layers/{id}", this::one);
  }

  private void list(Context ctx) {
    LayerCatalog catalog = territory.catalog();
    Map<String, Object> body = new LinkedHashMap<>();
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("id", catalog.territoryId());
    t.put("title", catalog.title());
    t.put("description", catalog.description());
    body.put("territory", t);
    body.put("corridors", catalog.corridors().stream().map(LayerJson::corridor).toList());
    Principal who = Security.principal(ctx);
    body.put("layers", catalog.layers().stream().filter(l -> access.canRead(who, l.id()))
        .map(l -> withAccess(LayerJson.layer(catalog, l, territory.summary(l.id()), baseUrl(ctx)), who, l.id())).toList());
    ctx.json(body);
  }

  private void one(Context ctx) {
    String id = ctx.pathParam("id");
    LayerDefinition l = territory.catalog().layer(id)
        .orElseThrow(() -> new NotFoundResponse("layer '" + id + "' does not exist"));
    Principal who = Security.principal(ctx);
    access.checkRead(who, id);
    ctx.json(withAccess(LayerJson.layer(territory.catalog(), l, territory.summary(id), baseUrl(ctx)), who, id));
  }

  private Map<String, Object> withAccess(Map<String, Object> layer, Principal who, String id) {
    Map<String, Object> out = new LinkedHashMap<>(layer);
    LayerAccess.Rule rule = access.rule(id);
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("read", rule.privateLayer() ? "private" : "public");
    a.put("writable", rule.writable());
    a.put("youMayWrite", access.canWrite(who, id));
    rule.project().ifPresent(p -> a.put("project", p));
    a.put("required", rule.required());
    out.put("access", a);
    out.put("revision", territory.revision(id));
    return out;
  }

  private static String baseUrl(Context ctx) {
    String url = ctx.url();
    return url.substring(0, url.length() - ctx.path().length()) + ctx.contextPath();
  }
}
