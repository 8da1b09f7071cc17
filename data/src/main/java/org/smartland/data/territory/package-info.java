/**
 * Territory configuration: {@code territories/<id>/territory.yaml} holds the layer catalog the server
 * publishes (read by {@link org.smartland.layers.catalog.LayerCatalogReader}), the territory's Comuni, and
 * each layer's {@code source} — the file it is read from, how its attributes are filled, how it is clipped,
 * and which derivation builds it. Adding a territory needs only a new folder.
 */
package org.smartland.data.territory;
