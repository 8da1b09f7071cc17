/**
 * WFS 2.0.0 (and the 1.1.0 GetCapabilities/GetFeature older clients still ask for) over KVP GET and XML
 * POST: requests are read into one model ({@link org.smartland.server.wfs.GetFeatureRequest}), filters become
 * the shared {@link org.smartland.layers.query.Filter} AST and reach the stores through the
 * {@link org.smartland.layers.store.FeatureStore} seam; responses (GML 3.2, GML 3.1.1, GeoJSON) stream.
 */
package org.smartland.server.wfs;
