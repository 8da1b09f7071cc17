package org.smartland.data.territory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.smartland.layers.catalog.LayerCatalog;

/**
 * One territory's configuration ({@code territories/<id>/territory.yaml}): the catalog the server publishes,
 * the Comuni, and how the import pipeline builds each layer.
 *
 * @param id               the territory id, equal to its folder name
 * @param file             the configuration file
 * @param catalog          the layer catalog (titles, provenance, attributes, corridors, CRSs)
 * @param comuni           the Comuni of the territory
 * @param boundaryLayer    the layer whose union, buffered, is the clip area of the layers after it
 * @param clipBufferMetres the buffer around the boundary within which features are kept
 * @param sources          one source per catalog layer, in catalog order
 */
public record TerritoryConfig(String id, Path file, LayerCatalog catalog, List<ComuneRef> comuni,
                              String boundaryLayer, double clipBufferMetres, List<LayerSource> sources) {
  public TerritoryConfig {
    comuni = List.copyOf(comuni);
    sources = List.copyOf(sources);
  }

  public Optional<LayerSource> source(String layer) {
    return sources.stream().filter(s -> s.layer().equals(layer)).findFirst();
  }

  /** The Comune with this ISTAT code, if it belongs to the territory. */
  public Optional<ComuneRef> comune(String istat) {
    return comuni.stream().filter(c -> c.istat().equals(istat)).findFirst();
  }
}
