package org.smartland.server.ogcapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.store.FeatureChange;
import org.smartland.server.edit.Problem;
import org.smartland.server.edit.RejectedEditException;

/**
 * A PATCH body read as a JSON Merge Patch (RFC 7396) of the feature's GeoJSON: {@code properties} members set the
 * attributes they name and a {@code null} clears one ({@code "properties": null} clears them all); a
 * {@code geometry} replaces the geometry (which cannot be removed: every feature of a layer has one); attributes
 * and members not named stay as they are. An {@code id} must be the feature's own (ids do not change); {@code type}
 * must be {@code Feature}; {@code links}, {@code bbox} and foreign members are ignored, so a client may send back
 * what it read.
 */
final class MergePatch {
  private MergePatch() {
  }

  /**
   * The update of feature {@code fid} the patch asks for.
   *
   * @param reader reads the geometry into the native CRS
   * @throws BadRequestResponse     when the body is not a JSON object
   * @throws RejectedEditException  listing what the patch cannot do
   */
  static FeatureChange.Update read(JsonNode patch, String fid, LayerDefinition layer, GeoJsonFeatureReader reader) {
    if (!patch.isObject()) {
      throw new BadRequestResponse("a merge patch of a feature is a JSON object (e.g. {\"properties\": {\"status\":"
          + " \"done\"}}), not " + GeoJsonGeometries.kind(patch));
    }
    List<Problem> problems = new ArrayList<>();
    JsonNode type = patch.get("type");
    if (type != null && !(type.isTextual() && type.textValue().equals("Feature"))) {
      problems.add(new Problem(1, "type", "a feature's type stays \"Feature\""));
    }
    JsonNode id = patch.get("id");
    if (id != null && !((id.isTextual() || id.isIntegralNumber()) && id.asText().equals(fid))) {
      problems.add(new Problem(1, "id", "ids do not change: leave id out or give '" + fid + "'"));
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    JsonNode props = patch.get("properties");
    if (props != null && props.isNull()) {
      for (AttributeDefinition a : layer.attributes()) {
        properties.put(a.name(), null);
      }
    } else if (props != null && props.isObject()) {
      properties.putAll(RequestJson.properties(props, 1, problems));
    } else if (props != null) {
      problems.add(new Problem(1, "properties", "is " + GeoJsonGeometries.kind(props)
          + "; give an object of the properties to change, or null to clear them all"));
    }
    Optional<Geometry> geometry = Optional.empty();
    JsonNode g = patch.get("geometry");
    if (g != null && g.isNull()) {
      problems.add(new Problem(1, "geometry", "cannot be removed: every feature of layer '" + layer.id()
          + "' has a geometry"));
    } else if (g != null) {
      geometry = reader.geometry(g, 1, problems);
    }
    if (!problems.isEmpty()) {
      throw new RejectedEditException(layer.id(), problems);
    }
    return new FeatureChange.Update(fid, properties, geometry);
  }
}
