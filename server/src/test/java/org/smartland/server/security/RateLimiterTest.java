package org.smartland.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  @Test
  void a_burst_passes_then_one_request_per_interval_each_key_apart() {
    AtomicLong now = new AtomicLong();
    RateLimiter limiter = new RateLimiter(60, 3, now::get);
    for (int i = 0; i < 3; i++) {
      assertEquals(0, limiter.tryAcquire("ip:a"), "burst " + i);
    }
    long wait = limiter.tryAcquire("ip:a");
    assertEquals(1, wait, "60 a minute: wait one second");
    assertEquals(0, limiter.tryAcquire("ip:b"), "other keys are not affected");
    now.addAndGet(1_000_000_000L);
    assertEquals(0, limiter.tryAcquire("ip:a"));
    assertTrue(limiter.tryAcquire("ip:a") > 0);
    now.addAndGet(60_000_000_000L);
    for (int i = 0; i < 3; i++) {
      assertEquals(0, limiter.tryAcquire("ip:a"), "refilled, never beyond the burst " + i);
    }
    assertTrue(limiter.tryAcquire("ip:a") > 0);
  }
}
