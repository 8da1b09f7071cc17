package org.smartland.server;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartland.analytics.job.AnalyticsEngine;
import org.smartland.analytics.processes.AccessibilityProcess;
import org.smartland.analytics.processes.FloodProcess;
import org.smartland.analytics.processes.ResultLayers;
import org.smartland.analytics.processes.RetrofitProcess;
import org.smartland.analytics.processes.ScenarioEnvironment;
import org.smartland.analytics.processes.ScenarioRuns;
import org.smartland.analytics.processes.ScenarioSettings;
import org.smartland.analytics.processes.ScenarioStyles;
import org.smartland.analytics.results.AnalyticsLayers;
import org.smartland.analytics.results.IndicatorStyles;
import org.smartland.analytics.results.ResultWriter;
import org.smartland.analytics.runs.AnalyticsRun;
import org.smartland.analytics.runs.AnalyticsRuns;
import org.smartland.analytics.runs.TerritoryAnalytics;
import org.smartland.data.DataCli;
import org.smartland.data.derive.DerivationException;
import org.smartland.data.importer.GeoPackageTarget;
import org.smartland.data.importer.ImportException;
import org.smartland.data.importer.PrintingImportListener;
import org.smartland.data.importer.TerritoryImport;
import org.smartland.data.source.SourceException;
import org.smartland.data.territory.ConfigException;
import org.smartland.data.territory.Territories;
import org.smartland.data.territory.TerritoryConfig;
import org.smartland.layers.catalog.CatalogException;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerCatalogReader;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.StoreException;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;
import org.smartland.layers.store.postgis.PostgisDatabase;
import org.smartland.layers.style.StyleException;
import org.smartland.layers.style.StyleLibrary;
import org.smartland.server.analytics.AnalyticsApi;
import org.smartland.server.processes.ProcessesApi;
import org.smartland.server.security.FirstAdmin;
import org.smartland.server.security.LayerAccess;
import org.smartland.server.security.Security;

