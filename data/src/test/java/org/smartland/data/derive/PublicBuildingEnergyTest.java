package org.smartland.data.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.smartland.data.derive.DeriveFixtures.box;
import static org.smartland.data.derive.DeriveFixtures.feature;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartland.data.source.SourceFeature;

class PublicBuildingEnergyTest {
  static final String PARAMS = """
      degree_days: 2404
      degree_days_by_comune: {"000002": 3606}
      net_to_gross_floor_ratio: 0.8
      co2_kg_per_kwh: 0.20
      pv: {usable_roof_share: 0.5, kwp_per_m2: 0.2, kwh_per_kwp: 1150}
      reference:
        source: test values
        degree_days: 2404
        ep_gl_nren_kwh_m2: {pre-1919: 250, 1919-1945: 250, 1946-1960: 240, 1961-1970: 230, 1971-1980: 215,
                            1981-1990: 180, 1991-2000: 160, 2001-2005: 130, 2006-: 90, unknown: 250}
        use_factor: {gym: 1.15, other: 1.0}
        ep_ref_kwh_m2: {other: 85}
      """;
  static final String[] BUILDING_ATTRIBUTES = {"osm_type", "osm_id", "name", "public_category", "comune_istat", "year",
      "construction_period", "footprint_m2", "floor_area_m2"};
  static final String[] CERTIFICATE_ATTRIBUTES = {"osm_type", "osm_id", "certificate_id", "certificate_date",
      "heated_floor_m2", "ep_gl_nren", "energy_class", "co2_kg_m2", "energy_carrier", "has_pv", "retrofitted", "year_built"};

  final List<String> warnings = new ArrayList<>();

  private static SourceFeature building(long id, String category, String comune, Long year, String period,
                                        double footprint, double floorArea) {
    return feature("way/" + id, box(id * 100, 100, 10, 10), "osm_type", "way", "osm_id", id, "name", "B" + id,
        "public_category", category, "comune_istat", comune, "year", year, "construction_period", period,
        "footprint_m2", footprint, "floor_area_m2", floorArea);
  }

  private List<SourceFeature> derive() {
    InputLayer buildings = new InputLayer(DeriveFixtures.layer("buildings", BUILDING_ATTRIBUTES), List.of(
        building(1, "school", "000001", 1927L, "1919-1945", 700, 1400),
        building(2, "gym", "000001", 1970L, "1961-1970", 1000, 1000),
        building(3, "library", "000002", null, null, 500, 500),
        building(4, null, "000001", 1990L, "1981-1990", 100, 100)));
    InputLayer certificates = new InputLayer(DeriveFixtures.layer("certificates", CERTIFICATE_ATTRIBUTES), List.of(
        feature("c1", "POINT (105 105)", "osm_type", "way", "osm_id", 1L, "certificate_id", "15236-016713/17",
            "certificate_date", LocalDate.of(2017, 3, 16), "heated_floor_m2", 1432.95, "ep_gl_nren", 274.43,
            "energy_class", "F", "co2_kg_m2", 54.89, "energy_carrier", "Gas naturale", "has_pv", false,
            "retrofitted", false, "year_built", 1927L),
        feature("c2", "POINT (0 0)", "osm_type", "way", "osm_id", 99L, "certificate_id", "X-1", "ep_gl_nren", 100.0)));
    return new PublicBuildingEnergy().derive(DeriveFixtures.context(List.of(),
        Map.of("buildings", buildings, "certificates", certificates), PARAMS, warnings));
  }

  @Test
  void a_certified_building_takes_its_values_from_the_certificate() {
    SourceFeature school = derive().get(0);

    assertEquals(false, school.get("estimated"));
    assertEquals("F", school.get("energy_class"));
    assertEquals(1432.95, school.get("floor_area_m2"));
    assertEquals(274.43, school.get("ep_gl_nren_kwh_m2"));
    assertEquals(393244.0, school.get("consumption_kwh"));
    assertEquals(78.65, school.get("co2_t"));
    assertEquals("15236-016713/17", school.get("certificate_id"));
    assertEquals("school", school.get("category"));
    // PV: 700 m² x 0.5 x 0.2 kWp/m² = 70 kWp; x 1150 = 80,500 kWh
    assertEquals(70.0, school.get("pv_kwp"));
    assertEquals(80500.0, school.get("pv_kwh_year"));
  }

  @Test
  void a_gym_without_certificate_is_estimated_from_the_reference_table() {
    SourceFeature gym = derive().get(1);

    // 230 kWh/m² (1961-1970) x 1.15 (gym) x 2404/2404 = 264.5; area 1000 x 0.8 = 800 m²
    assertEquals(true, gym.get("estimated"));
    assertEquals(264.5, gym.get("ep_gl_nren_kwh_m2"));
    assertEquals(800.0, gym.get("floor_area_m2"));
    assertEquals(211600.0, gym.get("consumption_kwh"));
    assertEquals(42.32, gym.get("co2_t"));
    assertEquals("F", gym.get("energy_class")); // 264.5 / 85 = 3.11
    assertNull(gym.get("certificate_id"));
    assertNull(gym.get("has_pv"));
  }

  @Test
  void an_estimate_scales_with_the_degree_days_of_its_comune_and_unknown_age_uses_the_unknown_row() {
    SourceFeature library = derive().get(2);

    // 250 (unknown) x 1.0 (other) x 3606/2404 = 375.0; 375 / 85 = 4.41: class G
    assertEquals(375.0, library.get("ep_gl_nren_kwh_m2"));
    assertEquals(150000.0, library.get("consumption_kwh"));
    assertEquals("G", library.get("energy_class"));
    assertEquals("library", library.get("category"));
  }

  @Test
  void only_public_or_certified_buildings_are_kept_and_stray_certificates_are_reported() {
    assertEquals(3, derive().size());
    assertEquals(List.of("certificate X-1 names way/99, which is not a building of the layer"), warnings);
  }
}
