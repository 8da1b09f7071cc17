package org.smartland.server.wfs;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.gml.GmlVersion;
import org.smartland.layers.store.Feature;
import org.smartland.server.edit.LayerEdits;
import org.smartland.server.http.RequestIds;
import org.smartland.server.ogc.KvpParams;
import org.smartland.server.ogc.OgcException;
import org.smartland.server.ogc.ServiceUrls;
import org.smartland.server.security.Security;

/**
 * WFS 2.0.0 at {@code /wfs} and {@code /ows?SERVICE=WFS}, KVP GET and XML POST; 1.1.0 GetCapabilities,
 * DescribeFeatureType and GetFeature too; Transactions (POSTed; 2.0.0, and the 1.1.0 and 1.0.0 ones QGIS sends)
 * through the shared write path. Every failure becomes an {@code ows:ExceptionReport} with its code, locator and HTTP
 * status — never a stack trace. Requests are fully checked, and counted, before the first byte of a response is
 * written, so errors never arrive inside a 200.
 *
 * <p>Each request sees the catalog of its principal ({@link WfsCatalog#readableBy}): a private layer they may not read
 * is left out of capabilities and stored queries, and naming it answers 401 (with {@code WWW-Authenticate}, so that
 * clients prompt) or 403.
 */
public final class WfsService {
  private static final Logger LOG = LoggerFactory.getLogger(WfsService.class);
  static final String NOT_FOUND = "NotFound";
  static final String OPERATION_PARSING_FAILED = "OperationParsingFailed";
  /** WFS 2.0: a Transaction would give a feature a value its schema does not allow. */
  static final String INVALID_VALUE = "InvalidValue";

  private final WfsCatalog catalog;
  private final WfsLimits limits;
  private final WfsFilters filters;
  private final SrsNames srsNames;
  private final TransactionGeometries geometries;
  private final FeatureCollectionWriter collections;
  private final Optional<TransactionExecutor> transactions;

  /** A read-only WFS: Transactions are refused. */
  public WfsService(WfsCatalog catalog, CrsTransforms crs, WfsLimits limits) {
    this(catalog, crs, limits, Optional.empty());
  }

  /** @param edits the write path Transactions go through */
  public WfsService(WfsCatalog catalog, CrsTransforms crs, WfsLimits limits, LayerEdits edits) {
    this(catalog, crs, limits, Optional.of(edits));
  }

  private WfsService(WfsCatalog catalog, CrsTransforms crs, WfsLimits limits, Optional<LayerEdits> edits) {
    this.catalog = catalog;
    this.limits = limits;
    this.filters = new WfsFilters(crs);
    this.srsNames = new SrsNames(catalog, crs);
    this.geometries = new TransactionGeometries(crs);
    this.collections = new FeatureCollectionWriter(catalog, crs, srsNames);
    this.transactions = edits.map(e -> new TransactionExecutor(e, limits));
  }

  public void routes(Javalin app) {
    app.get("/wfs", this::handle);
    app.post("/wfs", this::handlePost);
  }

  /** A KVP GET request. */
  public void handle(Context ctx) {
    KvpParams p = KvpParams.of(ctx);
    String version = p.get("VERSION").orElse(WfsVersions.V200);
    WfsCatalog view = catalog.readableBy(Security.principal(ctx));
    KvpRequestReader kvp = new KvpRequestReader(view, filters, srsNames, limits);
    try {
      String request = p.require("REQUEST");
      p.get("SERVICE").filter(s -> !s.equalsIgnoreCase("WFS")).ifPresent(s -> {
        throw OgcException.invalid("SERVICE", "this endpoint serves SERVICE=WFS, not '" + PropertyNames.abbreviate(s) + "'");
      });
      switch (request.toLowerCase(Locale.ROOT)) {
        case "getcapabilities" -> {
          p.get("SERVICE").orElseThrow(() -> OgcException.missing("SERVICE"));
          version = WfsVersions.negotiate(p.list("ACCEPTVERSIONS"), p.get("VERSION"));
          capabilities(ctx, view, version);
        }
        case "describefeaturetype" -> {
          version = WfsVersions.of(p.get("VERSION"), true);
          describe(ctx, view, kvp.describedTypes(p), version, p.get("OUTPUTFORMAT"));
        }
        case "getfeature" -> {
          version = WfsVersions.of(p.get("VERSION"), true);
          GetFeatureRequest r = kvp.getFeature(p, version, false);
          getFeature(ctx, r, ctx.queryParamMap());
        }
        case "getpropertyvalue" -> {
          version = WfsVersions.of(p.get("VERSION"), false);
          getFeature(ctx, kvp.getFeature(p, version, true), ctx.queryParamMap());
        }
        case "liststoredqueries" -> xmlAnswer(ctx, new StoredQueries(view).list());
        case "describestoredqueries" -> xmlAnswer(ctx, new StoredQueries(view).describe(p.list("STOREDQUERY_ID")));
        default -> throw unsupported(request, "REQUEST");
      }
    } catch (RuntimeException e) {
      fail(ctx, e, version);
    }
  }

