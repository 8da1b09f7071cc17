package org.smartland.layers.store;

/**
 * The health of a feature database at one moment.
 *
 * @param type      {@code gpkg} or {@code postgis}
 * @param location  a description safe to show (file path, or host/database/schema without credentials)
 * @param available whether a trivial query succeeded just now
 * @param message   why it is unavailable, or {@code ok}
 */
public record StoreStatus(String type, String location, boolean available, String message) {
}
