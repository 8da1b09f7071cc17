package org.smartland.server.wms;

/** A response body with its content type. */
record WmsAnswer(byte[] body, String contentType) {
}
