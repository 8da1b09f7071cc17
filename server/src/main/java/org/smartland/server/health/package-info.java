/** {@code GET /health}: the state of every store, probed on each call; 200 when all answer, 503 otherwise. */
package org.smartland.server.health;
