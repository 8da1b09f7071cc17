package org.smartland.server.wfs;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.crs.Crs;
import org.smartland.server.TerritoryLayers;
import org.smartland.server.ogc.OgcException;
import org.smartland.server.security.AccessDeniedException;
import org.smartland.server.security.LayerAccess;
import org.smartland.server.security.Principal;

/**
 * The WFS view of a territory: its feature types under one namespace and prefix, used alike in
 * capabilities, DescribeFeatureType, GetFeature and Transaction; they follow the layers as they are published and
 * withdrawn. Qualified names are resolved leniently, as clients write them: {@code slt:schools}, {@code schools}, or
 * any prefix the request binds to our namespace.
 *
 * <p>Each request works on the view of its principal ({@link #readableBy}): private layers the principal may not read
 * are left out of the listed types, and naming one is refused with an {@link AccessDeniedException} (401 for the
 * anonymous, so that clients prompt for credentials; 403 otherwise) before anything of its schema is revealed.
 */
public final class WfsCatalog {
  public static final String PREFIX = "slt";
  private static final String NAMESPACE_BASE = "https://smartland-twin.org/ns/";

  /** What every view of one catalog shares. */
  private static final class Shared {
    final TerritoryLayers territory;
    final String namespace;
    final LayerAccess access;
    /** The feature types now, in catalog order; replaced whole when the territory's layers change. */
    volatile Map<String, FeatureType> types;

    Shared(TerritoryLayers territory, LayerAccess access) {
      this.territory = territory;
      this.namespace = NAMESPACE_BASE + territory.catalog().territoryId();
      this.access = access;
    }
  }

  private final Shared shared;
  /** The principal this view serves; empty for the whole catalog. */
  private final Optional<Principal> reader;

  /** Every layer public and read-only. */
  public WfsCatalog(TerritoryLayers territory) {
    this(territory, LayerAccess.readOnly());
  }

  /** @param access who may read and write which layer */
  public WfsCatalog(TerritoryLayers territory, LayerAccess access) {
    this.shared = new Shared(territory, access);
    this.reader = Optional.empty();
    shared.types = typesOf(territory);
    territory.onLayersChanged(() -> shared.types = typesOf(territory));
  }

  private WfsCatalog(Shared shared, Principal reader) {
    this.shared = shared;
    this.reader = Optional.of(reader);
  }

  private static Map<String, FeatureType> typesOf(TerritoryLayers territory) {
    Map<String, FeatureType> types = new LinkedHashMap<>();
    for (LayerDefinition d : territory.catalog().layers()) {
      types.put(d.id(), new FeatureType(d, territory.store(d.id()).orElseThrow(), () -> territory.summary(d.id())));
    }
    return Collections.unmodifiableMap(types);
  }

  /** The catalog as {@code who} sees it: only the types they may read are listed or resolved. */
  public WfsCatalog readableBy(Principal who) {
    return new WfsCatalog(shared, who);
  }

  public TerritoryLayers territory() {
    return shared.territory;
  }

  /** The application schema's namespace URI, e.g. {@code https://smartland-twin.org/ns/sud-ovest-milano}. */
  public String namespace() {
    return shared.namespace;
  }

  /** The feature types of this view, in catalog order. */
  public Collection<FeatureType> types() {
    Collection<FeatureType> all = shared.types.values();
    if (reader.isEmpty()) {
      return all;
    }
    return all.stream().filter(t -> shared.access.canRead(reader.get(), t.name())).toList();
  }

  /** Whether anyone may write the type: the service then advertises transactions. */
  boolean writable(FeatureType t) {
    return shared.access.writable(t.name());
  }

  /** A type's name to show in messages, e.g. {@code schools}; the first type of this view, or a placeholder. */
  String exampleName() {
    return types().stream().findFirst().map(FeatureType::name).orElse("type");
  }

  /** The default CRS of every feature type: the territory's native CRS, named by URN. */
  public Crs defaultCrs() {
    return Crs.epsg(shared.territory.catalog().nativeSrid()).withEpsgAxisOrder();
  }

  /**
   * The feature type a request names.
   *
   * @param qualified  {@code prefix:name} or {@code name}
   * @param namespaces the prefixes the request binds (KVP {@code NAMESPACES} or the XML in scope)
   * @param locator    the parameter to name in the exception
   * @throws OgcException InvalidParameterValue if there is no such type
   * @throws AccessDeniedException if this view's principal may not read it
   */
  public FeatureType resolve(String qualified, Map<String, String> namespaces, String locator) {
    return find(qualified, namespaces).orElseThrow(() -> OgcException.invalid(locator,
        "feature type '" + PropertyNames.abbreviate(qualified) + "' is not offered; see GetCapabilities for the "
            + PREFIX + ":* types"));
  }

  /**
   * The type a name stands for, if any.
   *
   * @throws AccessDeniedException if it exists but this view's principal may not read it
   */
  Optional<FeatureType> find(String qualified, Map<String, String> namespaces) {
    Optional<FeatureType> found = lookUp(qualified, namespaces);
    if (found.isPresent() && reader.isPresent() && !shared.access.canRead(reader.get(), found.get().name())) {
      throw AccessDeniedException.of(reader.get(), "reading feature type '" + qualifiedName(found.get()) + "'");
    }
    return found;
  }

  private Optional<FeatureType> lookUp(String qualified, Map<String, String> namespaces) {
    String name = qualified.trim();
    Map<String, FeatureType> types = shared.types;
    if (name.startsWith("{")) {
      int end = name.indexOf('}');
      if (end < 0 || !name.substring(1, end).equals(shared.namespace)) {
        return Optional.empty();
      }
      return Optional.ofNullable(types.get(name.substring(end + 1)));
    }
    int colon = name.indexOf(':');
    if (colon >= 0) {
      String prefix = name.substring(0, colon);
      String bound = namespaces.get(prefix);
      if (bound != null ? !bound.equals(shared.namespace) : !prefix.equals(PREFIX)) {
        return Optional.empty();
      }
      name = name.substring(colon + 1);
    }
    return Optional.ofNullable(types.get(name));
  }

  /** {@code slt:schools}. */
  public String qualifiedName(FeatureType t) {
    return PREFIX + ":" + t.name();
  }

  /** The qualified names of types, space-separated, for messages. */
  String qualifiedNames(List<FeatureType> ts) {
    return String.join(", ", ts.stream().map(this::qualifiedName).toList());
  }
}
