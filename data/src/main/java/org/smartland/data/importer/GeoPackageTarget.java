package org.smartland.data.importer;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;

/**
 * Publishes a GeoPackage file. The build goes to a hidden temporary file in the same directory
 * ({@code .<name>.<pid>-<n>.importing}); publishing closes it and renames it over the target with
 * {@code ATOMIC_MOVE, REPLACE_EXISTING}, so the target is at every moment either the old file or the new one.
 * An unpublished build is closed and its temporary file (and SQLite journal) deleted.
 */
public final class GeoPackageTarget implements ImportTarget {
  private final Path target;
  private final CrsTransforms crs;

  public GeoPackageTarget(Path target, CrsTransforms crs) {
    this.target = target.toAbsolutePath().normalize();
    this.crs = crs;
  }

  @Override
  public String description() {
    return target.toString();
  }

  @Override
  public StagedBuild stage() {
    Path dir = target.getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new ImportException("cannot create directory " + dir + ": " + e.getMessage(), e);
    }
    Path temp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime()
        + ".importing");
    return new Build(temp, GeoPackageDatabase.create(temp, crs));
  }

  private final class Build extends OnceStagedBuild {
    private final Path temp;
    private final GeoPackageDatabase db;

    Build(Path temp, GeoPackageDatabase db) {
      this.temp = temp;
      this.db = db;
    }

    @Override
    public FeatureDatabase database() {
      return db;
    }

    @Override
    protected void doPublish() {
      db.close();
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new ImportException("cannot replace " + target + " atomically (" + e.getMessage() + ")", e);
      } catch (IOException e) {
        throw new ImportException("cannot move the new GeoPackage to " + target + ": " + e.getMessage(), e);
      }
    }

    @Override
    protected void discard() {
      try {
        db.close();
      } catch (RuntimeException e) {
        // the build failed already; closing is best effort
      }
      for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
        try {
          Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
        } catch (IOException e) {
          // nothing else to do: the file is hidden and named as a leftover of an import
        }
      }
    }
  }
}
