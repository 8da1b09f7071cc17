package org.smartland.server.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (an API key's user, or an IP address): {@code perMinute} requests a minute sustained, bursts of
 * {@code burst}. {@link #tryAcquire} answers how long to wait when the bucket is empty. Buckets idle for ten minutes
 * are forgotten.
 */
public final class RateLimiter {
  private static final long IDLE_NANOS = 600_000_000_000L;

  private final double perNano;
  private final double burst;
  private final LongSupplier nanos;
  private final Map<String, double[]> buckets = new ConcurrentHashMap<>();
  private volatile long lastSweep;

  public RateLimiter(int perMinute, int burst, LongSupplier nanos) {
    this.perNano = perMinute / 60e9;
    this.burst = Math.max(1, burst);
    this.nanos = nanos;
    this.lastSweep = nanos.getAsLong();
  }

  /** 0 when the request may go; otherwise the seconds to wait before the next one would (at least 1). */
  public long tryAcquire(String key) {
    long now = nanos.getAsLong();
    sweep(now);
    double[] b = buckets.computeIfAbsent(key, k -> new double[] {burst, now});
    synchronized (b) {
      b[0] = Math.min(burst, b[0] + (now - (long) b[1]) * perNano);
      b[1] = now;
      if (b[0] >= 1) {
        b[0] -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - b[0]) / perNano / 1e9));
    }
  }

  private void sweep(long now) {
    if (now - lastSweep > IDLE_NANOS) {
      lastSweep = now;
      buckets.entrySet().removeIf(e -> now - (long) e.getValue()[1] > IDLE_NANOS);
    }
  }
}
