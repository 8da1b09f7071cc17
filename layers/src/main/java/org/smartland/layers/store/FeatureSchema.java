package org.smartland.layers.store;

import java.util.List;
import java.util.Optional;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.catalog.LayerDefinition;

/**
 * The storage shape of a layer: table name, geometry type and SRID, attributes. Every table also has an
 * integer feature id {@code fid} and a geometry column {@code geom}.
 */
public record FeatureSchema(String name, GeometryType geometryType, int srid, List<AttributeDefinition> attributes) {
  public FeatureSchema {
    attributes = List.copyOf(attributes);
  }

  public static FeatureSchema of(LayerDefinition layer) {
    return new FeatureSchema(layer.id(), layer.geometryType(), layer.nativeSrid(), layer.attributes());
  }

  public Optional<AttributeDefinition> attribute(String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
  }
}
