package org.smartland.analytics.processes;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One input of a process as its description shows it.
 *
 * @param schema    the JSON Schema of one value
 * @param minOccurs 0 for an optional input, 1 for a required one
 */
public record ProcessInput(String id, String title, String description, ObjectNode schema, int minOccurs) {
}
