package org.smartland.server.uploads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.sql.ValueCoercion;
import org.smartland.server.edit.FeatureChecks;
import org.smartland.server.edit.Problem;

/**
 * Checks what a reader found against the layer, with the same {@link FeatureChecks} as every transaction, after
 * reprojecting each geometry to the layer's CRS: every problem of every feature is listed, not only the first. Names
 * match the layer's attributes exactly, or else ignoring case (a shapefile's {@code NAME} is {@code name}). For files
 * with columns (GeoPackage, shapefile) a column the layer lacks, or a required attribute the file lacks, is one problem
 * of the file rather than one per feature; GeoJSON features, each with its own properties, get theirs one by one.
 * Without a CRS, geometries are still checked for their type and validity, but not for where they lie.
 */
final class UploadValidation {
  /** The problems found; when there are none, the features to write (in the layer's CRS, values typed). */
  record Result(List<UploadProblem> problems, List<Feature> features) {
  }

  private final LayerDefinition layer;
  private final List<String> required;
  private final FeatureChecks checks;
  private final CrsTransforms crs;

  UploadValidation(LayerDefinition layer, List<String> required, FeatureChecks checks, CrsTransforms crs) {
    this.layer = layer;
    this.required = List.copyOf(required);
    this.checks = checks;
    this.crs = crs;
  }

  /** @param crsOverride the EPSG code the uploader gave ({@code crs=}), which wins over the file's */
  Result check(UploadedFile file, Optional<Integer> crsOverride) {
    List<UploadProblem> problems = new ArrayList<>(file.problems());
    Optional<Integer> srid = crsOverride.or(file::srid);
    if (srid.isEmpty()) {
      problems.add(UploadProblem.ofFile("crs", file.crsProblem().orElse("no CRS: the file does not say its coordinate"
          + " reference system (a shapefile needs its .prj); say the EPSG code with crs=")));
    } else if (!crs.isKnown(srid.get())) {
      problems.add(UploadProblem.ofFile("crs", "CRS not recognised: EPSG:" + srid.get() + " is not in the EPSG"
          + " database"));
      srid = Optional.empty();
    }
    if (file.features().isEmpty() && problems.isEmpty()) {
      problems.add(UploadProblem.ofFile("the file holds no features; an upload replaces every feature of the layer,"
          + " so it would leave the layer empty"));
    }
    List<String> requiredEach = required;
    if (file.columns().isPresent()) {
      requiredEach = columnProblems(file.columns().get(), problems);
    }
    FeatureChecks featureChecks = srid.isPresent() ? checks : FeatureChecks.withoutTerritory();
    List<Feature> out = new ArrayList<>();
    for (UploadedFeature f : file.features()) {
      Map<String, Object> props = renamed(f.properties(), file.columns().isPresent());
      List<Problem> found = new ArrayList<>();
      Geometry g = f.geometry().orElse(null);
      if (f.geometryProblem().isPresent()) {
        found.add(new Problem(f.position(), "geometry", f.geometryProblem().get()));
        found.addAll(featureChecks.ofProperties(f.position(), layer, props));
        requiredEach.stream().filter(r -> blank(props.get(r))).forEach(r -> found.add(new Problem(f.position(), r,
            "is required")));
      } else {
        if (g != null && srid.isPresent()) {
          try {
            g = crs.transform(g, srid.get(), layer.nativeSrid());
          } catch (IllegalArgumentException e) {
            found.add(new Problem(f.position(), "geometry", "cannot be reprojected from EPSG:" + srid.get()
                + " to the layer's EPSG:" + layer.nativeSrid() + ": check the coordinates and their CRS"));
            g = null;
          }
        }
        if (found.isEmpty()) {
          found.addAll(featureChecks.ofFeature(f.position(), layer, requiredEach, g, props));
        }
      }
      found.forEach(p -> problems.add(UploadProblem.of(p, f.sourceId())));
      if (found.isEmpty() && problems.isEmpty()) {
        g.setSRID(layer.nativeSrid());
        out.add(Feature.of(g, typed(props)));
      }
    }
    return new Result(problems, problems.isEmpty() ? out : List.of());
  }

  /**
   * Adds a problem for each column the layer lacks, each attribute two columns claim, and each required attribute
   * no column gives; returns the required attributes the file has columns for (checked feature by feature).
   */
  private List<String> columnProblems(List<String> columns, List<UploadProblem> problems) {
    Map<String, String> claimed = new HashMap<>();
    for (String c : columns) {
      Optional<String> a = attribute(c);
      if (a.isEmpty()) {
        problems.add(UploadProblem.ofFile(c, "is a column of the file but not an attribute of layer '" + layer.id()
            + "' (it has " + String.join(", ", layer.attributes().stream().map(AttributeDefinition::name).toList())
            + "): drop or rename it"));
      } else if (claimed.putIfAbsent(a.get(), c) != null) {
        problems.add(UploadProblem.ofFile(c, "and column '" + claimed.get(a.get()) + "' both give attribute '"
            + a.get() + "'"));
      }
    }
    List<String> present = new ArrayList<>();
    for (String r : required) {
      if (claimed.containsKey(r)) {
        present.add(r);
      } else {
        problems.add(UploadProblem.ofFile(r, "is required, but the file has no such column"));
      }
    }
    return present;
  }

  /** The values under the layer's attribute names; for columnar files, only the columns the layer has. */
  private Map<String, Object> renamed(Map<String, Object> properties, boolean knownOnly) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : properties.entrySet()) {
      Optional<String> a = attribute(e.getKey());
      if (a.isPresent()) {
        out.putIfAbsent(a.get(), e.getValue());
      } else if (!knownOnly) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  private Optional<String> attribute(String name) {
    if (layer.attribute(name).isPresent()) {
      return Optional.of(name);
    }
    List<String> alike = layer.attributes().stream().map(AttributeDefinition::name)
        .filter(a -> a.equals(name.toLowerCase(Locale.ROOT))).toList();
    return alike.size() == 1 ? Optional.of(alike.get(0)) : Optional.empty();
  }

  private Map<String, Object> typed(Map<String, Object> props) {
    Map<String, Object> out = new LinkedHashMap<>();
    props.forEach((k, v) -> out.put(k, ValueCoercion.to(layer.attribute(k).orElseThrow().type(), v)));
    return out;
  }

  private static boolean blank(Object v) {
    return v == null || v.toString().isBlank();
  }
}
