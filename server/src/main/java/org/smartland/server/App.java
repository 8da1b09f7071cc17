package org.smartland.server;

import io.javalin.Javalin;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.render.MapRenderer;
import org.smartland.layers.style.StyleLibrary;
import org.smartland.server.analytics.AnalyticsApi;
import org.smartland.server.edit.FeatureChecks;
import org.smartland.server.edit.LayerEdits;
import org.smartland.server.edit.TerritoryOutline;
import org.smartland.server.participation.ProposalStore;
import org.smartland.server.participation.ProposalsApi;
import org.smartland.server.security.AccountsApi;
import org.smartland.server.security.Security;
import org.smartland.server.security.SecuritySettings;
import org.smartland.server.health.HealthHandler;
import org.smartland.server.http.ApiErrors;
import org.smartland.server.http.RequestIds;
import org.smartland.server.ogc.OwsEndpoint;
import org.smartland.server.ogc.OwsExceptionReport;
import org.smartland.server.ogcapi.OgcApiService;
import org.smartland.server.processes.ProcessesApi;
import org.smartland.server.rest.LayersApi;
import org.smartland.server.uploads.UploadLimits;
import org.smartland.server.uploads.UploadsApi;
import org.smartland.server.wfs.WfsCatalog;
import org.smartland.server.wfs.WfsLimits;
import org.smartland.server.wfs.WfsService;
import org.smartland.server.wms.ImageIoPlugins;
import org.smartland.server.wms.WmsCatalog;
import org.smartland.server.wms.WmsLimits;
import org.smartland.server.wms.WmsService;

/**
 * The server, wired by hand: every handler gets what it needs through its constructor, here and nowhere
 * else. {@link #start} binds the port; {@link #stop} lets in-flight requests finish, then releases the
 * stores.
 */
public final class App {
  private static final Logger LOG = LoggerFactory.getLogger(App.class);

  private final TerritoryLayers territory;
  private final Security security;
  private final LayerEdits edits;
  private final Javalin javalin;
  private final List<Runnable> onStop = new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * @throws IllegalArgumentException if a layer's style is missing or does not fit the layer
   */
  public App(TerritoryLayers territory, StyleLibrary styles) {
    this(territory, styles, null);
  }

  /**
   * @param analytics the analytics API, or null for a server without analytics
   * @throws IllegalArgumentException if a layer's style is missing or does not fit the layer
   */
  public App(TerritoryLayers territory, StyleLibrary styles, AnalyticsApi analytics) {
    this(territory, styles, analytics, null);
  }

  /**
   * @param analytics the analytics API, or null for a server without analytics
   * @param processes the scenario processes (OGC API - Processes), or null for a server without them
   * @throws IllegalArgumentException if a layer's style is missing or does not fit the layer
   */
  public App(TerritoryLayers territory, StyleLibrary styles, AnalyticsApi analytics, ProcessesApi processes) {
    this(territory, styles, analytics, processes, Security.readOnly());
  }

  /**
   * @param analytics the analytics API, or null for a server without analytics
   * @param processes the scenario processes (OGC API - Processes), or null for a server without them
   * @param security  users, keys, layer rules and limits; closed when the server stops
   * @throws IllegalArgumentException if a layer's style is missing or does not fit the layer
   */
  public App(TerritoryLayers territory, StyleLibrary styles, AnalyticsApi analytics, ProcessesApi processes,
             Security security) {
    this(territory, styles, analytics, processes, security, null);
  }

  /**
   * @param analytics  the analytics API, or null for a server without analytics
   * @param processes  the scenario processes (OGC API - Processes), or null for a server without them
   * @param security   users, keys, layer rules and limits; closed when the server stops
   * @param uploadsDir where contractors' uploads and the layers' versions are kept, or null for a server without uploads
   * @throws IllegalArgumentException if a layer's style is missing or does not fit the layer
   */
  public App(TerritoryLayers territory, StyleLibrary styles, AnalyticsApi analytics, ProcessesApi processes,
             Security security, java.nio.file.Path uploadsDir) {
    this.territory = territory;
    this.security = security;
    this.edits = new LayerEdits(territory, security.access(), security.audit(),
        new FeatureChecks(() -> TerritoryOutline.of(territory)));
    SecuritySettings limits = security.settings();
    this.javalin = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.router.ignoreTrailingSlashes = true;
      config.requestLogger.http(RequestIds::log);
      config.http.maxRequestSize = limits.maxBodyBytes();
      config.jetty.modifyServer(server -> server.setStopTimeout(10_000));
      if (!limits.corsOrigins().isEmpty()) {
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
          if (limits.anyOrigin()) {
            rule.anyHost();
          } else {
            limits.corsOrigins().forEach(o -> rule.allowHost(o));
            rule.allowCredentials = true;
          }
          rule.exposeHeader("ETag");
          rule.exposeHeader("Location");
          rule.exposeHeader("Retry-After");
        }));
      }
      config.staticFiles.enableWebjars();
      config.staticFiles.add(viewer -> {
        viewer.hostedPath = "/";
        viewer.directory = "/viewer";
        viewer.location = io.javalin.http.staticfiles.Location.CLASSPATH;
      });
    });
    RequestIds.install(javalin);
    security.install(javalin);
    ApiErrors.install(javalin);
    new AccountsApi(security).routes(javalin);
    if (uploadsDir != null) {
      new UploadsApi(territory, edits, security.audit(), UploadLimits.of(limits), uploadsDir).routes(javalin);
    }
    new ProposalsApi(territory, new ProposalStore(security.database()), edits.checks(), security.audit(),
        java.time.Clock.systemUTC()).routes(javalin);
    javalin.get("/health", new HealthHandler(territory.catalog().territoryId(), List.of(territory.database())));
    new LayersApi(territory, security.access()).routes(javalin);
    if (analytics != null) {
      analytics.routes(javalin);
    }
    CrsTransforms crs = territory.crs();
    ImageIoPlugins.useJdkPluginsOnly();
    WmsService wms = new WmsService(new WmsCatalog(territory, styles), crs, new MapRenderer(crs), WmsLimits.DEFAULT,
        security.access());
    wms.routes(javalin);
    OgcApiService ogcApi = new OgcApiService(territory, crs, styles, edits);
    if (processes != null) {
      processes.declare(ogcApi);
      processes.routes(javalin);
    }
    ogcApi.routes(javalin);
    WfsService wfs = new WfsService(new WfsCatalog(territory, security.access()), crs, WfsLimits.DEFAULT, edits);
    wfs.routes(javalin);
    new OwsEndpoint(OwsExceptionReport::unknownService).service("WMS", wms::handle).service("WFS", wfs::handle)
        .post(wfs::handlePost).routes(javalin);
  }

  public App start(int port) {
    javalin.start("0.0.0.0", port);
    LOG.info("SmartLand Twin serving territory '{}' ({} layers, {} store) on port {}",
        territory.catalog().territoryId(), territory.catalog().layers().size(), territory.database().type(), port());
    return this;
  }

  public Security security() {
    return security;
  }

  /** The write path every service shares. */
  public LayerEdits edits() {
    return edits;
  }

  public int port() {
    return javalin.port();
  }

  /** Something to release when the server stops, before the stores close (e.g. the Spark session). */
  public App onStop(Runnable action) {
    onStop.add(action);
    return this;
  }

  /** Stops accepting requests, waits for those in flight (up to 10 s), then closes the stores. */
  public void stop() {
    javalin.stop();
    onStop.forEach(Runnable::run);
    territory.database().close();
    security.close();
    LOG.info("SmartLand Twin stopped");
  }
}
