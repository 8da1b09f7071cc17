package org.smartland.data.derive;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The derivations a territory file can name, by name. */
public final class Derivations {
  private final Map<String, Derivation> byName;

  private Derivations(List<Derivation> all) {
    this.byName = all.stream().collect(Collectors.toUnmodifiableMap(Derivation::name, Function.identity()));
  }

  /** Every derivation of this module. */
  public static Derivations standard() {
    return new Derivations(List.of(new ComuniStatistics(), new TerritoryOutline(), new BuildingProfile(),
        new PopulationByBuilding(), new PublicBuildingEnergy()));
  }

  public Optional<Derivation> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Set<String> names() {
    return new TreeSet<>(byName.keySet());
  }
}