  /** An XML POST request. */
  public void handlePost(Context ctx) {
    String version = WfsVersions.V200;
    WfsCatalog view = catalog.readableBy(Security.principal(ctx));
    try {
      PostRequest r = new XmlRequestReader(view, filters, srsNames, limits, geometries)
          .read(new ByteArrayInputStream(ctx.bodyAsBytes()));
      version = r.version().filter(v -> v.equals(WfsVersions.V110)).orElse(WfsVersions.V200);
      switch (r.operation()) {
        case "GetCapabilities" -> capabilities(ctx, view, WfsVersions.negotiate(r.acceptVersions(), r.version()));
        case "DescribeFeatureType" -> describe(ctx, view, r.describedTypes().isEmpty() ? List.copyOf(view.types())
            : r.describedTypes(), WfsVersions.of(r.version(), true), Optional.empty());
        case "GetFeature", "GetPropertyValue" -> getFeature(ctx, r.getFeature().orElseThrow(), Map.of());
        case "ListStoredQueries" -> xmlAnswer(ctx, new StoredQueries(view).list());
        case "DescribeStoredQueries" -> xmlAnswer(ctx, new StoredQueries(view).describe(r.storedQueryIds()));
        case "Transaction" -> transaction(ctx, r.transaction().orElseThrow());
        default -> throw unsupported(r.operation(), null);
      }
    } catch (RuntimeException e) {
      fail(ctx, e, version);
    }
  }

  private void capabilities(Context ctx, WfsCatalog view, String version) {
    String url = ServiceUrls.of(ctx);
    boolean transactional = transactions.isPresent();
    ctx.header("Vary", "Authorization, X-API-Key");
    xmlAnswer(ctx, version.equals(WfsVersions.V110) ? new WfsCapabilities11(view, transactional).write(url)
        : new WfsCapabilities(view, limits, transactional).write(url));
  }

  /** A Transaction: carried out through the write path, answered in the request's version. */
  private void transaction(Context ctx, TransactionRequest t) {
    TransactionExecutor executor = transactions.orElseThrow(() -> new OgcException(501,
        OgcException.OPERATION_NOT_SUPPORTED, "Transaction", "this WFS is read-only: it takes no Transaction"));
    TransactionResult result = executor.run(t, Security.principal(ctx), ctx.ip());
    xmlAnswer(ctx, TransactionResponse.write(t.version(), result));
  }

  private void describe(Context ctx, WfsCatalog view, List<FeatureType> types, String version,
                        Optional<String> outputFormat) {
    GmlVersion gml = version.equals(WfsVersions.V110) ? GmlVersion.GML_3_1_1 : GmlVersion.GML_3_2;
    if (outputFormat.isPresent()) {
      String f = outputFormat.get().toLowerCase(Locale.ROOT).replace(" ", "").replace("\"", "");
      if (f.contains("3.1")) {
        gml = GmlVersion.GML_3_1_1;
      } else if (f.contains("3.2")) {
        gml = GmlVersion.GML_3_2;
      } else if (!f.equals("xmlschema") && !f.equals("text/xml") && !f.equals("application/xml")) {
        throw OgcException.invalid("OUTPUTFORMAT", "DescribeFeatureType answers in XML Schema for GML 3.2 "
            + "(application/gml+xml; version=3.2) or GML 3.1.1 (text/xml; subtype=gml/3.1.1)");
      }
    }
    ctx.contentType(gml == GmlVersion.GML_3_2 ? "application/gml+xml; version=3.2"
        : "text/xml; subtype=gml/3.1.1; charset=UTF-8").result(new FeatureTypeSchema(view).write(types, gml));
  }

