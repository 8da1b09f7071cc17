package org.smartland.server.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureNotFoundException;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.InvalidFeatureException;
import org.smartland.layers.store.WriteResult;
import org.smartland.server.TerritoryLayers;
import org.smartland.server.security.AccessDeniedException;
import org.smartland.server.security.AuditLog;
import org.smartland.server.security.LayerAccess;
import org.smartland.server.security.Principal;

/**
 * The one write path of the services (OGC API - Features Part 4, WFS-T, uploads, restores): checks the writer's right
 * on the layer, checks every feature ({@link FeatureChecks}), applies the changes through the layer's
 * {@link FeatureStore} in one transaction, and writes the audit log, whatever the outcome. Writes to one layer are
 * serialized, so that a conditional write ({@code If-Match}) compares and writes with nobody in between. Caches and
 * tiles follow through the store's change listeners.
 */
public final class LayerEdits {
  private final TerritoryLayers territory;
  private final LayerAccess access;
  private final AuditLog audit;
  private final FeatureChecks checks;
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

  public LayerEdits(TerritoryLayers territory, LayerAccess access, AuditLog audit, FeatureChecks checks) {
    this.territory = territory;
    this.access = access;
    this.audit = audit;
    this.checks = checks;
  }

  public LayerAccess access() {
    return access;
  }

  public FeatureChecks checks() {
    return checks;
  }

  /**
   * Applies the changes (geometries in the layer's native CRS) all together or not at all.
   *
   * @param ifMatch for conditional writes, the entity tag each feature id must still have ({@link FeatureEtags})
   * @param via     the service, for the audit: {@code ogcapi}, {@code wfs-t}, ...
   * @throws AccessDeniedException     when {@code who} may not write the layer
   * @throws UnknownLayerException     when the layer is not served
   * @throws RejectedEditException     listing every feature that does not fit
   * @throws FeatureNotFoundException  when an update, replace or delete names a missing feature
   * @throws EditConflictException     when a feature's tag no longer matches
   */
  public WriteResult apply(Principal who, String ip, String layer, List<FeatureChange> changes, Map<String, String> ifMatch,
                           String via) {
    FeatureStore store = writable(who, ip, layer, via);
    LayerDefinition def = territory.catalog().layer(layer).orElseThrow(() -> new UnknownLayerException(layer));
    List<String> required = access.rule(layer).required();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      long n = i + 1;
      FeatureChange c = changes.get(i);
      if (c instanceof FeatureChange.Insert ins) {
        problems.addAll(checks.ofFeature(n, def, required, ins.feature().geometry().orElse(null), ins.feature().properties()));
      } else if (c instanceof FeatureChange.Replace rep) {
        problems.addAll(checks.ofFeature(n, def, required, rep.feature().geometry().orElse(null), rep.feature().properties()));
      } else if (c instanceof FeatureChange.Update up) {
        up.geometry().ifPresent(g -> problems.addAll(checks.ofGeometry(n, def, g)));
        problems.addAll(checks.ofProperties(n, def, up.properties()));
        for (String r : required) {
          if (up.properties().containsKey(r) && (up.properties().get(r) == null || up.properties().get(r).toString().isBlank())) {
            problems.add(new Problem(n, r, "is required"));
          }
        }
      }
    }
    String what = summary(changes);
    if (!problems.isEmpty()) {
      audit.record(who, ip, "write", layer, "rejected", via + ": " + what + "; " + problems.size() + " problem(s): "
          + problems.stream().limit(5).map(Problem::toString).collect(Collectors.joining("; ")));
      throw new RejectedEditException(layer, problems);
    }
    return locked(layer, () -> {
      for (Map.Entry<String, String> e : ifMatch.entrySet()) {
        Optional<Feature> now = store.byId(e.getKey());
        if (now.isEmpty()) {
          audit.record(who, ip, "write", layer + "/" + e.getKey(), "rejected", via + ": no such feature");
          throw new FeatureNotFoundException(layer, e.getKey());
        }
        if (!FeatureEtags.matches(e.getValue(), FeatureEtags.of(now.get()))) {
          audit.record(who, ip, "write", layer + "/" + e.getKey(), "conflict", via + ": If-Match " + e.getValue()
              + " is not the feature's current tag");
          throw new EditConflictException("feature '" + e.getKey() + "' of layer '" + layer
              + "' changed since you read it (If-Match " + e.getValue() + " does not match its current tag "
              + FeatureEtags.of(now.get()) + "); read it again and reapply your change");
        }
      }
      try {
        WriteResult r = store.write(changes);
        audit.record(who, ip, "write", layer, "ok", via + ": " + r.insertedIds().size() + " inserted"
            + (r.insertedIds().isEmpty() ? "" : " (" + String.join(", ", r.insertedIds().stream().limit(50).toList()) + ")")
            + ", " + r.updated() + " updated, " + r.deleted() + " deleted" + ids(changes));
        return r;
      } catch (InvalidFeatureException | FeatureNotFoundException e) {
        audit.record(who, ip, "write", layer, "rejected", via + ": " + what + ": " + e.getMessage());
        throw e;
      }
    });
  }

  /**
   * Replaces every feature of the layer (already checked by the caller) in one transaction, under the layer's lock.
   *
   * @param action for the audit: {@code upload}, {@code restore}
   */
  public long replaceAll(Principal who, String ip, String layer, List<Feature> features, String action, String detail) {
    FeatureStore store = writable(who, ip, layer, action);
    return locked(layer, () -> {
      long n = store.replaceAll(features.stream());
      audit.record(who, ip, action, layer, "ok", detail + "; " + n + " features");
      return n;
    });
  }

  /**
   * Runs {@code work} holding the layer's write lock: no write through this class happens to the layer meanwhile.
   */
  public <T> T locked(String layer, Supplier<T> work) {
    ReentrantLock lock = locks.computeIfAbsent(layer, k -> new ReentrantLock());
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The layer's store, once {@code who} is known to be allowed to write it.
   *
   * @throws AccessDeniedException (audited) or {@link UnknownLayerException}
   */
  public FeatureStore writable(Principal who, String ip, String layer, String via) {
    FeatureStore store = territory.store(layer).orElseThrow(() -> new UnknownLayerException(layer));
    try {
      access.checkWrite(who, layer);
    } catch (AccessDeniedException e) {
      audit.record(who, ip, via, layer, "denied", e.getMessage());
      throw e;
    }
    return store;
  }

  private static String summary(List<FeatureChange> changes) {
    Map<String, Integer> n = new LinkedHashMap<>();
    for (FeatureChange c : changes) {
      n.merge(c.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
    }
    return n.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
  }

  private static String ids(List<FeatureChange> changes) {
    List<String> ids = new ArrayList<>();
    for (FeatureChange c : changes) {
      if (c instanceof FeatureChange.Update u) {
        ids.add("~" + u.id());
      } else if (c instanceof FeatureChange.Replace r) {
        ids.add("=" + r.id());
      } else if (c instanceof FeatureChange.Delete d) {
        ids.add("-" + d.id());
      }
    }
    return ids.isEmpty() ? "" : " [" + String.join(" ", ids.stream().limit(50).toList()) + "]";
  }
}
