package org.smartland.data.importer;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.io.WKBWriter;
import org.smartland.data.source.SourceFeature;

/**
 * Merges features whose geometries are identical (same vertices after {@code Geometry.norm()}, so ring start
 * and orientation do not matter) into one, in first-seen order. Text values of the merged features are kept
 * as their distinct values joined by {@code ;} in order of appearance; other values keep the first non-empty
 * one. The merged feature keeps the first feature's id.
 */
final class Deduplicator {
  private Deduplicator() {
  }

  static List<SourceFeature> byGeometry(List<SourceFeature> features) {
    Map<String, List<SourceFeature>> groups = new LinkedHashMap<>();
    WKBWriter wkb = new WKBWriter(2);
    for (SourceFeature f : features) {
      String key = Base64.getEncoder().encodeToString(wkb.write(f.geometry().norm()));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    List<SourceFeature> out = new ArrayList<>(groups.size());
    for (List<SourceFeature> group : groups.values()) {
      out.add(group.size() == 1 ? group.get(0) : merge(group));
    }
    return out;
  }

  private static SourceFeature merge(List<SourceFeature> group) {
    Map<String, Object> merged = new LinkedHashMap<>();
    Map<String, Set<String>> texts = new LinkedHashMap<>();
    for (SourceFeature f : group) {
      for (Map.Entry<String, Object> e : f.properties().entrySet()) {
        Object v = e.getValue();
        if (v instanceof String s) {
          texts.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(s);
        } else if (v != null) {
          merged.putIfAbsent(e.getKey(), v);
        } else {
          merged.putIfAbsent(e.getKey(), null);
        }
      }
    }
    texts.forEach((k, values) -> merged.put(k, String.join(";", values)));
    return group.get(0).withProperties(merged);
  }
}
