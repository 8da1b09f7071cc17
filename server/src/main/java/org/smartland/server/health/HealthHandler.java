package org.smartland.server.health;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.StoreStatus;

/**
 * Probes each store now and answers {@code {status: "ok"|"unavailable", territory, stores: [...]}}: 200 when
 * every store answered, 503 when one did not. The server keeps running either way; the stores' pools
 * reconnect by themselves, so the next probe after an outage turns green again.
 */
public final class HealthHandler implements Handler {
  private final String territory;
  private final List<FeatureDatabase> databases;

  public HealthHandler(String territory, List<FeatureDatabase> databases) {
    this.territory = territory;
    this.databases = List.copyOf(databases);
  }

  @Override
  public void handle(Context ctx) {
    List<StoreStatus> statuses = databases.stream().map(FeatureDatabase::status).toList();
    boolean ok = statuses.stream().allMatch(StoreStatus::available);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", ok ? "ok" : "unavailable");
    body.put("territory", territory);
    body.put("stores", statuses.stream().map(s -> Map.of(
        "type", s.type(), "location", s.location(), "available", s.available(), "message", s.message())).toList());
    ctx.header("Cache-Control", "no-store");
    ctx.status(ok ? 200 : 503).json(body);
  }
}
