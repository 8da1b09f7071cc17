package org.smartland.server;

import java.nio.file.Path;
import java.util.Map;

/** Starts the server on the real Sud Ovest Milano data, its GeoPackage built into {@code dir} on first start. */
public final class RealTerritory {
  /** The password of the users {@link #users} creates. */
  public static final String PASSWORD = "correct horse battery staple";

  private RealTerritory() {
  }

  /**
   * Creates (once) the users analyst, moderator, citizen and contractor (of SOM-P036), with {@link #PASSWORD}; returns
   * an API key of each, by name.
   */
  public static synchronized java.util.Map<String, String> users(App app) {
    var accounts = app.security().accounts();
    java.util.Map<String, String> keys = new java.util.LinkedHashMap<>();
    Object[][] users = {{"analyst", org.smartland.server.security.Role.ANALYST, java.util.Set.<String>of()},
        {"moderator", org.smartland.server.security.Role.MODERATOR, java.util.Set.<String>of()},
        {"citizen", org.smartland.server.security.Role.PUBLIC, java.util.Set.<String>of()},
        {"contractor", org.smartland.server.security.Role.CONTRACTOR, java.util.Set.of("SOM-P036")}};
    for (Object[] u : users) {
      String name = (String) u[0];
      @SuppressWarnings("unchecked")
      java.util.Set<String> projects = (java.util.Set<String>) u[2];
      if (accounts.user(name).isEmpty()) {
        accounts.create(name, PASSWORD, java.util.Set.of((org.smartland.server.security.Role) u[1]), projects);
      }
      keys.put(name, accounts.issue(name, org.smartland.server.security.Accounts.API_KEY, "tests",
          java.time.Duration.ofDays(1)).token());
    }
    return keys;
  }

  /** A client signed in as the analyst (who may run scenarios and analytics). */
  public static TestClient analystClient(App app) {
    return new TestClient(app.port()).withHeaders("Authorization", "Bearer " + users(app).get("analyst"));
  }

  /** @param analytics {@code auto} (a first analytics run starts in the background) or {@code manual} */
  public static App serve(Path dir, String analytics) {
    return Main.serve(ServerConfigReader.read(Map.of("port", "0", "territory", "sud-ovest-milano", "territories",
        "../data/territories", "sources", System.getProperty("smartland.sources", "../../shared/data"), "gpkg",
        dir.resolve("som.gpkg").toString(), "spark.master", "local[2]", "analytics", analytics), Map.of()));
  }
}
