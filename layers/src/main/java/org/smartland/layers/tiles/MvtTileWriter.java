package org.smartland.layers.tiles;

import io.github.sebasbaumh.mapbox.vectortile.VectorTile;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.IUserDataConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.JtsAdapter;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerProps;
import io.github.sebasbaumh.mapbox.vectortile.util.MvtUtil;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes one tile layer by layer, feature by feature, so that a caller streaming features from a store
 * never holds them all: each feature is turned into tile coordinates ({@link TileGeometry}) and encoded
 * (mapbox-vector-tile-java's {@link JtsAdapter}) as it comes. Layers left without features are not written.
 * One writer per tile; not thread-safe.
 */
final class MvtTileWriter {
  /** Sets the feature id and writes the attributes of the {@link TileFeature} carried as user data. */
  private static final IUserDataConverter ATTRIBUTES = (userData, props, feature) -> {
    TileFeature f = (TileFeature) userData;
    if (f.id() != TileFeature.NO_ID) {
      feature.setId(f.id());
    }
    for (Map.Entry<String, Object> e : f.attributes().entrySet()) {
      Object value = MvtValues.of(e.getValue());
      if (value != null) {
        feature.addTags(props.addKey(e.getKey()));
        feature.addTags(props.addValue(value));
      }
    }
  };

  private final TileGeometry geometry;
  private final MvtLayerParams params;
  private final VectorTile.Tile.Builder tile = VectorTile.Tile.newBuilder();
  private final Set<String> names = new HashSet<>();
  private VectorTile.Tile.Layer.Builder layer;
  private MvtLayerProps props;

  MvtTileWriter(Envelope tileEnvelope, int extent, int buffer, double tolerance) {
    this.geometry = new TileGeometry(tileEnvelope, extent, buffer, tolerance);
    this.params = new MvtLayerParams(extent);
  }

  /**
   * Ends the current layer and starts another.
   *
   * @throws IllegalArgumentException if the tile already has a layer of this name (MVT 2.1 forbids it)
   */
  void startLayer(String name) {
    endLayer();
    if (!names.add(name)) {
      throw new IllegalArgumentException("two layers named '" + name + "' in one vector tile");
    }
    layer = MvtUtil.newLayerBuilder(name, params);
    props = new MvtLayerProps();
  }

  /** Adds a feature to the current layer; returns whether anything of it was left to write. */
  boolean add(TileFeature feature) {
    if (layer == null) {
      throw new IllegalStateException("no layer started");
    }
    Optional<Geometry> g = geometry.toTile(feature.geometry());
    if (g.isEmpty()) {
      return false;
    }
    int before = layer.getFeaturesCount();
    g.get().setUserData(feature);
    JtsAdapter.addFeatures(layer, g.get(), props, ATTRIBUTES);
    return layer.getFeaturesCount() > before;
  }

  /** The encoded tile; empty (no bytes) when no layer has a feature. */
  byte[] finish() {
    endLayer();
    return tile.getLayersCount() == 0 ? new byte[0] : tile.build().toByteArray();
  }

  private void endLayer() {
    if (layer != null && layer.getFeaturesCount() > 0) {
      MvtUtil.writeProps(layer, props);
      tile.addLayers(layer.build());
    }
    layer = null;
    props = null;
  }
}
