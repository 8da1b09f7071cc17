/**
 * Derived layers, each a {@link org.smartland.data.derive.Derivation} named in the territory file and stating
 * its method in the layer's provenance: Comuni statistics (area, density), the territory outline, building
 * profiles (use, floors, floor area, construction period, Comune), population disaggregated to residential
 * buildings by floor area ({@link org.smartland.data.derive.Apportionment largest remainder}), and the
 * energy profile of public buildings (certificates joined by OSM id, estimates from reference values,
 * {@link org.smartland.data.derive.EnergyClass national class scale}, rooftop PV potential).
 */
package org.smartland.data.derive;
