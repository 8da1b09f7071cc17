package org.smartland.data.osm;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;

/**
 * The coordinates of every node of an extract, in three primitive arrays (24 bytes a node) searched by
 * binary search on the node id. Nodes arrive sorted by id in a normal PBF; if not, {@link #seal()} sorts
 * them.
 */
final class OsmNodeIndex {
  private long[] ids = new long[1 << 16];
  private double[] lons = new double[1 << 16];
  private double[] lats = new double[1 << 16];
  private int size;
  private boolean sorted = true;

  void add(long id, double lon, double lat) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
      lons = Arrays.copyOf(lons, size * 2);
      lats = Arrays.copyOf(lats, size * 2);
    }
    if (size > 0 && id <= ids[size - 1]) {
      sorted = false;
    }
    ids[size] = id;
    lons[size] = lon;
    lats[size] = lat;
    size++;
  }

  /** Sorts by id if the nodes came out of order; call once, after the last {@link #add}. */
  void seal() {
    if (sorted) {
      return;
    }
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(ids[a], ids[b]));
    long[] i2 = new long[size];
    double[] lo2 = new double[size];
    double[] la2 = new double[size];
    for (int i = 0; i < size; i++) {
      i2[i] = ids[order[i]];
      lo2[i] = lons[order[i]];
      la2[i] = lats[order[i]];
    }
    ids = i2;
    lons = lo2;
    lats = la2;
    sorted = true;
  }

  int size() {
    return size;
  }

  /** The node's lon/lat, or null if the extract does not hold it. */
  Coordinate coordinate(long id) {
    int i = Arrays.binarySearch(ids, 0, size, id);
    return i < 0 ? null : new Coordinate(lons[i], lats[i]);
  }
}
