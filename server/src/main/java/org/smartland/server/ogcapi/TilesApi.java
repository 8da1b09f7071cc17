package org.smartland.server.ogcapi;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.style.StyleLibrary;
import org.smartland.layers.tiles.Tile;
import org.smartland.layers.tiles.TileCache;
import org.smartland.layers.tiles.TileKey;
import org.smartland.layers.tiles.TileMatrixSet;
import org.smartland.layers.tiles.TileRange;
import org.smartland.layers.tiles.TileSource;
import org.smartland.layers.tiles.VectorTiles;

/**
 * OGC API - Tiles with Mapbox Vector Tiles: the tile matrix sets (WebMercatorQuad, WorldCRS84Quad), a
 * tileset per collection and one for the whole dataset, their metadata and TileJSON 3.0, and the tiles —
 * computed once per key (concurrent requests wait for the one computation), kept in a bounded cache,
 * served gzipped to clients that accept it, with a strong ETag (304 on If-None-Match) and 204 when empty.
 */
final class TilesApi {
  static final String MVT = "application/vnd.mapbox-vector-tile";
  static final String TILEJSON = "application/vnd.mapbox.tile+json";
  static final long CACHE_BYTES = 256L * 1024 * 1024;

  private final OgcApiService api;
  private final TileSets sets;
  private final VectorTiles tiles;
  private final TileCache cache = new TileCache(CACHE_BYTES);
  /** The dataset tilesets of askers who may not read every collection, by the collections they may read. */
  private final java.util.Set<String> partialDatasets = java.util.concurrent.ConcurrentHashMap.newKeySet();

  TilesApi(OgcApiService api, CrsTransforms crs, StyleLibrary styles) {
    this.api = api;
    this.sets = new TileSets(styles);
    this.tiles = new VectorTiles(crs);
  }

  /** A layer's data changed: its tiles and the dataset's are computed again when next asked for. */
  void dataChanged(String layer) {
    cache.invalidate(layer);
    invalidateDatasets();
  }

  private void invalidateDatasets() {
    cache.invalidate(TileSets.DATASET);
    partialDatasets.forEach(cache::invalidate);
  }

  /** Layers were published or withdrawn: none of their tiles, nor the dataset's, are served again. */
  void layersChanged(java.util.Collection<String> layers) {
    if (layers.isEmpty()) {
      return;
    }
    layers.forEach(cache::invalidate);
    invalidateDatasets();
  }

  void declareRoutes() {
    ApiParam f = ApiParam.query("f", "json or html", ApiParam.enumOf(List.of("json", "html")));
    ApiParam collectionId = ApiParam.path("collectionId", "a collection id");
    ApiParam tms = ApiParam.path("tileMatrixSetId", "WebMercatorQuad or WorldCRS84Quad");
    ApiParam tilesetF = ApiParam.query("f", "json; tilejson (TileJSON 3.0) or html (a map of the tiles), both for"
        + " WebMercatorQuad only; else the Accept header decides between json and html",
        ApiParam.enumOf(List.of("json", "tilejson", "html")));
    List<ApiParam> tile = List.of(tms, ApiParam.path("tileMatrix", "the zoom level"),
        ApiParam.path("tileRow", "the row, from the top"), ApiParam.path("tileCol", "the column, from the left"));
    api.route(new ApiRoute("/ogc/tileMatrixSets", "getTileMatrixSets", "the tile matrix sets", "Tiles", List.of(f),
        List.of(CollectionDocs.JSON), this::matrixSets));
    api.route(new ApiRoute("/ogc/tileMatrixSets/{tileMatrixSetId}", "getTileMatrixSet", "one tile matrix set",
        "Tiles", List.of(tms, f), List.of(CollectionDocs.JSON), this::matrixSet));
    api.route(new ApiRoute("/ogc/tiles", "getDatasetTileSets", "the tilesets of all collections together", "Tiles",
        List.of(f), List.of(CollectionDocs.JSON), ctx -> tileSets(ctx, null)));
    api.route(new ApiRoute("/ogc/tiles/{tileMatrixSetId}", "getDatasetTileSet",
        "the metadata of the dataset tileset", "Tiles", List.of(tms, tilesetF),
        List.of(CollectionDocs.JSON, TILEJSON, CollectionDocs.HTML),
        ctx -> tileSet(ctx, null)));
    api.route(new ApiRoute("/ogc/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}", "getDatasetTile",
        "a vector tile of all collections", "Tiles", tile, List.of(MVT), ctx -> tile(ctx, null)));
    api.route(new ApiRoute("/ogc/collections/{collectionId}/tiles", "getCollectionTileSets",
        "the tilesets of a collection", "Tiles", List.of(collectionId, f), List.of(CollectionDocs.JSON),
        ctx -> tileSets(ctx, api.readable(ctx))));
    api.route(new ApiRoute("/ogc/collections/{collectionId}/tiles/{tileMatrixSetId}", "getCollectionTileSet",
        "the metadata of a collection's tileset", "Tiles", List.of(collectionId, tms, tilesetF),
        List.of(CollectionDocs.JSON, TILEJSON, CollectionDocs.HTML),
        ctx -> tileSet(ctx, api.readable(ctx))));
    List<ApiParam> collectionTile = new ArrayList<>();
    collectionTile.add(collectionId);
    collectionTile.addAll(tile);
    api.route(new ApiRoute("/ogc/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}",
        "getCollectionTile", "a vector tile of a collection", "Tiles", collectionTile, List.of(MVT),
        ctx -> tile(ctx, api.readable(ctx))));
  }

