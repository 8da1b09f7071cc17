package org.smartland.layers.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TileCacheTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private static TileKey key(String tileset, int col) {
    return new TileKey(tileset, "WebMercatorQuad", 14, 5863, col);
  }

  private static byte[] bytes(int n, int fill) {
    byte[] b = new byte[n];
    java.util.Arrays.fill(b, (byte) fill);
    return b;
  }

  @Test
  void eight_threads_racing_on_a_missing_key_share_one_computation() throws Exception {
    TileCache cache = new TileCache(1 << 20);
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Tile>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return cache.get(key("all", 1), () -> {
          runs.incrementAndGet();
          sleep(200);
          return bytes(100, 1);
        });
      }));
    }
    start.countDown();
    Tile first = results.get(0).get(10, TimeUnit.SECONDS);
    for (Future<Tile> r : results) {
      assertSame(first, r.get(10, TimeUnit.SECONDS));
    }
    assertEquals(1, runs.get());
    assertSame(first, cache.get(key("all", 1), () -> {
      throw new AssertionError("cached tiles are not computed again");
    }));
    assertEquals(1, cache.stats().computations());
  }

  @Test
  void the_least_recently_used_tiles_go_when_the_bytes_exceed_the_limit() {
    long one = Tile.of(bytes(1000, 1)).weight();
    TileCache cache = new TileCache(2 * one + 10);
    AtomicInteger runs = new AtomicInteger();
    cache.get(key("a", 1), () -> count(runs, bytes(1000, 1)));
    cache.get(key("a", 2), () -> count(runs, bytes(1000, 2)));
    cache.get(key("a", 1), () -> count(runs, bytes(1000, 1)));
    cache.get(key("a", 3), () -> count(runs, bytes(1000, 3)));
    assertEquals(3, runs.get());
    assertEquals(2, cache.stats().tiles());
    cache.get(key("a", 1), () -> count(runs, bytes(1000, 1)));
    assertEquals(3, runs.get());
    cache.get(key("a", 2), () -> count(runs, bytes(1000, 2)));
    assertEquals(4, runs.get());
    assertTrue(cache.stats().bytes() <= 2 * one + 10);
    // a tile larger than the whole cache is served, not kept
    Tile big = cache.get(key("a", 9), () -> bytes(100_000, 7));
    assertEquals(100_000, big.mvt().length);
    assertEquals(2, cache.stats().tiles());
  }

  @Test
  void invalidation_drops_one_tileset_or_all() {
    TileCache cache = new TileCache(1 << 20);
    AtomicInteger runs = new AtomicInteger();
    cache.get(key("buildings", 1), () -> count(runs, bytes(10, 1)));
    cache.get(key("roads", 1), () -> count(runs, bytes(10, 2)));
    cache.invalidate("buildings");
    cache.get(key("buildings", 1), () -> count(runs, bytes(10, 1)));
    cache.get(key("roads", 1), () -> count(runs, bytes(10, 2)));
    assertEquals(3, runs.get());
    cache.invalidateAll();
    assertEquals(0, cache.stats().tiles());
    assertEquals(0, cache.stats().bytes());
    cache.get(key("roads", 1), () -> count(runs, bytes(10, 2)));
    assertEquals(4, runs.get());
  }

  @Test
  void a_tile_computed_while_its_tileset_was_invalidated_is_served_but_not_kept() {
    TileCache cache = new TileCache(1 << 20);
    AtomicInteger runs = new AtomicInteger();
    cache.get(key("buildings", 1), () -> {
      cache.invalidate("buildings");
      return count(runs, bytes(10, 1));
    });
    cache.get(key("buildings", 1), () -> count(runs, bytes(10, 1)));
    assertEquals(2, runs.get());
    cache.get(key("buildings", 1), () -> count(runs, bytes(10, 1)));
    assertEquals(2, runs.get());
  }

  @Test
  void failures_reach_every_waiting_request_and_are_not_cached() throws Exception {
    TileCache cache = new TileCache(1 << 20);
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Tile>> results = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return cache.get(key("all", 1), () -> {
          runs.incrementAndGet();
          sleep(200);
          throw new IllegalStateException("store down");
        });
      }));
    }
    start.countDown();
    for (Future<Tile> r : results) {
      Exception e = assertThrows(java.util.concurrent.ExecutionException.class, () -> r.get(10, TimeUnit.SECONDS));
      assertEquals("store down", e.getCause().getMessage());
    }
    assertEquals(1, runs.get());
    Tile t = cache.get(key("all", 1), () -> count(runs, bytes(10, 1)));
    assertEquals(2, runs.get());
    assertEquals(10, t.mvt().length);
    assertThrows(NullPointerException.class, () -> cache.get(key("all", 2), () -> null));
  }

  @Test
  void tiles_carry_a_strong_etag_and_their_gzipped_bytes() throws IOException {
    Tile a = Tile.of(bytes(5000, 3));
    assertTrue(a.etag().matches("\"[A-Za-z0-9_-]{43}\""), a.etag());
    assertEquals(a.etag(), Tile.of(bytes(5000, 3)).etag());
    assertNotEquals(a.etag(), Tile.of(bytes(5000, 4)).etag());
    assertNotEquals(a.etag(), a.gzippedEtag());
    assertTrue(a.gzippedEtag().startsWith("\"") && a.gzippedEtag().endsWith("-gzip\""));
    assertTrue(a.gzipped().length < a.mvt().length);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(a.gzipped()))) {
      assertArrayEquals(a.mvt(), in.readAllBytes());
    }
    Tile empty = Tile.of(new byte[0]);
    assertTrue(empty.isEmpty());
    assertEquals(0, empty.gzipped().length);
  }

  private static byte[] count(AtomicInteger runs, byte[] b) {
    runs.incrementAndGet();
    return b;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
