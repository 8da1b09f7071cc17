package org.smartland.server.ogcapi;

import io.javalin.http.Context;
import java.util.List;
import org.smartland.server.security.LayerAccess;
import org.smartland.server.security.Principal;
import org.smartland.server.security.Security;

/**
 * Which collections the asker of a request may see. A private layer ({@code access: {read: private}}) is absent from
 * every list for those who may not read it, and its own resources answer 401 (nobody signed in) or 403; readers who
 * may read it see it as any other. Lists and tiles of several collections are made of the readable ones only, so a
 * private layer's features never reach someone who may not read them by a side door.
 */
final class CollectionAccess {
  private final ServedCollections collections;
  private final LayerAccess access;

  CollectionAccess(ServedCollections collections, LayerAccess access) {
    this.collections = collections;
    this.access = access;
  }

  LayerAccess rules() {
    return access;
  }

  /**
   * The collection of that id, once the asker may read it; a private one's answers are marked for no shared cache.
   *
   * @throws io.javalin.http.NotFoundResponse for an unknown id
   * @throws org.smartland.server.security.AccessDeniedException 401 or 403 for a private collection
   */
  Collection readable(Context ctx, String id) {
    Collection c = collections.get(id);
    access.checkRead(Security.principal(ctx), c.id());
    if (isPrivate(c)) {
      ctx.header("Cache-Control", "private");
    }
    return c;
  }

  /** The collections the asker may read, in catalog order. */
  List<Collection> visible(Context ctx) {
    Principal who = Security.principal(ctx);
    return collections.all().values().stream().filter(c -> access.canRead(who, c.id())).toList();
  }

  boolean isPrivate(Collection c) {
    return access.rule(c.id()).privateLayer();
  }
}
