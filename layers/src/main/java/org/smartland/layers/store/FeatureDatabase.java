package org.smartland.layers.store;

import java.util.List;

/**
 * A database holding a territory's layers, one table per layer: a GeoPackage file or a PostGIS schema.
 * Opened once at startup; hands out one {@link FeatureStore} per layer.
 */
public interface FeatureDatabase extends AutoCloseable {

  /** {@code gpkg} or {@code postgis}. */
  String type();

  /** The layers (table names) this database holds. */
  List<String> layerNames();

  /**
   * The store of an existing layer, checked against the schema the catalog expects.
   *
   * @throws StoreException if the layer's table is missing or lacks a column of the schema
   */
  FeatureStore layer(FeatureSchema schema);

  /** Creates an empty layer table with its spatial index, replacing a table of the same name. */
  FeatureStore createLayer(FeatureSchema schema);

  /**
   * Records a human description of a layer where GIS clients opening the database directly will see it
   * (GeoPackage {@code gpkg_contents.description}, a PostgreSQL table comment).
   */
  void describeLayer(String name, String description);

  /**
   * Removes a layer: its table and everything the database keeps about it (spatial index, metadata, description).
   * Once done, tells the {@link #changes()} listeners, so that whatever was derived from the layer is dropped.
   *
   * @throws StoreException if the database has no such layer
   */
  void dropLayer(String name);

  /** Probes the database now; never throws. */
  StoreStatus status();

  /** The committed writes to this database's layers, for caches to follow. */
  DataChanges changes();

  @Override
  void close();
}
