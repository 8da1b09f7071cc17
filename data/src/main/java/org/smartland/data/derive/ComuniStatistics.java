package org.smartland.data.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartland.data.source.SourceFeature;
import org.smartland.data.territory.ComuneRef;

/**
 * {@code comuni_statistics}: keeps, from a boundaries file that may cover more than the territory, exactly the
 * Comuni the territory lists (by {@code istat_code}), in the territory's order, and adds
 * {@code area_km2} — the polygon's area in the territory CRS, km², 3 decimals — and {@code density_per_km2} —
 * {@code residents / area_km2}, 1 decimal. Degenerate cases: a listed Comune missing from the file, or present
 * twice, fails the derivation; a Comune without residents gets no density; a name that differs from the
 * territory's list is kept from the file, with a warning.
 */
public final class ComuniStatistics implements Derivation {
  static final String NAME = "comuni_statistics";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean readsOwnSource() {
    return true;
  }

  @Override
  public Set<String> roles() {
    return Set.of();
  }

  @Override
  public Set<String> writes() {
    return Set.of("area_km2", "density_per_km2");
  }

  @Override
  public List<SourceFeature> derive(DerivationContext ctx) {
    Map<String, SourceFeature> byIstat = new LinkedHashMap<>();
    int others = 0;
    for (SourceFeature f : ctx.own()) {
      Object istat = f.get("istat_code");
      if (istat == null) {
        throw new DerivationException("layer '" + ctx.layer().id() + "': feature " + f.id() + " has no istat_code");
      }
      if (ctx.territory().comune(istat.toString()).isEmpty()) {
        others++;
      } else if (byIstat.put(istat.toString(), f) != null) {
        throw new DerivationException("layer '" + ctx.layer().id() + "': Comune " + istat + " occurs twice in the source");
      }
    }
    if (others > 0) {
      ctx.warn(others + " features of Comuni outside the territory left out");
    }
    List<SourceFeature> out = new ArrayList<>();
    for (ComuneRef c : ctx.territory().comuni()) {
      SourceFeature f = byIstat.get(c.istat());
      if (f == null) {
        throw new DerivationException("layer '" + ctx.layer().id() + "': Comune " + c.istat() + " (" + c.name()
            + ") of the territory is not in the source");
      }
      if (f.get("name") != null && !c.name().equals(f.get("name"))) {
        ctx.warn("Comune " + c.istat() + " is called '" + f.get("name") + "' in the source and '" + c.name()
            + "' in the territory file");
      }
      out.add(f.withProperties(withStatistics(f)));
    }
    return out;
  }

  private static Map<String, Object> withStatistics(SourceFeature f) {
    Map<String, Object> p = new LinkedHashMap<>(f.properties());
    double areaKm2 = f.geometry().getArea() / 1_000_000;
    p.put("area_km2", Rounding.to(areaKm2, 3));
    Object residents = f.get("residents");
    p.put("density_per_km2", residents instanceof Number n && areaKm2 > 0 ? Rounding.to(n.doubleValue() / areaKm2, 1) : null);
    return p;
  }
}
