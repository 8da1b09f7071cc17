package org.smartland.server.wfs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.InvalidQueryException;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.WriteResult;
import org.smartland.server.edit.LayerEdits;
import org.smartland.server.edit.Problem;
import org.smartland.server.edit.RejectedEditException;
import org.smartland.server.ogc.OgcException;
import org.smartland.server.security.Principal;

/**
 * Carries out a Transaction through the one write path, {@link LayerEdits}: first the writer's right on the layer
 * (401/403 before anything about the data is revealed), then, under the layer's write lock, the features each filter
 * selects, and then every change of every action in one {@link LayerEdits#apply} call — checked and written all
 * together or not at all, and audited as {@code wfs-t}. Problems the checks find are reported by the feature's place
 * in the request.
 */
final class TransactionExecutor {
  static final String VIA = "wfs-t";

  private final LayerEdits edits;
  private final WfsLimits limits;

  TransactionExecutor(LayerEdits edits, WfsLimits limits) {
    this.edits = edits;
    this.limits = limits;
  }

  /**
   * @throws org.smartland.server.security.AccessDeniedException when {@code who} may not write the type
   * @throws RejectedTransactionException listing every feature that does not fit
   * @throws OgcException 404 NotFound when a ResourceId names no feature
   */
  TransactionResult run(TransactionRequest r, Principal who, String ip) {
    if (r.type().isEmpty()) {
      return TransactionResult.NOTHING;
    }
    FeatureType t = r.type().get();
    edits.writable(who, ip, t.name(), VIA);
    return edits.locked(t.name(), () -> write(r, t, who, ip));
  }

  /** The changes of every action, with what each change is called in messages. */
  private static final class Plan {
    final List<FeatureChange> changes = new ArrayList<>();
    final List<String> labels = new ArrayList<>();
    final List<String> locators = new ArrayList<>();
    final List<TransactionResult.Written> inserted = new ArrayList<>();
    final List<TransactionResult.Written> updated = new ArrayList<>();
    final List<TransactionResult.Written> replaced = new ArrayList<>();
    int deleted;

    void add(FeatureChange c, String label, String locator) {
      changes.add(c);
      labels.add(label);
      locators.add(locator);
    }
  }

  private TransactionResult write(TransactionRequest r, FeatureType t, Principal who, String ip) {
    Plan plan = new Plan();
    List<TransactionAction> actions = r.actions();
    for (int i = 0; i < actions.size(); i++) {
      TransactionAction a = actions.get(i);
      int number = i + 1;
      String label = TransactionAction.label(a.kind(), a.handle(), number);
      String locator = a.handle().orElse(label);
      if (a instanceof TransactionAction.Insert ins) {
        for (int n = 0; n < ins.features().size(); n++) {
          plan.add(new FeatureChange.Insert(ins.features().get(n)), "feature " + (n + 1) + " of " + label, locator);
        }
      } else if (a instanceof TransactionAction.Update up) {
        for (String id : select(t, up.filter(), label, plan)) {
          plan.add(new FeatureChange.Update(id, up.properties(), up.geometry()), label + " of " + ResourceIds.of(t, id),
              locator);
          plan.updated.add(new TransactionResult.Written(ResourceIds.of(t, id), number, a.handle()));
        }
      } else if (a instanceof TransactionAction.Replace rep) {
        for (String id : select(t, rep.filter(), label, plan)) {
          plan.add(new FeatureChange.Replace(id, rep.feature()), label + " of " + ResourceIds.of(t, id), locator);
          plan.replaced.add(new TransactionResult.Written(ResourceIds.of(t, id), number, a.handle()));
        }
      } else if (a instanceof TransactionAction.Delete del) {
        for (String id : select(t, del.filter(), label, plan)) {
          plan.add(new FeatureChange.Delete(id), label + " of " + ResourceIds.of(t, id), locator);
          plan.deleted++;
        }
      }
    }
    WriteResult written;
    try {
      written = edits.apply(who, ip, t.name(), plan.changes, Map.of(), VIA);
    } catch (RejectedEditException e) {
      throw rejected(t, plan, e);
    }
    int k = 0;
    for (int i = 0; i < actions.size(); i++) {
      if (actions.get(i) instanceof TransactionAction.Insert ins) {
        for (int n = 0; n < ins.features().size(); n++) {
          plan.inserted.add(new TransactionResult.Written(ResourceIds.of(t, written.insertedIds().get(k++)), i + 1,
              ins.handle()));
        }
      }
    }
    return new TransactionResult(plan.inserted, plan.updated, plan.replaced, plan.deleted);
  }

  /**
   * The ids of the features a filter selects, at most as many as a Transaction may write; every id a ResourceId names
   * must exist (404 NotFound otherwise).
   */
  private List<String> select(FeatureType t, Filter filter, String label, Plan plan) {
    int room = limits.maxTransactionFeatures() - plan.changes.size();
    FeatureQuery q = FeatureQuery.all().withFilter(filter).withoutGeometry().withPage(0, Math.max(0, room) + 1);
    List<String> ids;
    try (Stream<Feature> features = t.store().query(q)) {
      ids = features.map(f -> f.id().orElseThrow()).toList();
    } catch (InvalidQueryException e) {
      throw OgcException.invalid("Filter", label + ": " + e.getMessage());
    }
    if (ids.size() > room) {
      throw OgcException.invalid("Filter", label + " selects more features than a Transaction may write ("
          + limits.maxTransactionFeatures() + "); narrow its Filter");
    }
    if (filter instanceof Filter.ResourceIds named) {
      Set<String> missing = new LinkedHashSet<>(named.ids());
      ids.forEach(missing::remove);
      if (!missing.isEmpty()) {
        throw new OgcException(404, WfsService.NOT_FOUND, "ResourceId", label + ": there is no feature "
            + String.join(", ", missing.stream().limit(10).map(id -> ResourceIds.of(t, id)).toList()));
      }
    }
    return ids;
  }

  private static RejectedTransactionException rejected(FeatureType t, Plan plan, RejectedEditException e) {
    List<String> problems = new ArrayList<>();
    Optional<String> locator = Optional.empty();
    for (Problem p : e.problems()) {
      int i = (int) p.feature() - 1;
      boolean known = i >= 0 && i < plan.labels.size();
      if (known && locator.isEmpty()) {
        locator = Optional.of(plan.locators.get(i));
      }
      problems.add((known ? plan.labels.get(i) : "the Transaction") + (p.field().isEmpty() ? "" : " [" + p.field() + "]")
          + ": " + p.message());
    }
    return new RejectedTransactionException(WfsCatalog.PREFIX + ":" + t.name(), locator.orElse(null), problems);
  }
}
