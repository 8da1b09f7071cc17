package org.smartland.server.uploads;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureStore;
import org.smartland.server.TerritoryLayers;
import org.smartland.server.edit.LayerEdits;
import org.smartland.server.edit.UnknownLayerException;
import org.smartland.server.security.Principal;

/**
 * Versioned replacement of a layer's content: an accepted upload or a restore replaces every feature in one transaction
 * ({@link LayerEdits#replaceAll}) and becomes the layer's next version, with a snapshot of what the layer then holds.
 * Everything happens under the layer's write lock ({@link LayerEdits#locked}), so no transaction writes between the
 * check, the replacement and the snapshot. Before replacing, when the layer no longer matches its last version (a
 * transaction changed it since), its current content is first recorded as a version of its own, "edits since version
 * n", so that no replacement ever loses work; the same for a layer's content before its first upload.
 */
public final class LayerVersions {
  private final Path dir;
  private final TerritoryLayers territory;
  private final LayerEdits edits;
  private final Clock clock;

  /** @param dir where the versions live: a folder per layer */
  public LayerVersions(Path dir, TerritoryLayers territory, LayerEdits edits, Clock clock) {
    this.dir = dir;
    this.territory = territory;
    this.edits = edits;
    this.clock = clock;
  }

  /** The layer's versions, oldest first. */
  public List<LayerVersion> list(String layer) {
    return history(layer).versions();
  }

  /** Whether the layer's content differs from its last version (always true for a layer with content and no version). */
  public boolean changedSinceLast(String layer) {
    FeatureStore store = territory.store(layer).orElseThrow(() -> new UnknownLayerException(layer));
    LayerSnapshots.Content now = LayerSnapshots.fingerprint(store);
    return history(layer).last().map(v -> !v.fingerprint().equals(now.fingerprint())).orElse(now.features() > 0);
  }

  /**
   * Replaces the layer's features with the upload's (checked already), as a new version.
   *
   * @throws org.smartland.server.security.AccessDeniedException when {@code who} may not write the layer (audited)
   */
  public LayerVersion upload(Principal who, String ip, String layer, List<Feature> features, FileSummary file,
                             String uploadId, String note) {
    FeatureStore store = edits.writable(who, ip, layer, "upload");
    return edits.locked(layer, () -> {
      LayerHistory history = history(layer);
      recordEdits(history, store, who, "upload");
      edits.replaceAll(who, ip, layer, features, "upload", "upload " + uploadId + " of '" + file.name() + "' ("
          + file.format() + ", " + file.size() + " bytes, sha256 " + file.sha256() + ") as version " + history.next());
      return record(history, store, n -> new LayerVersion(n, "upload", "upload of " + (file.name().isEmpty()
          ? "an unnamed " + file.format() : file.name()), clock.instant(),
          who.user(), Optional.of(uploadId), Optional.of(file), 0, note, Optional.empty(), ""));
    });
  }

  /**
   * Makes the layer equal to version {@code n} again (features, values, geometries and ids), as a new version.
   *
   * @throws VersionNotFoundException when the layer has no version {@code n}
   * @throws org.smartland.server.security.AccessDeniedException when {@code who} may not write the layer (audited)
   */
  public LayerVersion restore(Principal who, String ip, String layer, int n, String note) {
    FeatureStore store = edits.writable(who, ip, layer, "restore");
    LayerDefinition def = territory.catalog().layer(layer).orElseThrow(() -> new UnknownLayerException(layer));
    return edits.locked(layer, () -> {
      LayerHistory history = history(layer);
      if (history.version(n).isEmpty()) {
        throw new VersionNotFoundException(layer, n);
      }
      List<Feature> features;
      try {
        features = LayerSnapshots.read(history.snapshot(n), def);
      } catch (UncheckedIOException e) {
        throw new VersionNotFoundException("version " + n + " of layer '" + layer + "' cannot be restored: "
            + e.getMessage());
      }
      recordEdits(history, store, who, "restore");
      edits.replaceAll(who, ip, layer, features, "restore", "restore of version " + n + " as version " + history.next());
      return record(history, store, next -> new LayerVersion(next, "restore", "restore of " + n, clock.instant(),
          who.user(), Optional.empty(), Optional.empty(), 0, note, Optional.of(n), ""));
    });
  }

  /** Records the layer's current content as a version when it differs from the last one. */
  private void recordEdits(LayerHistory history, FeatureStore store, Principal who, String before) {
    Optional<LayerVersion> last = history.last();
    LayerSnapshots.Content now = LayerSnapshots.fingerprint(store);
    if (last.isEmpty() && now.features() > 0) {
      record(history, store, n -> new LayerVersion(n, "initial", "the layer before its first upload", clock.instant(),
          who.user(), Optional.empty(), Optional.empty(), 0, "recorded before the " + before + " by " + who.user(),
          Optional.empty(), ""));
    } else if (last.isPresent() && !last.get().fingerprint().equals(now.fingerprint())) {
      int since = last.get().version();
      record(history, store, n -> new LayerVersion(n, "edits", "edits since version " + since, clock.instant(),
          who.user(), Optional.empty(), Optional.empty(), 0, "recorded before the " + before + " by " + who.user(),
          Optional.empty(), ""));
    }
  }

  /** Writes the snapshot of the layer as it is now, then adds the version with its count and fingerprint. */
  private LayerVersion record(LayerHistory history, FeatureStore store, IntFunction<LayerVersion> make) {
    history.ensureExists();
    int n = history.next();
    LayerSnapshots.Content content = LayerSnapshots.write(store, history.snapshot(n));
    LayerVersion v = make.apply(n);
    LayerVersion done = new LayerVersion(v.version(), v.kind(), v.title(), v.at(), v.user(), v.uploadId(), v.file(),
        content.features(), v.note(), v.restoredFrom(), content.fingerprint());
    history.append(done);
    return done;
  }

  private LayerHistory history(String layer) {
    if (territory.catalog().layer(layer).isEmpty()) {
      throw new UnknownLayerException(layer);
    }
    return new LayerHistory(dir.resolve(layer));
  }
}
