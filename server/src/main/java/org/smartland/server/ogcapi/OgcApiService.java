package org.smartland.server.ogcapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.InvalidQueryException;
import org.smartland.layers.query.cql2.Cql2JsonParser;
import org.smartland.layers.query.cql2.Cql2TextParser;
import org.smartland.layers.store.Feature;
import org.smartland.layers.style.StyleLibrary;
import org.smartland.server.TerritoryLayers;
import org.smartland.server.edit.FeatureEtags;
import org.smartland.server.edit.LayerEdits;
import org.smartland.server.format.GeoJson;
import org.smartland.server.http.RequestIds;
import org.smartland.server.paging.CountedPage;

/**
 * OGC API - Features at {@code /ogc}: landing page, conformance, OpenAPI document, collections, items
 * (paged, filtered, in any offered CRS), queryables and schema, each in JSON and HTML; the Part 4 writes
 * ({@link ItemWrites}). A feature read alone carries its {@code ETag} (of its stored state, so the same in every
 * format and CRS; {@code If-None-Match} gives 304). Private collections exist only for those who may read them
 * ({@link CollectionAccess}). Errors are JSON {@code {code, description}} with the HTTP status, never a 200.
 */
public final class OgcApiService {
  private static final Logger LOG = LoggerFactory.getLogger(OgcApiService.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> ITEMS_TYPES = List.of(CollectionDocs.GEOJSON, CollectionDocs.HTML);

  private final LayerCatalog catalog;
  private final ServedCollections collections;
  private final ApiCrs crs;
  private final CollectionDocs docs;
  private final Cql2TextParser cql2Text;
  private final Cql2JsonParser cql2Json;
  private final List<ApiRoute> routes = new ArrayList<>();
  private final List<String> conformance = new ArrayList<>(Conformance.CLASSES);
  private final List<String[]> landingLinks = new ArrayList<>();
  private final CrsTransforms transforms;
  private final CollectionAccess access;
  private final ItemWrites writes;
  private final TilesApi tiles;

  /**
   * @param edits the shared write path (Part 4 writes go through it) and, through its {@link LayerEdits#access()},
   *              the layer rules that hide private collections from those who may not read them
   */
  public OgcApiService(TerritoryLayers territory, CrsTransforms transforms, StyleLibrary styles, LayerEdits edits) {
    this.catalog = territory.catalog();
    this.transforms = transforms;
    this.collections = new ServedCollections(territory);
    this.access = new CollectionAccess(collections, edits.access());
    this.crs = new ApiCrs(catalog, transforms);
    this.docs = new CollectionDocs(crs, edits.access());
    this.cql2Text = new Cql2TextParser(transforms);
    this.cql2Json = new Cql2JsonParser(transforms);
    this.writes = new ItemWrites(this, crs, transforms, edits);
    declareRoutes();
    new ItemRoutes(this, writes, access).declare();
    if (!edits.access().writableLayers().isEmpty()) {
      conformance.addAll(Conformance.PART_4);
    }
    this.tiles = new TilesApi(this, transforms, styles);
    tiles.declareRoutes();
    territory.database().changes().addListener(tiles::dataChanged);
    territory.onLayersChanged(() -> tiles.layersChanged(collections.refresh()));
  }

  CrsTransforms transforms() {
    return transforms;
  }

  /** Adds a route; {@link #routes(Javalin)} registers them all, {@link OpenApiDoc} describes them. */
  public OgcApiService route(ApiRoute r) {
    routes.add(r);
    return this;
  }

  private void declareRoutes() {
    ApiParam f = ApiParam.query("f", "the format: json or html (else the Accept header decides)",
        ApiParam.enumOf(List.of("json", "html")));
    ApiParam collectionId = ApiParam.path("collectionId", "a collection id, e.g. " + collections.all().keySet().stream()
        .filter(id -> !access.rules().rule(id).privateLayer()).findFirst().orElse("the first of /collections"));
    route(new ApiRoute("/ogc", "getLandingPage", "the landing page", "Capabilities", List.of(f),
        List.of(CollectionDocs.JSON, CollectionDocs.HTML), this::landing));
    route(new ApiRoute("/ogc/conformance", "getConformance", "the conformance classes implemented", "Capabilities",
        List.of(f), List.of(CollectionDocs.JSON, CollectionDocs.HTML), this::conformance));
    route(new ApiRoute("/ogc/api", "getApiDescription", "this API's OpenAPI 3.0 document", "Capabilities",
        List.of(f), List.of(OpenApiDoc.MEDIA_TYPE, CollectionDocs.HTML), this::api));
    route(new ApiRoute("/ogc/collections", "getCollections", "the collections (one per layer)", "Capabilities",
        List.of(f), List.of(CollectionDocs.JSON, CollectionDocs.HTML), this::collectionList));
    route(new ApiRoute("/ogc/collections/{collectionId}", "describeCollection", "one collection", "Capabilities",
        List.of(collectionId, f), List.of(CollectionDocs.JSON, CollectionDocs.HTML), this::collection));
    route(new ApiRoute("/ogc/collections/{collectionId}/queryables", "getQueryables",
        "the properties a filter, sortby or property equality may use (JSON Schema)", "Data",
        List.of(collectionId, f), List.of(CollectionDocs.SCHEMA, CollectionDocs.HTML), this::queryables));
    route(new ApiRoute("/ogc/collections/{collectionId}/schema", "getSchema",
        "the JSON Schema of the features: each property's type, the id and geometry roles, what a write must give",
        "Data", List.of(collectionId, f), List.of(CollectionDocs.SCHEMA, CollectionDocs.HTML), this::schema));
    route(new ApiRoute("/ogc/collections/{collectionId}/items", "getFeatures", "the features, paged", "Data",
        itemsParams(collectionId), ITEMS_TYPES, this::items));
    route(new ApiRoute("/ogc/collections/{collectionId}/items/{featureId}", "getFeature", "one feature", "Data",
        List.of(collectionId, ApiParam.path("featureId", "a feature id"), f,
            ApiParam.query("crs", "the CRS of the answer, one of the collection's crs", ApiParam.string()),
            ApiParam.header("If-None-Match", "the ETag of the copy the client has: 304 if the feature is unchanged")),
        ITEMS_TYPES, this::item, "get", List.of(), Map.of(
            "200", new ApiResponse("one feature; its ETag names its stored state, the same in every format and CRS",
                ITEMS_TYPES, List.of("ETag", "Content-Crs")),
            "304", ApiResponse.of("the feature has not changed since the tag in If-None-Match", "ETag"))));
  }

  private static List<ApiParam> itemsParams(ApiParam collectionId) {
    return List.of(collectionId,
        ApiParam.query("f", "geojson (or json) or html", ApiParam.enumOf(List.of("geojson", "json", "html"))),
        ApiParam.query("limit", "features per page; above the maximum, the maximum applies",
            ApiParam.integer(1, ItemsQuery.MAX_LIMIT, ItemsQuery.DEFAULT_LIMIT)),
        ApiParam.query("offset", "features to skip (next links carry it)", ApiParam.integer(0, (int) Math.min(
            Integer.MAX_VALUE, ItemsQuery.MAX_OFFSET), 0)),
        ApiParam.list("bbox", "minx,miny,maxx,maxy in bbox-crs (CRS84 lon/lat by default)", Map.of("type", "number")),
        ApiParam.query("bbox-crs", "the CRS of bbox", ApiParam.string()),
        ApiParam.query("crs", "the CRS of the answer (Content-Crs header says which)", ApiParam.string()),
        ApiParam.query("datetime", "an instant or interval (start/end, .. for open) on the time property",
            ApiParam.string()),
        ApiParam.query("filter", "a CQL2 filter on the queryables", ApiParam.string()),
        ApiParam.query("filter-lang", "cql2-text (default) or cql2-json", ApiParam.enumOf(List.of("cql2-text", "cql2-json"))),
        ApiParam.query("filter-crs", "the CRS of the filter's geometries (CRS84 by default)", ApiParam.string()),
        ApiParam.list("sortby", "queryables to sort by, -name for descending", ApiParam.string()),
        ApiParam.list("properties", "the properties to return", ApiParam.string()));
  }

  /** Declares more conformance classes (those of another part implemented alongside, e.g. Processes). */
  public OgcApiService conformsTo(List<String> classes) {
    conformance.addAll(classes);
    return this;
  }

  /** Adds a link to the landing page, e.g. to {@code /processes}. */
  public OgcApiService landingLink(String path, String rel, String title) {
    landingLinks.add(new String[] {path, rel, title});
    return this;
  }

  /**
   * Registers every route; a GET route answers HEAD too, through its own handler (the same status and headers, no
   * body), since Javalin would otherwise answer any HEAD with an empty 200 — even for a private collection.
   */
  public void routes(Javalin app) {
    for (ApiRoute r : routes) {
      switch (r.method()) {
        case "post" -> app.post(r.path(), r.handler());
        case "put" -> app.put(r.path(), r.handler());
        case "patch" -> app.patch(r.path(), r.handler());
        case "delete" -> app.delete(r.path(), r.handler());
        case "options" -> app.options(r.path(), r.handler());
        default -> {
          app.get(r.path(), r.handler());
          app.head(r.path(), r.handler());
        }
      }
    }
  }

  // --- handlers

  private void landing(Context ctx) {
    String root = ApiLinks.root(ctx);
    checkOnly(ctx, List.of("f"));
    List<Map<String, Object>> links = new ArrayList<>(List.of(
        ApiLinks.link(root, "self", CollectionDocs.JSON, "this document"),
        ApiLinks.link(root + "?f=html", "alternate", CollectionDocs.HTML, "this document as HTML"),
        ApiLinks.link(root + "/api", "service-desc", OpenApiDoc.MEDIA_TYPE, "the API definition"),
        ApiLinks.link(root + "/api?f=html", "service-doc", CollectionDocs.HTML, "the API documentation"),
        ApiLinks.link(root + "/conformance", "conformance", CollectionDocs.JSON, "the conformance classes"),
        ApiLinks.link(root + "/collections", "data", CollectionDocs.JSON, "the collections")));
    landingLinks.forEach(l -> links.add(ApiLinks.link(root + l[0], l[1], CollectionDocs.JSON, l[2])));
    if (ApiFormat.of(ctx, List.of("json")) == ApiFormat.HTML) {
      StringBuilder body = new StringBuilder("<p>" + Html.escape(catalog.description()) + "</p><ul>");
      body.append("<li>").append(Html.link(root + "/collections?f=html", "Collections")).append(" — the layers of the territory</li>")
          .append("<li>").append(Html.link(root + "/tiles/WebMercatorQuad?f=html", "Map of the vector tiles"))
          .append(" — all layers together</li>")
          .append("<li>").append(Html.link(root + "/api?f=html", "API documentation")).append("</li>")
          .append("<li>").append(Html.link(root + "/conformance?f=html", "Conformance classes")).append("</li>");
      landingLinks.forEach(l -> body.append("<li>").append(Html.link(root + l[0], l[2])).append(" (JSON)</li>"));
      body.append("</ul>");
      html(ctx, Html.page("SmartLand Twin — " + catalog.title(), List.of(), body.toString(), root + "?f=json"));
      return;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", "SmartLand Twin — " + catalog.title());
    m.put("description", catalog.description());
    m.put("links", links);
    ctx.json(m);
  }

  private void conformance(Context ctx) {
    checkOnly(ctx, List.of("f"));
    String root = ApiLinks.root(ctx);
    if (ApiFormat.of(ctx, List.of("json")) == ApiFormat.HTML) {
      StringBuilder body = new StringBuilder("<ul>");
      conformance.forEach(c -> body.append("<li><code>").append(Html.escape(c)).append("</code></li>"));
      html(ctx, Html.page("Conformance", List.of(Map.entry(root + "?f=html", "home")), body + "</ul>",
          root + "/conformance?f=json"));
      return;
    }
    ctx.json(Map.of("conformsTo", conformance));
  }

  private void api(Context ctx) {
    checkOnly(ctx, List.of("f"));
    String root = ApiLinks.root(ctx);
    if (ApiFormat.of(ctx, List.of("json")) == ApiFormat.HTML) {
      html(ctx, Html.page("API documentation", List.of(Map.entry(root + "?f=html", "home")),
          OpenApiDoc.html(routes, root), root + "/api?f=json"));
      return;
    }
    ctx.contentType(OpenApiDoc.MEDIA_TYPE).result(json(OpenApiDoc.of(routes, root, "SmartLand Twin — " + catalog.title(),
        "OGC API - Features of the territory " + catalog.title())));
  }

  private void collectionList(Context ctx) {
    checkOnly(ctx, List.of("f"));
    String root = ApiLinks.root(ctx);
    if (ApiFormat.of(ctx, List.of("json")) == ApiFormat.HTML) {
      StringBuilder body = new StringBuilder("<table><tr><th>collection</th><th>description</th><th>features</th></tr>");
      for (Collection c : access.visible(ctx)) {
        body.append("<tr><td>").append(Html.link(root + "/collections/" + c.id() + "?f=html", c.definition().title()))
            .append("<br><code>").append(Html.escape(c.id())).append("</code></td><td>")
            .append(Html.escape(c.definition().abstractWithProvenance())).append("</td><td>")
            .append(Html.link(root + "/collections/" + c.id() + "/items?f=html", Long.toString(c.summary().featureCount())))
            .append("</td></tr>");
      }
      html(ctx, Html.page("Collections of " + catalog.title(), List.of(Map.entry(root + "?f=html", "home")),
          body + "</table>", root + "/collections?f=json"));
      return;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("links", List.of(ApiLinks.link(root + "/collections", "self", CollectionDocs.JSON, "this document"),
        ApiLinks.link(root + "/collections?f=html", "alternate", CollectionDocs.HTML, "this document as HTML")));
    m.put("crs", crs.uris());
    m.put("collections", access.visible(ctx).stream().map(c -> docs.collection(c, root)).toList());
    ctx.json(m);
  }

  private void collection(Context ctx) {
    checkOnly(ctx, List.of("f"));
    Collection c = readable(ctx);
    String root = ApiLinks.root(ctx);
    if (ApiFormat.of(ctx, List.of("json")) == ApiFormat.HTML) {
      List<Map.Entry<String, Object>> rows = new ArrayList<>();
      rows.add(Map.entry("id", c.id()));
      rows.add(Map.entry("description", c.definition().abstractWithProvenance()));
      rows.add(Map.entry("geometry", c.definition().geometryType().ogcName()));
      rows.add(Map.entry("features", c.summary().featureCount()));
      rows.add(Map.entry("storage CRS", crs.storageUri()));
      rows.add(Map.entry("writable", access.rules().writable(c.id())
          ? "yes, by those with the right (OGC API - Features Part 4: POST, PUT, PATCH, DELETE)" : "no"));
      c.summary().wgs84Extent().ifPresent(e -> rows.add(Map.entry("extent (lon/lat)",
          e.getMinX() + ", " + e.getMinY() + " — " + e.getMaxX() + ", " + e.getMaxY())));
      StringBuilder body = new StringBuilder(Html.definitions(rows));
      body.append("<p>").append(Html.link(root + "/collections/" + c.id() + "/items?f=html", "Browse the features"))
          .append(" · ").append(Html.link(root + "/collections/" + c.id() + "/queryables?f=html", "Queryables"))
          .append(" · ").append(Html.link(root + "/collections/" + c.id() + "/schema?f=html", "Schema"))
          .append(" · ").append(Html.link(root + "/collections/" + c.id() + "/tiles/WebMercatorQuad?f=html",
              "Map of the vector tiles")).append("</p>");
      html(ctx, Html.page(c.definition().title(), breadcrumb(root), body.toString(),
          root + "/collections/" + c.id() + "?f=json"));
      return;
    }
    ctx.json(docs.collection(c, root));
  }

  private void queryables(Context ctx) {
    checkOnly(ctx, List.of("f"));
    Collection c = readable(ctx);
    String root = ApiLinks.root(ctx);
    schemaDocument(ctx, c, docs.queryables(c, root), "Queryables of ", root + "/collections/" + c.id() + "/queryables");
  }

  private void schema(Context ctx) {
    checkOnly(ctx, List.of("f"));
    Collection c = readable(ctx);
    String root = ApiLinks.root(ctx);
    schemaDocument(ctx, c, docs.schema(c, root), "Schema of ", root + "/collections/" + c.id() + "/schema");
  }

  /** A JSON Schema of properties, or its table as HTML. */
  private void schemaDocument(Context ctx, Collection c, Map<String, Object> schema, String title, String self) {
    String root = ApiLinks.root(ctx);
    if (ApiFormat.of(ctx, List.of("json")) == ApiFormat.HTML) {
      StringBuilder body = new StringBuilder("<table><tr><th>name</th><th>title</th><th>type</th></tr>");
      @SuppressWarnings("unchecked")
      Map<String, Map<String, Object>> props = (Map<String, Map<String, Object>>) schema.get("properties");
      props.forEach((name, p) -> body.append("<tr><td><code>").append(Html.escape(name)).append("</code></td><td>")
          .append(Html.escape(p.get("title"))).append("</td><td>")
          .append(Html.escape(p.getOrDefault("type", "")) + (p.containsKey("format") ? " (" + Html.escape(p.get("format")) + ")" : ""))
          .append("</td></tr>"));
      html(ctx, Html.page(title + c.definition().title(), breadcrumb(root), body + "</table>", self + "?f=json"));
      return;
    }
    ctx.contentType(CollectionDocs.SCHEMA).result(json(schema));
  }

  private void items(Context ctx) {
    Collection c = readable(ctx);
    ApiFormat format = ApiFormat.of(ctx, List.of("json", "geojson"));
    ItemsQuery q = ItemsQuery.read(ctx, c, crs, cql2Text, cql2Json);
    CountedPage page;
    try {
      page = CountedPage.fetch(c.store(), q.storeQuery(), q.offset(), q.limit());
    } catch (InvalidQueryException e) {
      throw new BadRequestResponse("parameter filter: " + e.getMessage());
    }
    String root = ApiLinks.root(ctx);
    String self = root + "/collections/" + c.id() + "/items";
    List<Map<String, Object>> links = pageLinks(ctx, self, q, page.returned(), page.matched());
    ctx.header("Content-Crs", "<" + q.outputCrs().uri() + ">");
    if (format == ApiFormat.HTML) {
      itemsHtml(ctx, c, page, links, q, root);
      return;
    }
    ctx.contentType(CollectionDocs.GEOJSON);
    int decimals = transforms.isGeographic(q.outputCrs().srid()) ? GeoJson.DEGREE_DECIMALS : GeoJson.METRE_DECIMALS;
    try (Stream<Feature> features = page.features(c.store()); OutputStream out = ctx.outputStream()) {
      ItemsWriter.collection(out, features, page.matched(), page.returned(), crs.northEast(q.outputCrs()), decimals,
          links);
    } catch (IOException e) {
      LOG.warn("items response interrupted (request {}): {}", RequestIds.of(ctx), e.getMessage());
    }
  }

  private List<Map<String, Object>> pageLinks(Context ctx, String self, ItemsQuery q, long returned, long matched) {
    Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
    params.remove("f");
    List<Map<String, Object>> links = new ArrayList<>();
    links.add(ApiLinks.link(ApiLinks.withQuery(self, params), "self", CollectionDocs.GEOJSON, "this page"));
    links.add(ApiLinks.link(ApiLinks.withQuery(self, ApiLinks.replace(params, "f", "html")), "alternate",
        CollectionDocs.HTML, "this page as HTML"));
    Map<String, List<String>> paging = ApiLinks.replace(params, "limit", Integer.toString(q.limit()));
    if (q.offset() + returned < matched) {
      links.add(ApiLinks.link(ApiLinks.withQuery(self, ApiLinks.replace(paging, "offset",
          Long.toString(q.offset() + q.limit()))), "next", CollectionDocs.GEOJSON, "the next page"));
    }
    if (q.offset() > 0) {
      links.add(ApiLinks.link(ApiLinks.withQuery(self, ApiLinks.replace(paging, "offset",
          Long.toString(Math.max(0, q.offset() - q.limit())))), "prev", CollectionDocs.GEOJSON, "the previous page"));
    }
    links.add(ApiLinks.link(self.substring(0, self.length() - "/items".length()), "collection", CollectionDocs.JSON,
        "the collection"));
    return links;
  }

  private void itemsHtml(Context ctx, Collection c, CountedPage page, List<Map<String, Object>> links, ItemsQuery q,
                         String root) {
    List<Feature> features;
    try (Stream<Feature> s = page.features(c.store())) {
      features = s.toList();
    }
    long matched = page.matched();
    long returned = page.returned();
    List<AttributeDefinition> attrs = c.definition().attributes().stream()
        .filter(a -> q.storeQuery().properties().map(p -> p.contains(a.name())).orElse(true)).toList();
    StringBuilder body = new StringBuilder();
    body.append("<p>").append(matched).append(" features match; ").append(returned).append(" shown from number ")
        .append(q.offset() + 1).append(". ");
    for (Map<String, Object> l : links) {
      if (l.get("rel").equals("prev") || l.get("rel").equals("next")) {
        String href = (String) l.get("href");
        body.append(Html.link(href + (href.contains("?") ? "&" : "?") + "f=html",
            l.get("rel").equals("next") ? "next page →" : "← previous page")).append(' ');
      }
    }
    body.append("</p>");
    List<Geometry> geoms = features.stream().flatMap(f -> f.geometry().stream()).toList();
    body.append(SvgMap.of(geoms));
    body.append("<table><tr><th>id</th>");
    attrs.forEach(a -> body.append("<th>").append(Html.escape(a.title())).append("</th>"));
    body.append("</tr>");
    String itemsUrl = root + "/collections/" + c.id() + "/items/";
    for (Feature f : features) {
      String id = f.id().orElse("");
      body.append("<tr><td>").append(Html.link(itemsUrl + id + "?f=html", id)).append("</td>");
      attrs.forEach(a -> body.append("<td>").append(Html.escape(f.properties().get(a.name()))).append("</td>"));
      body.append("</tr>");
    }
    body.append("</table>");
    html(ctx, Html.page(c.definition().title() + " — features", breadcrumb(root, c), body.toString(),
        (String) links.get(0).get("href")));
  }

  private void item(Context ctx) {
    checkOnly(ctx, List.of("f", "crs"));
    Collection c = readable(ctx);
    String fid = ctx.pathParam("featureId");
    Crs outputCrs = ctx.queryParam("crs") == null ? Crs.CRS84_LONLAT : crs.parse(ctx.queryParam("crs"), "crs");
    ApiFormat format = ApiFormat.of(ctx, List.of("json", "geojson"));
    Feature stored = c.store().byId(fid).orElseThrow(() -> new NotFoundResponse("collection " + c.id()
        + " has no feature '" + ApiCrs.abbreviate(fid) + "'"));
    String etag = FeatureEtags.of(stored);
    ctx.header("ETag", etag);
    ctx.header("Vary", "Accept");
    if (ItemEtag.noneMatch(ctx.header("If-None-Match"), etag)) {
      ctx.status(304);
      return;
    }
    Feature f = stored.geometry().isEmpty() ? stored : new Feature(stored.id(),
        Optional.of(transforms.transform(stored.geometry().get(), c.definition().nativeSrid(), outputCrs.srid())),
        stored.properties());
    String root = ApiLinks.root(ctx);
    String self = root + "/collections/" + c.id() + "/items/" + ApiLinks.encode(fid);
    ctx.header("Content-Crs", "<" + outputCrs.uri() + ">");
    if (format == ApiFormat.HTML) {
      List<Map.Entry<String, Object>> rows = new ArrayList<>();
      rows.add(Map.entry("id", fid));
      c.definition().attributes().forEach(a -> rows.add(Map.entry(a.title(), f.properties().get(a.name()) == null
          ? "" : f.properties().get(a.name()))));
      html(ctx, Html.page(c.definition().title() + " " + fid, breadcrumb(root, c),
          SvgMap.of(f.geometry().stream().toList()) + Html.definitions(rows), self + "?f=json"));
      return;
    }
    ctx.contentType(CollectionDocs.GEOJSON);
    List<Map<String, Object>> links = List.of(ApiLinks.link(self, "self", CollectionDocs.GEOJSON, "this feature"),
        ApiLinks.link(self + "?f=html", "alternate", CollectionDocs.HTML, "this feature as HTML"),
        ApiLinks.link(root + "/collections/" + c.id(), "collection", CollectionDocs.JSON, "the collection"));
    try (OutputStream out = ctx.outputStream()) {
      ItemsWriter.single(out, f, crs.northEast(outputCrs),
          transforms.isGeographic(outputCrs.srid()) ? GeoJson.DEGREE_DECIMALS : GeoJson.METRE_DECIMALS, links);
    } catch (IOException e) {
      LOG.warn("item response interrupted (request {}): {}", RequestIds.of(ctx), e.getMessage());
    }
  }

  // --- helpers

  Collection collection(String id) {
    return collections.get(id);
  }

  /** The collection of the request's {@code collectionId}: 404 if unknown, 401/403 if the asker may not read it. */
  Collection readable(Context ctx) {
    return access.readable(ctx, ctx.pathParam("collectionId"));
  }

  /** The collections the asker may read, in catalog order. */
  List<Collection> visible(Context ctx) {
    return access.visible(ctx);
  }

  boolean isPrivate(Collection c) {
    return access.isPrivate(c);
  }

  /** The collections served now, in catalog order. */
  Map<String, Collection> collections() {
    return collections.all();
  }

  private static List<Map.Entry<String, String>> breadcrumb(String root) {
    return List.of(Map.entry(root + "?f=html", "home"), Map.entry(root + "/collections?f=html", "collections"));
  }

  private static List<Map.Entry<String, String>> breadcrumb(String root, Collection c) {
    return List.of(Map.entry(root + "?f=html", "home"), Map.entry(root + "/collections?f=html", "collections"),
        Map.entry(root + "/collections/" + c.id() + "?f=html", c.definition().title()));
  }

  /** Refuses query parameters a resource does not take. */
  static void checkOnly(Context ctx, List<String> allowed) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!allowed.contains(name)) {
        throw new BadRequestResponse("unknown query parameter '" + ApiCrs.abbreviate(name) + "'; this resource takes "
            + allowed);
      }
    }
  }

  private static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=UTF-8").result(page);
  }

  private static byte[] json(Object doc) {
    try {
      return MAPPER.writeValueAsBytes(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
