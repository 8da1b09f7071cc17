package org.smartland.server.uploads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** .prj WKT to EPSG codes: authority codes, ESRI names and OGC names. */
class PrjCrsTest {
  @Test
  void esri_names_of_the_regions_crs() {
    assertEquals(Optional.of(32632), PrjCrs.epsg(TestShapefile.PRJ_32632));
    assertEquals(Optional.of(4326), PrjCrs.epsg(TestShapefile.PRJ_4326));
    assertEquals(Optional.of(3003), PrjCrs.epsg("PROJCS[\"Monte_Mario_Italy_1\",GEOGCS[\"GCS_Monte_Mario\"]]"));
    assertEquals(Optional.of(6707), PrjCrs.epsg("PROJCS[\"RDN2008_UTM_Zone_32N\",GEOGCS[\"GCS_RDN2008\"]]"));
    assertEquals(Optional.of(3857), PrjCrs.epsg("PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\",GEOGCS[\"GCS_WGS_1984\"]]"));
    assertEquals(Optional.of(25832), PrjCrs.epsg("PROJCS[\"ETRS_1989_UTM_Zone_32N\",GEOGCS[\"GCS_ETRS_1989\"]]"));
    assertEquals(Optional.of(32733), PrjCrs.epsg("PROJCS[\"WGS_1984_UTM_Zone_33S\",GEOGCS[\"GCS_WGS_1984\"]]"));
  }

  @Test
  void ogc_names_and_authority_codes() {
    assertEquals(Optional.of(3003), PrjCrs.epsg("PROJCS[\"Monte Mario / Italy zone 1\",GEOGCS[\"Monte Mario\"]]"));
    assertEquals(Optional.of(6707), PrjCrs.epsg("PROJCS[\"RDN2008 / UTM zone 32N (N-E)\",GEOGCS[\"RDN2008\"]]"));
    assertEquals(Optional.of(3857), PrjCrs.epsg("PROJCS[\"WGS 84 / Pseudo-Mercator\",GEOGCS[\"WGS 84\"]]"));
    assertEquals(Optional.of(32632), PrjCrs.epsg("PROJCS[\"some name\",GEOGCS[\"WGS 84\",AUTHORITY[\"EPSG\",\"4326\"]],"
        + "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AUTHORITY[\"EPSG\",\"32632\"]]"));
    assertEquals(Optional.of(4326), PrjCrs.epsg("GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\"]]"));
  }

  @Test
  void anything_else_is_not_recognised() {
    assertEquals(Optional.empty(), PrjCrs.epsg("PROJCS[\"Lambert_Conformal_Conic\",GEOGCS[\"GCS_WGS_1984\"]]"));
    assertEquals(Optional.empty(), PrjCrs.epsg("not WKT at all"));
    assertEquals(Optional.empty(), PrjCrs.epsg(""));
    assertEquals(Optional.empty(), PrjCrs.epsg("PROJCS[\"WGS_1984_UTM_Zone_99N\"]"));
  }
}
