package org.smartland.server.ogcapi;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.smartland.server.security.Security;

/**
 * Declares the write routes of OGC API - Features Part 4 on the items of a collection, with their OpenAPI
 * description, and answers {@code OPTIONS} on them: the {@code Allow} header lists the methods the asker may use
 * there now (writes only for those who may write the layer), with {@code Accept-Post} / {@code Accept-Patch}.
 */
final class ItemRoutes {
  static final String ITEMS = "/ogc/collections/{collectionId}/items";
  static final String ITEM = ITEMS + "/{featureId}";

  private final OgcApiService api;
  private final ItemWrites writes;
  private final CollectionAccess access;

  ItemRoutes(OgcApiService api, ItemWrites writes, CollectionAccess access) {
    this.api = api;
    this.writes = writes;
    this.access = access;
  }

  void declare() {
    ApiParam collectionId = ApiParam.path("collectionId", "a collection id (its writable member says if it takes"
        + " writes)");
    ApiParam featureId = ApiParam.path("featureId", "a feature id");
    ApiParam ifMatch = ApiParam.header("If-Match", "optional: the ETag read with the feature; the write happens only"
        + " if the feature still has it (else 412). Without it the write is unconditional");
    ApiParam contentCrs = ApiParam.header("Content-Crs", "the CRS of the body's coordinates as <URI>, one of the"
        + " collection's crs (CRS84 lon/lat by default)");
    List<String> json = List.of(CollectionDocs.JSON);
    String tag = "Data";
    api.route(new ApiRoute(ITEMS, "createFeatures", "adds a GeoJSON Feature, or the features of a"
        + " FeatureCollection all together (nothing is written if any does not fit)", tag,
        List.of(collectionId, contentCrs), json, writes::create, "post", ItemWrites.FEATURE_TYPES, Map.of(
            "201", new ApiResponse("created: Location names the (first) new feature, the body lists every new id",
                json, List.of("Location", "ETag")),
            "401", ApiResponse.of("sign in to write (WWW-Authenticate says how)"),
            "403", ApiResponse.of("the signed-in user may not write this collection, or nobody may"),
            "413", ApiResponse.of("the body is larger than the server accepts"),
            "415", ApiResponse.of("the body is neither application/geo+json nor application/json"))));
    api.route(new ApiRoute(ITEM, "replaceFeature", "replaces a feature with the GeoJSON Feature sent (properties"
        + " left out become null)", tag, List.of(collectionId, featureId, ifMatch, contentCrs), List.of(),
        writes::replace, "put", ItemWrites.FEATURE_TYPES, writeResponses(true,
            Map.of("415", ApiResponse.of("the body is neither application/geo+json nor application/json")))));
    api.route(new ApiRoute(ITEM, "updateFeature", "updates a feature with a JSON Merge Patch (RFC 7396) of its"
        + " GeoJSON: the properties given are set, a null clears one; a geometry replaces the geometry", tag,
        List.of(collectionId, featureId, ifMatch, contentCrs), List.of(), writes::update, "patch",
        ItemWrites.PATCH_TYPES, writeResponses(true,
            Map.of("415", ApiResponse.of("the body is neither application/merge-patch+json nor application/json")))));
    api.route(new ApiRoute(ITEM, "deleteFeature", "deletes a feature", tag, List.of(collectionId, featureId, ifMatch),
        List.of(), writes::delete, "delete", List.of(), writeResponses(false, Map.of())));
    api.route(new ApiRoute(ITEMS, "optionsFeatures", "the methods the asker may use on the items", tag,
        List.of(collectionId), List.of(), ctx -> options(ctx, false), "options", List.of(),
        Map.of("200", ApiResponse.of("Allow lists the methods", "Allow", "Accept-Post"))));
    api.route(new ApiRoute(ITEM, "optionsFeature", "the methods the asker may use on a feature", tag,
        List.of(collectionId, featureId), List.of(), ctx -> options(ctx, true), "options", List.of(),
        Map.of("200", ApiResponse.of("Allow lists the methods", "Allow", "Accept-Patch"))));
  }

  private static Map<String, ApiResponse> writeResponses(boolean withBody, Map<String, ApiResponse> more) {
    Map<String, ApiResponse> out = new java.util.LinkedHashMap<>();
    out.put("204", withBody ? ApiResponse.of("done; ETag is the feature's new tag", "ETag") : ApiResponse.of("done"));
    out.put("401", ApiResponse.of("sign in to write (WWW-Authenticate says how)"));
    out.put("403", ApiResponse.of("the signed-in user may not write this collection, or nobody may"));
    out.put("404", ApiResponse.of("no such collection or feature"));
    out.put("412", ApiResponse.of("If-Match does not match the feature's current ETag: somebody changed or deleted"
        + " it since it was read; nothing was written"));
    if (withBody) {
      out.put("413", ApiResponse.of("the body is larger than the server accepts"));
    }
    out.putAll(more);
    return out;
  }

  /**
   * {@code Allow} for the asker. A CORS preflight (no credentials, by design) gets every method of the resource and
   * no access check, so that browsers may then send the real, authenticated request.
   */
  private void options(Context ctx, boolean item) {
    OgcApiService.checkOnly(ctx, List.of());
    boolean preflight = ctx.header("Access-Control-Request-Method") != null;
    Collection c = preflight ? api.collection(ctx.pathParam("collectionId")) : api.readable(ctx);
    boolean write = preflight ? access.rules().writable(c.id())
        : access.rules().canWrite(Security.principal(ctx), c.id());
    List<String> allow = new ArrayList<>(List.of("GET", "HEAD", "OPTIONS"));
    if (write && item) {
      allow.addAll(List.of("PUT", "PATCH", "DELETE"));
      ctx.header("Accept-Patch", String.join(", ", ItemWrites.PATCH_TYPES));
    } else if (write) {
      allow.add("POST");
      ctx.header("Accept-Post", String.join(", ", ItemWrites.FEATURE_TYPES));
    }
    ctx.header("Allow", String.join(", ", allow));
    ctx.status(200);
  }
}
