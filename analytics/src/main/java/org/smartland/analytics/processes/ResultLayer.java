package org.smartland.analytics.processes;

import java.util.List;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.store.Feature;

/**
 * A layer a scenario run produces, before it is written: published as {@code scenario_<run>_<name>}.
 *
 * @param name        what the layer holds, e.g. {@code assets_hit}
 * @param corridor    the corridor it belongs to in the WMS tree
 * @param style       the name of its style (one of {@link ScenarioStyles})
 * @param inputLayers the territory layers it was computed from, for its provenance
 */
public record ResultLayer(String name, String title, String description, String corridor, GeometryType geometryType,
                          List<AttributeDefinition> attributes, String style, List<String> inputLayers,
                          List<Feature> features) {
}
