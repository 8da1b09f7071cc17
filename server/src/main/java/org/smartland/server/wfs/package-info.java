/**
 * WFS 2.0.0 (and the 1.1.0 GetCapabilities/GetFeature older clients still ask for) over KVP GET and XML
 * POST: requests are read into one model ({@link org.smartland.server.wfs.GetFeatureRequest}), filters become
 * the shared {@link org.smartland.layers.query.Filter} AST and reach the stores through the
 * {@link org.smartland.layers.store.FeatureStore} seam; responses (GML 3.2, GML 3.1.1, GeoJSON) stream.
 *
 * <p>WFS-T: a POSTed Transaction (2.0.0, and the 1.0.0/1.1.0 ones QGIS 3.22 sends) is read by
 * {@link org.smartland.server.wfs.TransactionReader} into a {@link org.smartland.server.wfs.TransactionRequest} and
 * carried out by {@link org.smartland.server.wfs.TransactionExecutor} through the one write path,
 * {@link org.smartland.server.edit.LayerEdits}. Every request sees the catalog of its principal
 * ({@link org.smartland.server.wfs.WfsCatalog#readableBy}), so private layers stay out of sight of those who may not
 * read them.
 */
package org.smartland.server.wfs;
