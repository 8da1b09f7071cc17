package org.smartland.data.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.smartland.data.derive.DeriveFixtures.box;
import static org.smartland.data.derive.DeriveFixtures.feature;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartland.data.source.SourceFeature;

class BuildingProfileTest {
  static final String PARAMS = """
      default_floors: 1
      storey_height_m: 3.0
      uses:
        - {use: residential, when: {building: [house, apartments]}}
        - {use: public, when: {amenity: school}}
      public_categories:
        - {category: school, when: {amenity: school}}
      """;
  final List<String> warnings = new ArrayList<>();

  private List<SourceFeature> profile(SourceFeature... buildings) {
    return new BuildingProfile().derive(DeriveFixtures.context(List.of(buildings),
        Map.of("comuni", DeriveFixtures.comuni(100L, 50L)), PARAMS, warnings));
  }

  @Test
  void an_apartment_block_of_three_floors_from_1965() {
    SourceFeature b = profile(feature("way/1", box(100, 100, 10, 20), "building", "apartments", "levels", "3",
        "start_date", "1965")).get(0);

    assertEquals("residential", b.get("use"));
    assertNull(b.get("public_category"));
    assertEquals(3L, b.get("floors"));
    assertEquals(9.0, b.get("height_m"));
    assertEquals(200.0, b.get("footprint_m2"));
    assertEquals(600.0, b.get("floor_area_m2"));
    assertEquals(1965L, b.get("year"));
    assertEquals("1961-1970", b.get("construction_period"));
    assertEquals("000001", b.get("comune_istat"));
    assertEquals("apartments", b.get("building"));
  }

  @Test
  void a_school_without_levels_has_one_floor_and_its_category() {
    SourceFeature b = profile(feature("way/2", box(2500, 100, 30, 30), "building", "school", "amenity", "school",
        "height", "7.5 m")).get(0);

    assertEquals("public", b.get("use"));
    assertEquals("school", b.get("public_category"));
    assertEquals(1L, b.get("floors"));
    assertEquals(7.5, b.get("height_m"));
    assertEquals(900.0, b.get("floor_area_m2"));
    assertNull(b.get("year"));
    assertNull(b.get("construction_period"));
    assertEquals("000002", b.get("comune_istat"));
    assertEquals(List.of(), warnings);
  }

  @Test
  void the_comune_named_by_the_address_wins_over_a_generalised_boundary() {
    List<SourceFeature> out = new BuildingProfile().derive(DeriveFixtures.context(List.of(
            feature("way/5", box(1990, 100, 5, 5), "building", "house", "city", "due"),
            feature("way/6", box(100, 100, 5, 5), "building", "house", "city", "Milano"),
            feature("way/7", box(5000, 100, 5, 5), "building", "house", "city", "Uno")),
        Map.of("comuni", DeriveFixtures.comuni(100L, 50L)), PARAMS + "comune_name_attribute: city\n", warnings));

    assertEquals("000002", out.get(0).get("comune_istat"));
    assertEquals("000001", out.get(1).get("comune_istat"));
    assertEquals("000001", out.get(2).get("comune_istat"));
    assertEquals(List.of("2 buildings lie outside the (generalised) boundary of the Comune their city names: the named"
        + " Comune was used"), warnings);
  }

  @Test
  void unreadable_levels_and_buildings_outside_the_comuni_are_reported() {
    List<SourceFeature> out = profile(
        feature("way/3", box(100, 100, 10, 10), "building", "shed", "levels", "two"),
        feature("way/4", box(5000, 100, 10, 10), "building", "house"));

    assertEquals("other", out.get(0).get("use"));
    assertEquals(1L, out.get(0).get("floors"));
    assertNull(out.get(1).get("comune_istat"));
    assertEquals(List.of("1 buildings lie in no Comune of the territory (in the buffer around it): comune_istat left empty",
        "1 buildings have a levels value that is not a number: 1 floor(s) assumed"), warnings);
  }
}