  // --- tile matrix sets

  private void matrixSets(Context ctx) {
    OgcApiService.checkOnly(ctx, List.of("f"));
    String root = ApiLinks.root(ctx);
    List<Map<String, Object>> list = new ArrayList<>();
    for (TileMatrixSet t : TileMatrixSet.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", t.id());
      m.put("title", t.title());
      m.put("uri", t.uri());
      m.put("links", List.of(ApiLinks.link(root + "/tileMatrixSets/" + t.id(), "self", CollectionDocs.JSON, t.title())));
      list.add(m);
    }
    ctx.json(Map.of("tileMatrixSets", list));
  }

  private void matrixSet(Context ctx) {
    OgcApiService.checkOnly(ctx, List.of("f"));
    TileMatrixSet t = tms(ctx);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("title", t.title());
    m.put("uri", t.uri());
    m.put("crs", t.crs().uri());
    m.put("orderedAxes", t.orderedAxes());
    m.put("wellKnownScaleSet", t.wellKnownScaleSet());
    List<Map<String, Object>> matrices = new ArrayList<>();
    for (int z = 0; z <= t.maxZoom(); z++) {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("id", Integer.toString(z));
      tm.put("scaleDenominator", t.scaleDenominator(z));
      tm.put("cellSize", t.cellSize(z));
      tm.put("cornerOfOrigin", "topLeft");
      tm.put("pointOfOrigin", List.of(t.pointOfOrigin().x, t.pointOfOrigin().y));
      tm.put("tileWidth", t.tileSize());
      tm.put("tileHeight", t.tileSize());
      tm.put("matrixWidth", t.matrixWidth(z));
      tm.put("matrixHeight", t.matrixHeight(z));
      matrices.add(tm);
    }
    m.put("tileMatrices", matrices);
    ctx.json(m);
  }

  // --- tilesets

  private void tileSets(Context ctx, Collection c) {
    OgcApiService.checkOnly(ctx, List.of("f"));
    String root = ApiLinks.root(ctx);
    String base = c == null ? root + "/tiles" : root + "/collections/" + c.id() + "/tiles";
    List<Map<String, Object>> list = new ArrayList<>();
    for (TileMatrixSet t : TileMatrixSet.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("title", (c == null ? "All collections" : c.definition().title()) + " in " + t.id());
      m.put("dataType", "vector");
      m.put("crs", t.crs().uri());
      m.put("tileMatrixSetURI", t.uri());
      m.put("links", List.of(
          ApiLinks.link(base + "/" + t.id(), "self", CollectionDocs.JSON, "the tileset"),
          ApiLinks.link(root + "/tileMatrixSets/" + t.id(), "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme",
              CollectionDocs.JSON, t.title()),
          templated(base + "/" + t.id())));
      list.add(m);
    }
    ctx.json(Map.of("links", List.of(ApiLinks.link(base, "self", CollectionDocs.JSON, "these tilesets")),
        "tilesets", list));
  }

