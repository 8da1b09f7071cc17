package org.smartland.server.wfs;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.crs.Crs;
import org.smartland.server.TerritoryLayers;
import org.smartland.server.ogc.OgcException;

/**
 * The WFS view of a territory: its feature types under one namespace and prefix, used alike in
 * capabilities, DescribeFeatureType and GetFeature; they follow the layers as they are published and withdrawn.
 * Qualified names are resolved leniently, as clients write them: {@code slt:schools}, {@code schools}, or any
 * prefix the request binds to our namespace.
 */
public final class WfsCatalog {
  public static final String PREFIX = "slt";
  private static final String NAMESPACE_BASE = "https://smartland-twin.org/ns/";

  private final TerritoryLayers territory;
  private final String namespace;
  /** The feature types now, in catalog order; replaced whole when the territory's layers change. */
  private volatile Map<String, FeatureType> types;

  public WfsCatalog(TerritoryLayers territory) {
    this.territory = territory;
    this.namespace = NAMESPACE_BASE + territory.catalog().territoryId();
    this.types = typesOf(territory);
    territory.onLayersChanged(() -> types = typesOf(territory));
  }

  private static Map<String, FeatureType> typesOf(TerritoryLayers territory) {
    Map<String, FeatureType> types = new LinkedHashMap<>();
    for (LayerDefinition d : territory.catalog().layers()) {
      types.put(d.id(), new FeatureType(d, territory.store(d.id()).orElseThrow(), () -> territory.summary(d.id())));
    }
    return Collections.unmodifiableMap(types);
  }

  public TerritoryLayers territory() {
    return territory;
  }

  /** The application schema's namespace URI, e.g. {@code https://smartland-twin.org/ns/sud-ovest-milano}. */
  public String namespace() {
    return namespace;
  }

  public Collection<FeatureType> types() {
    return types.values();
  }

  /** The default CRS of every feature type: the territory's native CRS, named by URN. */
  public Crs defaultCrs() {
    return Crs.epsg(territory.catalog().nativeSrid()).withEpsgAxisOrder();
  }

  /**
   * The feature type a request names.
   *
   * @param qualified  {@code prefix:name} or {@code name}
   * @param namespaces the prefixes the request binds (KVP {@code NAMESPACES} or the XML in scope)
   * @param locator    the parameter to name in the exception
   * @throws OgcException InvalidParameterValue if there is no such type
   */
  public FeatureType resolve(String qualified, Map<String, String> namespaces, String locator) {
    return find(qualified, namespaces).orElseThrow(() -> OgcException.invalid(locator,
        "feature type '" + qualified + "' is not offered; see GetCapabilities for the " + PREFIX + ":* types"));
  }

  Optional<FeatureType> find(String qualified, Map<String, String> namespaces) {
    String name = qualified.trim();
    if (name.startsWith("{")) {
      int end = name.indexOf('}');
      if (end < 0 || !name.substring(1, end).equals(namespace)) {
        return Optional.empty();
      }
      return Optional.ofNullable(types.get(name.substring(end + 1)));
    }
    int colon = name.indexOf(':');
    if (colon >= 0) {
      String prefix = name.substring(0, colon);
      String bound = namespaces.get(prefix);
      if (bound != null ? !bound.equals(namespace) : !prefix.equals(PREFIX)) {
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
}
