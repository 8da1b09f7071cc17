package org.smartland.analytics.processes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * What a process run computed, before anything is written.
 *
 * @param outputs  the outputs by id, as the process description names them (numbers, per Comune, indicator deltas)
 * @param layers   the result layers
 * @param dataRead the territory layers it read, each with the fingerprint of its content (see
 *                 {@code TerritoryFrames#fingerprint})
 */
public record ScenarioOutcome(ObjectNode outputs, List<ResultLayer> layers, Map<String, String> dataRead) {
}
