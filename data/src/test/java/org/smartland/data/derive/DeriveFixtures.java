package org.smartland.data.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.smartland.data.source.SourceFeature;
import org.smartland.data.territory.ConfigNode;
import org.smartland.data.territory.TerritoryConfig;
import org.smartland.data.territory.TestTerritories;
import org.smartland.data.territory.TestYaml;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.catalog.Provenance;

/** Features, layers and contexts for derivation tests; geometries in EPSG:32632 metres. */
final class DeriveFixtures {
  static final TerritoryConfig TERRITORY = TestTerritories.parse(TestTerritories.MINIMAL);

  private DeriveFixtures() {
  }

  /** A feature from WKT and key/value pairs. */
  static SourceFeature feature(String id, String wkt, Object... keyValues) {
    Map<String, Object> p = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      p.put((String) keyValues[i], keyValues[i + 1]);
    }
    try {
      Geometry g = new WKTReader().read(wkt);
      g.setSRID(32632);
      return new SourceFeature(id, g, p);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** An axis-aligned rectangle. */
  static String box(double x, double y, double width, double height) {
    return "POLYGON ((" + x + " " + y + ", " + (x + width) + " " + y + ", " + (x + width) + " " + (y + height) + ", "
        + x + " " + (y + height) + ", " + x + " " + y + "))";
  }

  /** A layer with these attributes (all text: derivations only check that they exist). */
  static LayerDefinition layer(String id, String... attributes) {
    List<AttributeDefinition> as = new ArrayList<>();
    for (String a : attributes) {
      as.add(AttributeDefinition.of(a, AttributeType.STRING));
    }
    return new LayerDefinition(id, id, "", List.of(), new Provenance.Derived("test", List.of()), GeometryType.GEOMETRY,
        32632, as, null, java.util.Optional.empty(), java.util.Optional.empty());
  }

  static DerivationContext context(List<SourceFeature> own, Map<String, InputLayer> inputs, String params,
                                   List<String> warnings) {
    ConfigNode p = TestYaml.node(params);
    return new DerivationContext(TERRITORY, layer("out"), own, inputs, p, warnings::add);
  }

  /** The two Comuni of the test territory: 000001 is x 0–2000, y 0–1500; 000002 is x 2000–4000, same y. */
  static InputLayer comuni(Long residentsUno, Long residentsDue) {
    return new InputLayer(layer("comuni", "istat_code", "name", "residents"), List.of(
        feature("uno", box(0, 0, 2000, 1500), "istat_code", "000001", "name", "Uno", "residents", residentsUno),
        feature("due", box(2000, 0, 2000, 1500), "istat_code", "000002", "name", "Due", "residents", residentsDue)));
  }
}
