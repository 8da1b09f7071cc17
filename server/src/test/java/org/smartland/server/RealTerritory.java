package org.smartland.server;

import java.nio.file.Path;
import java.util.Map;

/** Starts the server on the real Sud Ovest Milano data, its GeoPackage built into {@code dir} on first start. */
public final class RealTerritory {
  private RealTerritory() {
  }

  /** @param analytics {@code auto} (a first analytics run starts in the background) or {@code manual} */
  public static App serve(Path dir, String analytics) {
    return Main.serve(ServerConfigReader.read(Map.of("port", "0", "territory", "sud-ovest-milano", "territories",
        "../data/territories", "sources", System.getProperty("smartland.sources", "../../shared/data"), "gpkg",
        dir.resolve("som.gpkg").toString(), "spark.master", "local[2]", "analytics", analytics), Map.of()));
  }
}
