package org.smartland.data.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.smartland.data.source.SourceFeature;

/**
 * {@code territory_outline}: one feature, the union of the Comuni (input {@code comuni}), with
 * {@code territory_id}, {@code name} (the territory title), {@code comuni} (how many), {@code residents}
 * (their sum; empty if any Comune lacks it) and {@code area_km2} (of the union, 3 decimals). Comuni that do
 * not share their borders exactly leave slivers in the union; nothing closes them.
 */
public final class TerritoryOutline implements Derivation {
  @Override
  public String name() {
    return "territory_outline";
  }

  @Override
  public boolean readsOwnSource() {
    return false;
  }

  @Override
  public Set<String> roles() {
    return Set.of("comuni");
  }

  @Override
  public Set<String> writes() {
    return Set.of("territory_id", "name", "comuni", "residents", "area_km2");
  }

  @Override
  public List<SourceFeature> derive(DerivationContext ctx) {
    InputLayer comuni = ctx.input("comuni").require(name(), "residents");
    if (comuni.features().isEmpty()) {
      throw new DerivationException("layer '" + ctx.layer().id() + "': the comuni layer is empty");
    }
    List<Geometry> parts = new ArrayList<>();
    Long residents = 0L;
    for (SourceFeature c : comuni.features()) {
      parts.add(c.geometry());
      residents = residents != null && c.get("residents") instanceof Number n ? residents + n.longValue() : null;
    }
    Geometry union = UnaryUnionOp.union(parts);
    union.setSRID(parts.get(0).getSRID());
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("territory_id", ctx.territory().id());
    p.put("name", ctx.territory().catalog().title());
    p.put("comuni", (long) parts.size());
    p.put("residents", residents);
    p.put("area_km2", Rounding.to(union.getArea() / 1_000_000, 3));
    return List.of(new SourceFeature("territory " + ctx.territory().id(), union, p));
  }
}