  private void getFeature(Context ctx, GetFeatureRequest r, Map<String, List<String>> params) {
    if (r.bareFeature()) {
      featureById(ctx, r);
      return;
    }
    ResultPlan plan = ResultPlan.of(r, limits.countDefault());
    long pageSize = r.count().orElse(limits.countDefault());
    PageLinks links = r.hits() || params.isEmpty() ? PageLinks.NONE
        : PageLinks.of(ServiceUrls.of(ctx), params, r.startIndex(), pageSize, plan.returned(), plan.matched());
    OutputFormat format = r.valueReference() != null && r.format() == OutputFormat.GEOJSON ? OutputFormat.GML32 : r.format();
    ctx.contentType(format.contentType());
    try (OutputStream out = ctx.outputStream()) {
      if (format == OutputFormat.GEOJSON) {
        collections.geoJson(out, r, plan, links);
      } else {
        collections.gml(out, r, plan, links, schemaLocation(ctx, r));
      }
    } catch (IOException e) {
      LOG.warn("GetFeature response interrupted (request {}): {}", RequestIds.of(ctx), e.getMessage());
    }
  }

  private void featureById(Context ctx, GetFeatureRequest r) {
    TypeQuery q = r.queries().get(0);
    Optional<Feature> found;
    try (Stream<Feature> s = q.type().store().query(ResultPlan.storeQuery(q, null).withPage(0, 1))) {
      found = s.findFirst();
    }
    if (found.isEmpty()) {
      throw new OgcException(404, NOT_FOUND, "ID", "there is no feature " + PropertyNames.abbreviate(
          ResourceIds.collect(q.filter()).stream().findFirst().map(id -> ResourceIds.of(q.type(), id)).orElse("")));
    }
    ctx.contentType(r.format() == OutputFormat.GEOJSON ? OutputFormat.GEOJSON.contentType() : OutputFormat.GML32.contentType());
    try (OutputStream out = ctx.outputStream()) {
      if (r.format() == OutputFormat.GEOJSON) {
        collections.bareGeoJson(out, q.type(), found.get());
      } else {
        collections.bareGml(out, q, found.get());
      }
    } catch (IOException e) {
      LOG.warn("GetFeatureById response interrupted (request {}): {}", RequestIds.of(ctx), e.getMessage());
    }
  }

  /** Where clients find the schemas of a response: our DescribeFeatureType, then the OGC schemas. */
  private String schemaLocation(Context ctx, GetFeatureRequest r) {
    String names = String.join(",", r.queries().stream().map(q -> catalog.qualifiedName(q.type())).distinct().toList());
    String dft = ServiceUrls.of(ctx) + "?SERVICE=WFS&VERSION=" + r.version() + "&REQUEST=DescribeFeatureType&TYPENAMES="
        + names.replace(":", "%3A") + "&NAMESPACES=xmlns%28" + WfsCatalog.PREFIX + "%2C"
        + java.net.URLEncoder.encode(catalog.namespace(), java.nio.charset.StandardCharsets.UTF_8) + "%29";
    if (r.isWfs11()) {
      return catalog.namespace() + " " + dft + " " + FeatureCollectionWriter.WFS11
          + " http://schemas.opengis.net/wfs/1.1.0/wfs.xsd";
    }
    return catalog.namespace() + " " + dft + " " + FeatureCollectionWriter.WFS20
        + " http://schemas.opengis.net/wfs/2.0/wfs.xsd " + GmlVersion.GML_3_2.namespace()
        + " http://schemas.opengis.net/gml/3.2.1/gml.xsd";
  }

  private static void xmlAnswer(Context ctx, byte[] body) {
    ctx.contentType("text/xml; charset=UTF-8").result(body);
  }

  private static OgcException unsupported(String operation, String locator) {
    String op = operation.toLowerCase(Locale.ROOT);
    if (op.equals("transaction")) {
      return new OgcException(501, OgcException.OPERATION_NOT_SUPPORTED, locator == null ? operation : locator,
          "a Transaction is an XML document POSTed to this URL (WFS 2.0 has no KVP encoding for it)");
    }
    boolean known = List.of("lockfeature", "getfeaturewithlock", "createstoredquery", "dropstoredquery").contains(op);
    return new OgcException(known ? 501 : 400, OgcException.OPERATION_NOT_SUPPORTED, locator == null ? operation : locator,
        "operation '" + PropertyNames.abbreviate(operation) + "' is not " + (known ? "offered by this WFS" : "a WFS operation")
            + "; use GetCapabilities, DescribeFeatureType, GetFeature, GetPropertyValue, ListStoredQueries, "
            + "DescribeStoredQueries or (POSTed) Transaction");
  }

  private static void fail(Context ctx, RuntimeException e, String version) {
    WfsErrors.respond(ctx, e, version);
  }
}
