package org.smartland.server.ogcapi;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureNotFoundException;
import org.smartland.layers.store.WriteResult;
import org.smartland.server.edit.EditConflictException;
import org.smartland.server.edit.FeatureEtags;
import org.smartland.server.edit.LayerEdits;
import org.smartland.server.edit.Problem;
import org.smartland.server.edit.RejectedEditException;
import org.smartland.server.security.Principal;
import org.smartland.server.security.Security;

/**
 * OGC API - Features Part 4 on {@code /collections/{id}/items}: create (POST a Feature, or a FeatureCollection
 * written all together), replace (PUT), update (PATCH, JSON Merge Patch) and delete (DELETE), each request one
 * call of the shared write path {@link LayerEdits#apply} — rights, feature checks, one transaction, audit.
 *
 * <p>Order of checks: unknown collection 404; the writer's right 401/403 (before the body is even read, so nobody
 * learns anything about a layer they may not write); content type 400 (none) or 415; body 400 naming each feature's
 * problems; missing feature 404; stale {@code If-Match} 412.
 *
 * <p>Optimistic locking: {@code If-Match} is optional. With it, a replace, update or delete happens only if the
 * feature still has that tag (else 412, nothing written; also 412 when the feature is gone); without it the write
 * is unconditional, as clients that do not track tags (QGIS, scripts) expect. Replies to PUT and PATCH carry the
 * feature's new {@code ETag}, taken under the layer's write lock so it is the state this write left.
 */
final class ItemWrites {
  static final String VIA = "ogcapi";
  static final List<String> FEATURE_TYPES = List.of("application/geo+json", "application/json");
  static final List<String> PATCH_TYPES = List.of("application/merge-patch+json", "application/json");

  /** What a create wrote, and the new feature's tag when it was one feature. */
  private record Created(WriteResult result, Optional<String> etag) {
  }

  private final OgcApiService api;
  private final ApiCrs crs;
  private final CrsTransforms transforms;
  private final LayerEdits edits;

  ItemWrites(OgcApiService api, ApiCrs crs, CrsTransforms transforms, LayerEdits edits) {
    this.api = api;
    this.crs = crs;
    this.transforms = transforms;
    this.edits = edits;
  }

  void create(Context ctx) {
    OgcApiService.checkOnly(ctx, List.of());
    Collection c = writable(ctx);
    contentType(ctx, FEATURE_TYPES, "Accept-Post");
    List<GeoJsonFeatureReader.Item> items = reader(ctx, c).features(RequestJson.parse(ctx.bodyAsBytes()));
    List<FeatureChange> inserts = new ArrayList<>();
    items.forEach(i -> inserts.add(new FeatureChange.Insert(Feature.of(i.geometry().orElse(null), i.properties()))));
    Principal who = Security.principal(ctx);
    Created created = edits.locked(c.id(), () -> {
      WriteResult w = edits.apply(who, ctx.ip(), c.id(), inserts, Map.of(), VIA);
      Optional<String> tag = w.insertedIds().size() == 1
          ? c.store().byId(w.insertedIds().get(0)).map(FeatureEtags::of) : Optional.empty();
      return new Created(w, tag);
    });
    WriteResult r = created.result();
    String itemsUrl = ApiLinks.root(ctx) + "/collections/" + c.id() + "/items/";
    List<Object> ids = new ArrayList<>();
    List<Map<String, Object>> links = new ArrayList<>();
    for (String id : r.insertedIds()) {
      ids.add(ItemsWriter.isWholeNumber(id) ? (Object) Long.parseLong(id) : id);
      links.add(ApiLinks.link(itemsUrl + ApiLinks.encode(id), "item", CollectionDocs.GEOJSON, "feature " + id));
    }
    ctx.header("Location", itemsUrl + ApiLinks.encode(r.insertedIds().get(0)));
    created.etag().ifPresent(t -> ctx.header("ETag", t));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("inserted", ids.size());
    body.put("ids", ids);
    body.put("links", links);
    ctx.status(201).json(body);
  }

