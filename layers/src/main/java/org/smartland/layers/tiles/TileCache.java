package org.smartland.layers.tiles;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A bounded in-memory cache of encoded tiles, computing each missing tile once.
 *
 * <p>Method: finished tiles sit in an LRU map whose size is counted in bytes ({@link Tile}'s MVT and gzip
 * arrays plus a small allowance); adding a tile evicts the least recently used ones until the total fits
 * {@code maxBytes}, and a tile larger than the whole cache is served but not kept. A miss registers a
 * future for its key: concurrent requests for the same key wait for that one computation and get its
 * result, or its exception. Failures are not kept: the next request computes again.
 *
 * <p>{@link #invalidate(String)} drops a tile set's tiles when its data changes. A computation that was
 * running meanwhile may have read the old data: its result still answers the requests that were waiting
 * for it, but is not cached, and requests arriving after the invalidation start a fresh computation.
 * Thread-safe. The computation must not ask the cache for its own key (it would wait for itself).
 */
public final class TileCache {
  /** Counters for metrics: hits, computations started, tiles held and their bytes. */
  public record Stats(long hits, long computations, int tiles, long bytes) {
  }

  /** When a computation started: the global and the tile set's invalidation counts. */
  private record Stamp(long epoch, long generation) {
  }

  private final long maxBytes;
  private final LinkedHashMap<TileKey, Tile> tiles = new LinkedHashMap<>(256, 0.75f, true);
  private final Map<String, Long> generations = new HashMap<>();
  private final ConcurrentHashMap<TileKey, CompletableFuture<Tile>> running = new ConcurrentHashMap<>();
  private long bytes;
  private long epoch;
  private long hits;
  private long computations;

  /** A cache holding at most {@code maxBytes} of tiles (0 keeps none, but still computes each key once). */
  public TileCache(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("a cache size must not be negative");
    }
    this.maxBytes = maxBytes;
  }

  /**
   * The cached tile, else the tile of the bytes {@code compute} returns, computed once however many threads
   * ask at the same time.
   *
   * @throws RuntimeException whatever the computation threw (also to the requests that waited for it)
   */
  public Tile get(TileKey key, Supplier<byte[]> compute) {
    Tile hit = cached(key);
    if (hit != null) {
      return hit;
    }
    CompletableFuture<Tile> mine = new CompletableFuture<>();
    CompletableFuture<Tile> other = running.putIfAbsent(key, mine);
    if (other != null) {
      return await(other);
    }
    try {
      Stamp stamp;
      synchronized (this) {
        Tile done = tiles.get(key);
        if (done != null) {
          mine.complete(done);
          return done;
        }
        stamp = stamp(key.tilesetId());
        computations++;
      }
      Tile tile = Tile.of(Objects.requireNonNull(compute.get(), "the tile computation returned null"));
      keep(key, tile, stamp);
      mine.complete(tile);
      return tile;
    } catch (Throwable e) {
      // whatever the computation throws, the waiting requests must not wait forever
      mine.completeExceptionally(e);
      throw e;
    } finally {
      running.remove(key, mine);
    }
  }

  /** Drops the tiles of a tile set; computations running for it will not be cached. */
  public void invalidate(String tilesetId) {
    synchronized (this) {
      generations.merge(tilesetId, 1L, Long::sum);
      Iterator<Map.Entry<TileKey, Tile>> it = tiles.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<TileKey, Tile> e = it.next();
        if (e.getKey().tilesetId().equals(tilesetId)) {
          bytes -= e.getValue().weight();
          it.remove();
        }
      }
    }
    running.keySet().removeIf(k -> k.tilesetId().equals(tilesetId));
  }

  /** Drops every tile; no computation running now will be cached. */
  public void invalidateAll() {
    synchronized (this) {
      epoch++;
      tiles.clear();
      bytes = 0;
    }
    running.clear();
  }

  public synchronized Stats stats() {
    return new Stats(hits, computations, tiles.size(), bytes);
  }

  private synchronized Tile cached(TileKey key) {
    Tile t = tiles.get(key);
    if (t != null) {
      hits++;
    }
    return t;
  }

  private synchronized void keep(TileKey key, Tile tile, Stamp stamp) {
    if (!stamp.equals(stamp(key.tilesetId())) || tile.weight() > maxBytes) {
      return;
    }
    Tile old = tiles.put(key, tile);
    bytes += tile.weight() - (old == null ? 0 : old.weight());
    Iterator<Tile> eldest = tiles.values().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      bytes -= eldest.next().weight();
      eldest.remove();
    }
  }

  private Stamp stamp(String tilesetId) {
    return new Stamp(epoch, generations.getOrDefault(tilesetId, 0L));
  }

  private static Tile await(CompletableFuture<Tile> computation) {
    try {
      return computation.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("tile computation failed", cause);
    } catch (CancellationException e) {
      throw new IllegalStateException("tile computation cancelled", e);
    }
  }
}
