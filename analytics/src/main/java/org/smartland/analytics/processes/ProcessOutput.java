package org.smartland.analytics.processes;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One output of a process as its description shows it, with the JSON Schema of its value. */
public record ProcessOutput(String id, String title, String description, ObjectNode schema) {
}