  void replace(Context ctx) {
    OgcApiService.checkOnly(ctx, List.of());
    Collection c = writable(ctx);
    String fid = ctx.pathParam("featureId");
    contentType(ctx, FEATURE_TYPES, null);
    GeoJsonFeatureReader.Item item = reader(ctx, c).feature(RequestJson.parse(ctx.bodyAsBytes()));
    if (item.id().isPresent() && !item.id().get().equals(fid)) {
      throw new RejectedEditException(c.id(), List.of(new Problem(1, "id", "is '" + ApiCrs.abbreviate(item.id().get())
          + "' but the request replaces feature '" + ApiCrs.abbreviate(fid) + "': leave id out or make it match")));
    }
    write(ctx, c, fid, new FeatureChange.Replace(fid, Feature.of(item.geometry().orElse(null), item.properties())));
  }

  void update(Context ctx) {
    OgcApiService.checkOnly(ctx, List.of());
    Collection c = writable(ctx);
    String fid = ctx.pathParam("featureId");
    contentType(ctx, PATCH_TYPES, "Accept-Patch");
    FeatureChange.Update change = MergePatch.read(RequestJson.parse(ctx.bodyAsBytes()), fid, c.definition(),
        reader(ctx, c));
    write(ctx, c, fid, change);
  }

  void delete(Context ctx) {
    OgcApiService.checkOnly(ctx, List.of());
    Collection c = writable(ctx);
    String fid = ctx.pathParam("featureId");
    write(ctx, c, fid, new FeatureChange.Delete(fid));
  }

  /** Applies one change to feature {@code fid}, conditionally on If-Match; answers 204 with the new tag, if any. */
  private void write(Context ctx, Collection c, String fid, FeatureChange change) {
    Optional<String> ifMatch = Optional.ofNullable(ctx.header("If-Match")).filter(s -> !s.isBlank());
    Principal who = Security.principal(ctx);
    Optional<String> etag;
    try {
      etag = edits.locked(c.id(), () -> {
        edits.apply(who, ctx.ip(), c.id(), List.of(change), ifMatch.map(m -> Map.of(fid, m)).orElse(Map.of()), VIA);
        return c.store().byId(fid).map(FeatureEtags::of);
      });
    } catch (FeatureNotFoundException e) {
      if (ifMatch.isPresent()) {
        throw new EditConflictException("feature '" + ApiCrs.abbreviate(fid) + "' of collection '" + c.id()
            + "' does not exist, so If-Match " + ApiCrs.abbreviate(ifMatch.get()) + " cannot match");
      }
      throw e;
    }
    etag.ifPresent(t -> ctx.header("ETag", t));
    ctx.status(204);
  }

  /** The collection, once the asker may write it: 404 unknown, 401/403 (audited) not allowed. */
  private Collection writable(Context ctx) {
    Collection c = api.collection(ctx.pathParam("collectionId"));
    edits.writable(Security.principal(ctx), ctx.ip(), c.id(), VIA);
    return c;
  }

  private GeoJsonFeatureReader reader(Context ctx, Collection c) {
    return new GeoJsonFeatureReader(c.id(), ContentCrs.toNative(ContentCrs.of(ctx, crs), crs, transforms,
        c.definition().nativeSrid()));
  }

  /**
   * Refuses a body without a Content-Type (400) or of another type (415, naming the accepted ones, also in the
   * {@code acceptHeader} response header when given).
   */
  private static void contentType(Context ctx, List<String> accepted, String acceptHeader) {
    String ct = ctx.header("Content-Type");
    if (ct == null || ct.isBlank()) {
      throw new HttpResponseException(400, "the request has no Content-Type header: send " + accepted.get(0));
    }
    String type = ct.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!accepted.contains(type)) {
      if (acceptHeader != null) {
        ctx.header(acceptHeader, String.join(", ", accepted));
      }
      throw new HttpResponseException(415, "Content-Type " + ApiCrs.abbreviate(type) + " is not accepted here; send "
          + String.join(" or ", accepted));
    }
  }
}
