package org.smartland.server.rest;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.server.TerritoryLayers;

/** {@code GET /api/layers} and {@code GET /api/layers/{id}}: the catalog as JSON. */
public final class LayersApi {
  private final TerritoryLayers territory;

  public LayersApi(TerritoryLayers territory) {
    this.territory = territory;
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
    body.put("layers", catalog.layers().stream()
        .map(l -> LayerJson.layer(catalog, l, territory.summary(l.id()), baseUrl(ctx))).toList());
    ctx.json(body);
  }

  private void one(Context ctx) {
    String id = ctx.pathParam("id");
    LayerDefinition l = territory.catalog().layer(id)
        .orElseThrow(() -> new NotFoundResponse("layer '" + id + "' does not exist"));
    ctx.json(LayerJson.layer(territory.catalog(), l, territory.summary(id), baseUrl(ctx)));
  }

  private static String baseUrl(Context ctx) {
    String url = ctx.url();
    return url.substring(0, url.length() - ctx.path().length()) + ctx.contextPath();
  }
}