/**
 * The command line: {@code serve} starts the server (see {@code ./smartland serve --help}). Problems the
 * user can fix end with a one-line message and exit code 2, never a stack trace.
 */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {
  }

  public static void main(String[] args) {
    if (args.length > 0 && (args[0].equals("import") || args[0].equals("list"))) {
      System.exit(DataCli.run(args, System.out, System.err));
    }
    try {
      if (args.length >= 2 && args[0].equals("users")) {
        System.exit(users(List.of(args).subList(1, args.length)));
      }
      if (args.length >= 2 && args[0].equals("analytics") && args[1].equals("run")) {
        ServerConfig config = ServerConfigReader.read(flags(List.of(args).subList(2, args.length)), System.getenv());
        System.exit(AnalyticsCli.run(config, System.out));
      }
      if (args.length == 0 || !args[0].equals("serve")) {
        throw new IllegalArgumentException("usage: server.jar serve [--port N] [--territory NAME] [--store gpkg|postgis]"
            + " [--jdbc URL] [--sources DIR] [--config FILE] | analytics run [same options] | import ... | list");
      }
      ServerConfig config = ServerConfigReader.read(flags(List.of(args).subList(1, args.length)), System.getenv());
      App app = serve(config);
      Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
    } catch (IllegalArgumentException | CatalogException | StoreException | StyleException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
    }
  }

  /**
   * Opens the territory's store, resolves every layer (with the analytics' result layers, their tables created
   * when missing) and starts the server; with {@code analytics: auto}, a first analytics run starts in the
   * background when the territory has no results yet.
   */
  public static App serve(ServerConfig config) {
    CrsTransforms crs = new CrsTransforms();
    LayerCatalog catalog = LayerCatalogReader.read(requireFile(config));
    LayerAccess access = LayerAccess.read(config.territoryFile());
    FeatureDatabase db = openDatabase(config, crs);
    Security security = null;
    try {
      ensureServiceFilledLayers(config, catalog, db);
      security = Security.open(config.securityDatabase(), access, config.security());
      FirstAdmin.ensure(security.accounts(), config.securityDatabase().resolveSibling(config.territory() + "-" + config.store()
          + "-initial-admin-password"), System.getenv("SMARTLAND_ADMIN_PASSWORD"));
      StyleLibrary styles = StyleLibrary.forTerritory(config.territoriesDir(), config.territory());
      if (!Files.isRegularFile(config.indicatorsFile())) {
        LOG.warn("no indicator catalogue at {}: serving without analytics", config.indicatorsFile());
        return new App(new TerritoryLayers(catalog, db, crs), styles, null, null, security, config.uploadsDir())
            .start(config.port());
      }
      TerritoryAnalytics analytics = TerritoryAnalytics.load(config.indicatorsFile(), catalog, db);
      ResultWriter writer = new ResultWriter(db, analytics.resultLayers());
      analytics.resultLayers().forEach(l -> writer.ensure(l.id()));
      TerritoryLayers territory = new TerritoryLayers(catalog.withLayers(analytics.resultLayers()), db, crs);
      AnalyticsEngine engine = new AnalyticsEngine(config.sparkMaster());
      AnalyticsRuns runs = new AnalyticsRuns(config.territory(), config.analyticsRunLog(),
          (id, progress) -> engine.run(analytics, id, progress));
      ScenarioRuns scenarios = scenarioRuns(config, analytics, territory, engine, crs);
      App app = new App(territory, styles.with(IndicatorStyles.of(analytics.indicators())).with(ScenarioStyles.all()),
          new AnalyticsApi(territory, analytics, runs), new ProcessesApi(scenarios), security, config.uploadsDir()).onStop(() -> {
            scenarios.close();
            runs.close();
            engine.close();
          }).start(config.port());
      boolean noResults = analytics.resultLayers().stream().anyMatch(l -> territory.summary(l.id()).featureCount() == 0
          && !(l.id().equals(AnalyticsLayers.PRIORITIES) && catalog.layer("projects").isEmpty()));
      if (config.analyticsOnStart() && noResults) {
        AnalyticsRun first = runs.submit();
        LOG.info("territory '{}' has no analytics results yet: run {} started in the background"
            + " (GET /api/analytics/runs/{})", config.territory(), first.id(), first.id());
      }
      return app;
    } catch (RuntimeException e) {
      db.close();
      if (security != null) {
        security.close();
      }
      throw e;
    }
  }

  /**
   * Creates the tables of the layers the services fill ({@code source: {empty: true}}: contractors' works, proposals)
   * when the store lacks them, e.g. a GeoPackage built before they were configured. Existing tables are left alone.
   */
  private static void ensureServiceFilledLayers(ServerConfig config, LayerCatalog catalog, FeatureDatabase db) {
    TerritoryConfig territory = Territories.in(config.territoriesDir()).load(config.territory());
    java.util.Set<String> present = new java.util.HashSet<>(db.layerNames());
    for (var source : territory.sources()) {
      if (source.read().isEmpty() && source.derive().isEmpty() && !present.contains(source.layer())) {
        var layer = catalog.layer(source.layer()).orElseThrow();
        db.createLayer(org.smartland.layers.store.FeatureSchema.of(layer));
        db.describeLayer(layer.id(), layer.title() + ". " + layer.description() + " " + layer.provenance().summary());
        LOG.info("created the empty layer '{}' (filled through the services)", layer.id());
      }
    }
  }

  /**
   * The scenario runs, their result layers served through the territory's layers: those of earlier successful
   * runs are published again, tables left by unfinished runs dropped.
   */
  private static ScenarioRuns scenarioRuns(ServerConfig config, TerritoryAnalytics analytics, TerritoryLayers territory,
                                           AnalyticsEngine engine, CrsTransforms crs) {
    ScenarioSettings settings = ScenarioSettings.load(config.indicatorsFile());
    ScenarioEnvironment env = new ScenarioEnvironment(analytics, crs, settings, engine);
    return new ScenarioRuns(config.territory(), config.scenarioRunsDir(), List.of(new FloodProcess(env),
        new RetrofitProcess(env), new AccessibilityProcess(env)), analytics.database(),
        new ResultLayers(analytics.database(), analytics.catalog()), new ScenarioRuns.Publisher() {
          @Override
          public void publish(List<org.smartland.layers.catalog.LayerDefinition> layers) {
            territory.publish(layers);
          }

          @Override
          public void withdraw(java.util.Collection<String> layerIds) {
            territory.withdraw(layerIds);
          }
        }, settings.limits(), env::cancel);
  }

  static java.nio.file.Path requireFile(ServerConfig config) {
    if (!Files.isRegularFile(config.territoryFile())) {
      throw new IllegalArgumentException("territory '" + config.territory() + "' has no configuration at "
          + config.territoryFile().toAbsolutePath());
    }
    return config.territoryFile();
  }

  static FeatureDatabase openDatabase(ServerConfig config, CrsTransforms crs) {
    if (config.store().equals("postgis")) {
      LOG.info("opening PostGIS store, schema {}", config.postgisSchema());
      return PostgisDatabase.open(config.jdbcUrl().orElseThrow(), null, null, config.postgisSchema(), crs);
    }
    if (!Files.isRegularFile(config.gpkgFile())) {
      buildGeoPackage(config, crs);
    }
    LOG.info("opening GeoPackage store {}", config.gpkgFile());
    return GeoPackageDatabase.open(config.gpkgFile(), crs);
  }

  /** First start: the territory's GeoPackage is built from the sources, with progress on the console. */
  private static void buildGeoPackage(ServerConfig config, CrsTransforms crs) {
    LOG.info("GeoPackage {} does not exist yet: building it from the sources in {}", config.gpkgFile(),
        config.sourcesDir().toAbsolutePath().normalize());
    if (!Files.isDirectory(config.sourcesDir())) {
      throw new IllegalArgumentException("sources directory " + config.sourcesDir().toAbsolutePath()
          + " does not exist; pass --sources DIR");
    }
    TerritoryConfig territory = Territories.in(config.territoriesDir()).load(config.territory());
    try {
      new TerritoryImport(crs, new PrintingImportListener(System.out))
          .run(territory, config.sourcesDir(), new GeoPackageTarget(config.gpkgFile(), crs));
    } catch (SourceException | ConfigException | DerivationException | ImportException e) {
      throw new IllegalArgumentException("the territory could not be built: " + e.getMessage(), e);
    }
  }

  /** {@code users COMMAND [ARG] [--roles ..] [--projects ..] [--days N] [--label ..] [server options]}. */
  private static int users(List<String> args) {
    String command = args.get(0);
    List<String> positional = new java.util.ArrayList<>();
    int i = 1;
    while (i < args.size() && !args.get(i).startsWith("--")) {
      positional.add(args.get(i++));
    }
    Map<String, String> all = flags(args.subList(i, args.size()));
    Map<String, String> own = new LinkedHashMap<>();
    for (String k : List.of("roles", "projects", "days", "label")) {
      if (all.containsKey(k)) {
        own.put(k, all.remove(k));
      }
    }
    ServerConfig config = ServerConfigReader.read(all, System.getenv());
    return org.smartland.server.security.UsersCli.run(command, positional.toArray(String[]::new), own,
        config.securityDatabase(), new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
            java.nio.charset.StandardCharsets.UTF_8)), System.out, System.err);
  }

  /** {@code --name value} and {@code --name=value} pairs. */
  static Map<String, String> flags(List<String> args) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (!a.startsWith("--") || a.length() == 2) {
        throw new IllegalArgumentException("unexpected argument '" + a + "'");
      }
      int eq = a.indexOf('=');
      if (eq > 0) {
        out.put(a.substring(2, eq), a.substring(eq + 1));
      } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
        out.put(a.substring(2), args.get(++i));
      } else {
        throw new IllegalArgumentException("option " + a + " needs a value");
      }
    }
    return out;
  }
}