  private void tileSet(Context ctx, Collection c) {
    OgcApiService.checkOnly(ctx, List.of("f"));
    TileMatrixSet t = tms(ctx);
    String root = ApiLinks.root(ctx);
    String base = (c == null ? root + "/tiles" : root + "/collections/" + c.id() + "/tiles") + "/" + t.id();
    List<Collection> members = c == null ? api.visible(ctx) : List.of(c);
    if ("tilejson".equalsIgnoreCase(ctx.queryParam("f"))) {
      tileJson(ctx, t, base, members, c);
      return;
    }
    if (ApiFormat.of(ctx, List.of("json", "tilejson")) == ApiFormat.HTML) {
      mapPage(ctx, t, root, base, members, c);
      return;
    }
    Envelope extent = extentIn(t, members);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", (c == null ? "All collections" : c.definition().title()) + " in " + t.id());
    m.put("dataType", "vector");
    m.put("crs", t.crs().uri());
    m.put("tileMatrixSetURI", t.uri());
    List<Map<String, Object>> limits = new ArrayList<>();
    int minZoom = members.stream().mapToInt(TileSets::minZoom).min().orElse(0);
    if (extent != null) {
      for (int z = minZoom; z <= Math.min(t.maxZoom(), 18); z++) {
        TileRange r = t.tilesCovering(extent, z);
        limits.add(Map.of("tileMatrix", Integer.toString(z), "minTileRow", r.minRow(), "maxTileRow", r.maxRow(),
            "minTileCol", r.minCol(), "maxTileCol", r.maxCol()));
      }
    }
    m.put("tileMatrixSetLimits", limits);
    List<Map<String, Object>> layers = new ArrayList<>();
    for (Collection member : members) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("id", member.id());
      l.put("title", member.definition().title());
      l.put("dataType", "vector");
      l.put("geometryDimension", switch (member.definition().geometryType()) {
        case POINT, MULTIPOINT -> 0;
        case LINESTRING, MULTILINESTRING -> 1;
        case POLYGON, MULTIPOLYGON -> 2;
        case GEOMETRY -> -1;
      });
      if ((int) l.get("geometryDimension") < 0) {
        l.remove("geometryDimension");
      }
      l.put("minTileMatrix", Integer.toString(TileSets.minZoom(member)));
      l.put("maxTileMatrix", Integer.toString(t.maxZoom()));
      layers.add(l);
    }
    m.put("layers", layers);
    List<Map<String, Object>> links = new ArrayList<>();
    links.add(ApiLinks.link(base, "self", CollectionDocs.JSON, "this tileset"));
    links.add(ApiLinks.link(root + "/tileMatrixSets/" + t.id(), "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme",
        CollectionDocs.JSON, t.title()));
    links.add(templated(base));
    if (t == TileMatrixSet.WEB_MERCATOR_QUAD) {
      links.add(ApiLinks.link(base + "?f=html", "alternate", CollectionDocs.HTML, "this tileset on a map"));
      links.add(ApiLinks.link(base + "?f=tilejson", "alternate", TILEJSON, "this tileset as TileJSON"));
    }
    m.put("links", links);
    ctx.json(m);
  }

  private void mapPage(Context ctx, TileMatrixSet t, String root, String base, List<Collection> members,
                       Collection c) {
    if (t != TileMatrixSet.WEB_MERCATOR_QUAD) {
      throw new BadRequestResponse("parameter f: the map page shows WebMercatorQuad tiles only");
    }
    List<Map.Entry<String, String>> breadcrumb = new ArrayList<>(List.of(Map.entry(root + "?f=html", "home"),
        Map.entry(root + "/collections?f=html", "collections")));
    if (c != null) {
      breadcrumb.add(Map.entry(root + "/collections/" + c.id() + "?f=html", c.definition().title()));
    }
    List<TileMapPage.Layer> layers = members.stream()
        .map(m -> new TileMapPage.Layer(m.id(), m.definition().title(), TileSets.minZoom(m))).toList();
    Envelope wgs84 = wgs84Extent(members);
    String page = TileMapPage.html((c == null ? "All collections" : c.definition().title()) + " — vector tiles",
        breadcrumb, base + "/{z}/{y}/{x}", wgs84.isNull() ? Optional.empty() : Optional.of(wgs84), t.maxZoom(),
        layers, root.substring(0, root.length() - "/ogc".length()) + "/webjars", base + "?f=json",
        base + "?f=tilejson");
    ctx.header("Content-Security-Policy", TileMapPage.CONTENT_SECURITY_POLICY);
    ctx.contentType("text/html; charset=UTF-8").result(page);
  }

  private void tileJson(Context ctx, TileMatrixSet t, String base, List<Collection> members, Collection c) {
    if (t != TileMatrixSet.WEB_MERCATOR_QUAD) {
      throw new BadRequestResponse("parameter f: TileJSON describes WebMercatorQuad tiles only");
    }
    Envelope wgs84 = wgs84Extent(members);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tilejson", "3.0.0");
    m.put("name", c == null ? "all collections" : c.id());
    m.put("tiles", List.of(base + "/{z}/{y}/{x}"));
    m.put("minzoom", members.stream().mapToInt(TileSets::minZoom).min().orElse(0));
    m.put("maxzoom", t.maxZoom());
    if (!wgs84.isNull()) {
      m.put("bounds", List.of(wgs84.getMinX(), wgs84.getMinY(), wgs84.getMaxX(), wgs84.getMaxY()));
      m.put("center", List.of(wgs84.centre().x, wgs84.centre().y, 12));
    }
    List<Map<String, Object>> vectorLayers = new ArrayList<>();
    for (Collection member : members) {
      Map<String, Object> fields = new LinkedHashMap<>();
      member.definition().attributes().forEach(a -> fields.put(a.name(), switch (a.type()) {
        case INTEGER, DOUBLE -> "Number";
        case BOOLEAN -> "Boolean";
        default -> "String";
      }));
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("id", member.id());
      l.put("description", member.definition().abstractWithProvenance());
      l.put("minzoom", TileSets.minZoom(member));
      l.put("maxzoom", t.maxZoom());
      l.put("fields", fields);
      vectorLayers.add(l);
    }
    m.put("vector_layers", vectorLayers);
    ctx.contentType(TILEJSON).json(m);
    ctx.contentType(TILEJSON);
  }

  private static Map<String, Object> templated(String base) {
    Map<String, Object> l = ApiLinks.link(base + "/{tileMatrix}/{tileRow}/{tileCol}", "item", MVT, "a tile");
    l.put("templated", true);
    return l;
  }

  /** The lon/lat extent of the members together; a null envelope if none has features. */
  private static Envelope wgs84Extent(List<Collection> members) {
    Envelope wgs84 = new Envelope();
    members.forEach(m -> m.summary().wgs84Extent().ifPresent(wgs84::expandToInclude));
    return wgs84;
  }

  private Envelope extentIn(TileMatrixSet t, List<Collection> members) {
    Envelope wgs84 = wgs84Extent(members);
    if (wgs84.isNull()) {
      return null;
    }
    if (t.srid() == 4326) {
      return wgs84;
    }
    return api.transforms().transform(wgs84, 4326, t.srid());
  }

  // --- tiles

  private void tile(Context ctx, Collection c) {
    OgcApiService.checkOnly(ctx, List.of());
    TileMatrixSet t = tms(ctx);
    int z = integer(ctx, "tileMatrix");
    int row = integer(ctx, "tileRow");
    int col = integer(ctx, "tileCol");
    if (!t.contains(z, row, col)) {
      throw new NotFoundResponse("tile " + z + "/" + row + "/" + col + " is outside " + t.id()
          + " (zoom 0 to " + t.maxZoom() + ", rows and columns from 0 to 2^zoom - 1)");
    }
    List<Collection> members = c == null ? api.visible(ctx) : List.of(c);
    String tilesetId = c != null ? c.id() : datasetId(members);
    Tile tile = cache.get(TileKey.of(tilesetId, t, z, row, col), () -> {
      List<TileSource> sources = new ArrayList<>();
      members.forEach(m -> sources.add(sets.source(m, z, t)));
      return tiles.tile(t, z, row, col, sources);
    });
    ctx.header("Cache-Control", (members.stream().anyMatch(api::isPrivate) ? "private" : "public") + ", max-age=300");
    ctx.header("Vary", "Accept-Encoding");
    if (tile.isEmpty()) {
      ctx.status(204);
      return;
    }
    String accept = ctx.header("Accept-Encoding");
    boolean gzip = accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("gzip");
    String etag = gzip ? tile.gzippedEtag() : tile.etag();
    ctx.header("ETag", etag);
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null && (ifNoneMatch.equals("*") || List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(MVT);
    if (gzip) {
      ctx.header("Content-Encoding", "gzip");
      ctx.result(tile.gzipped());
    } else {
      ctx.result(tile.mvt());
    }
  }

  /**
   * The cache id of the dataset tiles for this asker: the whole dataset's, or, for those who may not read every
   * collection, one of the collections they may read, so that nobody is served a tile computed for a reader who may
   * read more.
   */
  private String datasetId(List<Collection> members) {
    if (members.size() == api.collections().size()) {
      return TileSets.DATASET;
    }
    String id = TileSets.DATASET + ":" + String.join(",", members.stream().map(Collection::id).toList());
    partialDatasets.add(id);
    return id;
  }

  private static TileMatrixSet tms(Context ctx) {
    String id = ctx.pathParam("tileMatrixSetId");
    return TileMatrixSet.byId(id).orElseThrow(() -> new NotFoundResponse("there is no tile matrix set '"
        + ApiCrs.abbreviate(id) + "'; use WebMercatorQuad or WorldCRS84Quad"));
  }

  private static int integer(Context ctx, String name) {
    String v = ctx.pathParam(name);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + " must be a whole number, not '" + ApiCrs.abbreviate(v) + "'");
    }
  }
}
