package org.smartland.server.wfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.server.EditingTerritory;
import org.smartland.server.TestClient;
import org.smartland.server.ogc.OgcSchemas;

/**
 * WFS-T and private layers over WFS, against a started server on the editing territory: {@code works} (MultiPolygon,
 * written by the contractors of FIX-1 and admins; name and status required), read-only {@code schools}, private
 * {@code households}. Territory x 500–510 km, y 5030–5035 km in EPSG:32632; the maps here draw it at 50 m a pixel
 * (200 x 100), works in red. Each test writes in its own part of the territory.
 */
class WfsTransactionIT {
  static final String NS = "https://smartland-twin.org/ns/editing";
  static final String WFS_XSD = "http://schemas.opengis.net/wfs/2.0/wfs.xsd";
  static final String OWS_XSD = "http://schemas.opengis.net/ows/1.1.0/owsExceptionReport.xsd";
  static final String UTM = "urn:ogc:def:crs:EPSG::32632";

  @TempDir
  static Path dir;
  static EditingTerritory.Server server;
  static TestClient http;

  @BeforeAll
  static void start() {
    server = EditingTerritory.start(dir);
    http = server.client();
  }

  @AfterAll
  static void stop() {
    server.app().stop();
  }

  // --- who may write

  @Test
  void only_the_projects_contractor_and_admins_write_works() {
    long before = count("works");
    String body = tx(insert(work("Role check", "planned", square(509000, 5030200, 200))));
    HttpResponse<String> anonymous = post(body);
    assertReport(anonymous, 401, "NoApplicableCode", null);
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic realm="),
        "QGIS prompts for credentials on a 401 with WWW-Authenticate");
    for (String user : List.of("citizen", "analyst", "moderator", "other")) {
      HttpResponse<String> r = post(body, server.as(user));
      assertReport(r, 403, "NoApplicableCode", null);
      assertTrue(r.body().contains("writing to layer 'works'"), r.body());
    }
    for (String user : List.of("contractor", "admin")) {
      HttpResponse<String> r = post(body, server.as(user));
      assertEquals(200, r.statusCode(), user + ": " + r.body());
      assertTrue(r.body().contains("<wfs:totalInserted>1</wfs:totalInserted>"), r.body());
    }
    assertEquals(before + 2, count("works"), "two inserts, by the contractor and the admin");
  }

  @Test
  void the_read_only_schools_are_403_even_for_admins() {
    String school = "<slt:schools><slt:geom><gml:Point gml:id=\"p\" srsName=\"" + UTM + "\"><gml:pos>503000 5033000</gml:pos>"
        + "</gml:Point></slt:geom><slt:name>New school</slt:name></slt:schools>";
    for (String user : List.of("contractor", "admin")) {
      HttpResponse<String> r = post(tx(insert(school)), server.as(user));
      assertReport(r, 403, "NoApplicableCode", null);
      assertTrue(r.body().contains("read-only"), r.body());
    }
    assertReport(post(tx(delete("slt:schools", "schools.1")), server.as("admin")), 403, "NoApplicableCode", null);
    assertEquals(3, count("schools"));
  }

  // --- insert, update, replace, delete

  @Test
  void an_insert_is_served_by_getfeature_and_drawn_by_wms_at_once() {
    assertEquals(0xffffff, map().getRGB(50, 50) & 0xffffff, "nothing there yet");
    HttpResponse<String> r = post(tx("<wfs:Insert handle=\"north side\">" + work("Cycle lane", "planned",
        square(502000, 5032000, 1000), "<slt:cost>1234.5</slt:cost><slt:done_on>2024-05-01</slt:done_on>")
        + "</wfs:Insert>"), server.as("contractor"));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(List.of(), OgcSchemas.errors(bytes(r), WFS_XSD), r.body());
    assertTrue(r.body().contains("<wfs:Feature handle=\"north side\"><fes:ResourceId rid=\"works."), r.body());
    String rid = rids(r.body()).get(0);

    String gml = getFeature("RESOURCEID=" + rid);
    assertTrue(gml.contains("gml:id=\"" + rid + "\""), "the rid is GetFeature's gml:id: " + gml);
    assertTrue(gml.contains("<slt:name>Cycle lane</slt:name>") && gml.contains("<slt:cost>1234.5</slt:cost>")
        && gml.contains("<slt:done_on>2024-05-01</slt:done_on>"), gml);
    assertTrue(gml.contains("<gml:MultiSurface"), "a Polygon sent to a MultiPolygon layer: " + gml);
    assertEquals(0xff0000, map().getRGB(50, 50) & 0xffffff, "WMS draws the new work at once");
  }

  @Test
  void several_features_per_insert_come_back_in_order() {
    HttpResponse<String> r = post(tx(insert(work("First", "planned", square(500100, 5034000, 100)),
        work("Second", "planned", square(500300, 5034000, 100)), work("Third", "planned", square(500500, 5034000, 100)))),
        server.as("admin"));
    assertEquals(200, r.statusCode(), r.body());
    List<String> rids = rids(r.body());
    assertEquals(3, rids.size(), r.body());
    List<String> names = List.of("First", "Second", "Third");
    for (int i = 0; i < 3; i++) {
      assertTrue(getFeature("RESOURCEID=" + rids.get(i)).contains("<slt:name>" + names.get(i) + "</slt:name>"));
    }
  }

  @Test
  void update_replace_and_delete() {
    String rid = rids(post(tx(insert(work("To change", "planned", square(505500, 5030500, 400)))), server.as("contractor"))
        .body()).get(0);

    HttpResponse<String> updated = post(tx("<wfs:Update typeName=\"slt:works\">"
        + property("status", "done") + property("cost", "99.5")
        + "<wfs:Property><wfs:ValueReference>geom</wfs:ValueReference><wfs:Value>" + square(508000, 5033000, 1000)
        + "</wfs:Value></wfs:Property>" + ridFilter(rid) + "</wfs:Update>"), server.as("contractor"));
    assertEquals(200, updated.statusCode(), updated.body());
    assertEquals(List.of(), OgcSchemas.errors(bytes(updated), WFS_XSD), updated.body());
    assertTrue(updated.body().contains("<wfs:totalUpdated>1</wfs:totalUpdated>"), updated.body());
    String gml = getFeature("RESOURCEID=" + rid);
    assertTrue(gml.contains("<slt:status>done</slt:status>") && gml.contains("<slt:cost>99.5</slt:cost>"), gml);
    assertTrue(gml.contains("508000 5033000"), "the geometry moved: " + gml);
    assertEquals(0xff0000, map().getRGB(170, 30) & 0xffffff, "drawn where it moved");

    HttpResponse<String> byName = post(tx("<wfs:Update typeName=\"slt:works\">" + property("status", "checked")
        + "<fes:Filter><fes:PropertyIsEqualTo><fes:ValueReference>name</fes:ValueReference>"
        + "<fes:Literal>To change</fes:Literal></fes:PropertyIsEqualTo></fes:Filter></wfs:Update>"), server.as("admin"));
    assertEquals(200, byName.statusCode(), byName.body());
    assertTrue(getFeature("RESOURCEID=" + rid).contains("<slt:status>checked</slt:status>"), "selected by any filter");

    HttpResponse<String> replaced = post(tx("<wfs:Replace>" + work("Replaced", "done", square(508000, 5033000, 1000))
        + ridFilter(rid) + "</wfs:Replace>"), server.as("contractor"));
    assertEquals(200, replaced.statusCode(), replaced.body());
    assertEquals(List.of(), OgcSchemas.errors(bytes(replaced), WFS_XSD), replaced.body());
    assertTrue(replaced.body().contains("<wfs:totalReplaced>1</wfs:totalReplaced>"), replaced.body());
    assertTrue(replaced.body().contains("<wfs:ReplaceResults><wfs:Feature><fes:ResourceId rid=\"" + rid + "\"/>"));
    gml = getFeature("RESOURCEID=" + rid);
    assertTrue(gml.contains("<slt:name>Replaced</slt:name>") && !gml.contains("<slt:cost>"), "cost not given: " + gml);

    HttpResponse<String> deleted = post(tx(delete("slt:works", rid)), server.as("contractor"));
    assertEquals(200, deleted.statusCode(), deleted.body());
    assertTrue(deleted.body().contains("<wfs:totalDeleted>1</wfs:totalDeleted>"), deleted.body());
    assertTrue(getFeature("RESOURCEID=" + rid).contains("numberMatched=\"0\""));
    assertEquals(0xffffff, map().getRGB(170, 30) & 0xffffff, "no longer drawn");
  }

  @Test
  void srs_names_on_the_insert_and_on_the_geometry_are_honoured_and_gml_2_is_x_y() {
    String lonLat = "<gml:Polygon gml:id=\"a\"><gml:exterior><gml:LinearRing><gml:posList>9.052 45.452 9.062 45.452 "
        + "9.062 45.458 9.052 45.458 9.052 45.452</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>";
    String latLon = "<gml:Polygon gml:id=\"b\" srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:exterior><gml:LinearRing>"
        + "<gml:posList>45.452 9.052 45.452 9.062 45.458 9.062 45.458 9.052 45.452 9.052</gml:posList></gml:LinearRing>"
        + "</gml:exterior></gml:Polygon>";
    HttpResponse<String> r = post(tx("<wfs:Insert srsName=\"EPSG:4326\">" + work("Lon/lat", "planned", lonLat)
        + work("Lat/lon", "planned", latLon) + "</wfs:Insert>"), server.as("contractor"));
    assertEquals(200, r.statusCode(), r.body());
    List<String> rids = new ArrayList<>(rids(r.body()));
    // WFS 1.0.0 (as QGIS 3.22 sends it): GML 2 coordinates are x/y, lon/lat, even under a lat/lon URN
    HttpResponse<String> v100 = post("<Transaction xmlns=\"http://www.opengis.net/wfs\" version=\"1.0.0\" "
        + "service=\"WFS\" xmlns:gml=\"http://www.opengis.net/gml\"><Insert><works xmlns=\"" + NS + "\"><name>GML 2</name>"
        + "<status>planned</status><geom><gml:MultiPolygon srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:polygonMember>"
        + "<gml:Polygon><gml:outerBoundaryIs><gml:LinearRing><gml:coordinates cs=\",\" ts=\" \">9.052,45.452 9.062,45.452 "
        + "9.062,45.458 9.052,45.458 9.052,45.452</gml:coordinates></gml:LinearRing></gml:outerBoundaryIs></gml:Polygon>"
        + "</gml:polygonMember></gml:MultiPolygon></geom></works></Insert></Transaction>", server.as("contractor"));
    assertEquals(200, v100.statusCode(), v100.body());
    Matcher fid = Pattern.compile("fid=\"([^\"]+)\"").matcher(v100.body());
    assertTrue(fid.find(), v100.body());
    rids.add(fid.group(1));
    assertEquals(3, rids.size());
    for (String rid : rids) {
      String gml = getFeature("RESOURCEID=" + rid);
      assertTrue(hasPosition(gml, 504066.044, 5033165.181), "9.052 E 45.452 N in EPSG:32632: " + gml);
      assertTrue(hasPosition(gml, 504847.462, 5033832.313), "9.062 E 45.458 N in EPSG:32632: " + gml);
    }
  }

  @Test
  void wfs_1_0_0_and_1_1_0_transactions_are_answered_in_their_version() {
    String v100 = "<Transaction xmlns=\"http://www.opengis.net/wfs\" version=\"1.0.0\" service=\"WFS\" "
        + "xmlns:gml=\"http://www.opengis.net/gml\"><Insert><works xmlns=\"" + NS + "\"><name>WFS 1.0</name>"
        + "<status>planned</status><geom><gml:MultiPolygon srsName=\"" + UTM + "\"><gml:polygonMember><gml:Polygon>"
        + "<gml:outerBoundaryIs><gml:LinearRing><gml:coordinates cs=\",\" ts=\" \">506000,5034000 506200,5034000 "
        + "506200,5034200 506000,5034000</gml:coordinates></gml:LinearRing></gml:outerBoundaryIs></gml:Polygon>"
        + "</gml:polygonMember></gml:MultiPolygon></geom></works></Insert></Transaction>";
    HttpResponse<String> r = post(v100, server.as("contractor"));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(List.of(), OgcSchemas.errors(bytes(r), "http://schemas.opengis.net/wfs/1.0.0/WFS-transaction.xsd"));
    assertTrue(r.body().contains("<wfs:WFS_TransactionResponse") && r.body().contains("<wfs:SUCCESS/>"), r.body());
    Matcher fid = Pattern.compile("<ogc:FeatureId fid=\"(works\\.\\d+)\"/>").matcher(r.body());
    assertTrue(fid.find(), r.body());

    String v110 = "<wfs:Transaction xmlns:wfs=\"http://www.opengis.net/wfs\" xmlns:ogc=\"http://www.opengis.net/ogc\" "
        + "version=\"1.1.0\" service=\"WFS\"><wfs:Update typeName=\"slt:works\" xmlns:slt=\"" + NS + "\"><wfs:Property>"
        + "<wfs:Name>slt:status</wfs:Name><wfs:Value>done</wfs:Value></wfs:Property><ogc:Filter><ogc:FeatureId fid=\""
        + fid.group(1) + "\"/></ogc:Filter></wfs:Update></wfs:Transaction>";
    HttpResponse<String> updated = post(v110, server.as("contractor"));
    assertEquals(200, updated.statusCode(), updated.body());
    assertEquals(List.of(), OgcSchemas.errors(bytes(updated), "http://schemas.opengis.net/wfs/1.1.0/wfs.xsd"));
    assertTrue(updated.body().contains("<wfs:totalUpdated>1</wfs:totalUpdated>"), updated.body());
    assertTrue(getFeature("RESOURCEID=" + fid.group(1)).contains("<slt:status>done</slt:status>"));
  }

  // --- what is refused, and that nothing is half-written

  @Test
  void a_bad_feature_in_the_middle_of_an_insert_writes_nothing() {
    long before = count("works");
    HttpResponse<String> r = post(tx(insert(work("Good one", "planned", square(501000, 5030500, 100)),
        work("No status", null, square(501200, 5030500, 100), "<slt:cost>a lot</slt:cost>"),
        work("Good two", "planned", square(501400, 5030500, 100)))), server.as("contractor"));
    assertReport(r, 400, "InvalidValue", null);
    assertTrue(r.body().contains("feature 2 of Insert 1 [status]: is required"), r.body());
    assertTrue(r.body().contains("feature 2 of Insert 1 [cost]: 'a lot' is not a valid double"), r.body());
    assertFalse(r.body().contains("feature 1 of") || r.body().contains("feature 3 of"), r.body());
    assertEquals(before, count("works"), "features 1 and 3 were not written either");
  }

  @Test
  void features_outside_the_territory_or_with_invalid_geometry_are_refused() {
    long before = count("works");
    HttpResponse<String> outside = post(tx(insert(work("Far away", "planned", square(600000, 5032000, 100)))),
        server.as("contractor"));
    assertReport(outside, 400, "InvalidValue", null);
    assertTrue(outside.body().contains("lies outside the territory"), outside.body());
    String bowTie = "<gml:Polygon gml:id=\"t\" srsName=\"" + UTM + "\"><gml:exterior><gml:LinearRing><gml:posList>"
        + "503000 5031000 503100 5031100 503100 5031000 503000 5031100 503000 5031000</gml:posList></gml:LinearRing>"
        + "</gml:exterior></gml:Polygon>";
    HttpResponse<String> invalid = post(tx(insert(work("Bow tie", "planned", bowTie))), server.as("contractor"));
    assertReport(invalid, 400, "InvalidValue", null);
    assertTrue(invalid.body().contains("is not valid: Self-intersection"), invalid.body());
    assertEquals(before, count("works"));
  }

  @Test
  void updates_are_checked_like_inserts() {
    String rid = rids(post(tx(insert(work("Checked", "planned", square(504000, 5031000, 100)))), server.as("admin"))
        .body()).get(0);
    HttpResponse<String> blank = post(tx("<wfs:Update typeName=\"slt:works\">" + property("status", "")
        + ridFilter(rid) + "</wfs:Update>"), server.as("admin"));
    assertReport(blank, 400, "InvalidValue", null);
    assertTrue(blank.body().contains("Update 1 of " + rid + " [status]: is required"), blank.body());
    assertReport(post(tx("<wfs:Update typeName=\"slt:works\">" + property("colour", "red") + ridFilter(rid)
        + "</wfs:Update>"), server.as("admin")), 400, "InvalidParameterValue", "ValueReference");
    assertTrue(getFeature("RESOURCEID=" + rid).contains("<slt:status>planned</slt:status>"));
  }

  @Test
  void unknown_ids_and_mixed_types_are_refused() {
    assertReport(post(tx(delete("slt:works", "works.99999")), server.as("contractor")), 404, "NotFound", "ResourceId");
    assertReport(post(tx(delete("slt:works", "schools.1")), server.as("contractor")), 400, "InvalidParameterValue",
        "ResourceId");
    long before = count("works");
    HttpResponse<String> mixed = post(tx(insert(work("Mixed", "planned", square(504500, 5031000, 100)))
        + delete("slt:schools", "schools.1")), server.as("admin"));
    assertReport(mixed, 400, "InvalidParameterValue", "typeName");
    assertTrue(mixed.body().contains("slt:works, slt:schools"), mixed.body());
    assertEquals(before, count("works"));
    assertEquals(3, count("schools"));
  }

  @Test
  void malformed_and_hostile_bodies_are_refused() {
    HttpResponse<String> xxe = post("<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + tx(insert(work("&e;", "planned", square(503500, 5031500, 100)))), server.as("contractor"));
    assertReport(xxe, 400, "OperationParsingFailed", null);
    assertFalse(xxe.body().contains("root:"), xxe.body());
    assertReport(post(tx(insert(work("Unclosed", "planned", square(503500, 5031500, 100)))).replace("</wfs:Transaction>", ""),
        server.as("contractor")), 400, "OperationParsingFailed", null);
    StringBuilder many = new StringBuilder();
    for (int i = 0; i <= WfsLimits.DEFAULT.maxTransactionFeatures(); i++) {
      many.append(work("Many " + i, "planned", square(503000, 5031000, 10)));
    }
    assertReport(post(tx(insert(many.toString())), server.as("contractor")), 400, "InvalidParameterValue", "Transaction");
    assertEquals(0, countWhere("Many 0"));
  }

  // --- capabilities

  @Test
  void capabilities_advertise_transactions_and_still_validate() {
    HttpResponse<String> r = http.get("/ows?SERVICE=WFS&REQUEST=GetCapabilities");
    assertEquals(200, r.statusCode());
    assertEquals(List.of(), OgcSchemas.errors(bytes(r), WFS_XSD));
    String base = "http://127.0.0.1:" + server.port();
    assertTrue(r.body().contains("<ows:Operation name=\"Transaction\"><ows:DCP><ows:HTTP><ows:Post xlink:href=\""
        + base + "/ows\"/>"), "POST to the URL without a query string: " + r.body());
    assertTrue(r.body().contains("<ows:Constraint name=\"ImplementsTransactionalWFS\"><ows:NoValues/>"
        + "<ows:DefaultValue>TRUE"), r.body());
    HttpResponse<String> v11 = http.get("/wfs?SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=1.1.0");
    assertEquals(List.of(), OgcSchemas.errors(bytes(v11), "http://schemas.opengis.net/wfs/1.1.0/wfs.xsd"));
    assertTrue(v11.body().contains("<wfs:Name>slt:works</wfs:Name>"), v11.body());
    String worksType = v11.body().substring(v11.body().indexOf("<wfs:Name>slt:works</wfs:Name>"));
    assertTrue(worksType.substring(0, worksType.indexOf("</wfs:FeatureType>")).contains("<wfs:Operation>Insert</wfs:Operation>"));
    String schoolsType = v11.body().substring(v11.body().indexOf("<wfs:Name>slt:schools</wfs:Name>"));
    assertFalse(schoolsType.substring(0, schoolsType.indexOf("</wfs:FeatureType>")).contains("Insert"));
  }

  // --- private layers

  @Test
  void private_households_are_left_out_of_capabilities_for_those_who_may_not_read_them() {
    for (String[] who : new String[][] {{}, server.as("citizen"), server.as("contractor")}) {
      String caps = http.get("/wfs?SERVICE=WFS&REQUEST=GetCapabilities", who).body();
      assertTrue(caps.contains("<wfs:Name>slt:works</wfs:Name>") && !caps.contains("households"), caps);
      assertFalse(http.get("/wfs?SERVICE=WFS&REQUEST=ListStoredQueries", who).body().contains("households"));
      assertFalse(http.get("/wfs?SERVICE=WFS&REQUEST=DescribeFeatureType", who).body().contains("households"));
    }
    for (String user : List.of("analyst", "moderator", "admin")) {
      HttpResponse<String> caps = http.get("/wfs?SERVICE=WFS&REQUEST=GetCapabilities", server.as(user));
      assertTrue(caps.body().contains("<wfs:Name>slt:households</wfs:Name>"), user);
      assertEquals(List.of(), OgcSchemas.errors(bytes(caps), WFS_XSD));
    }
  }

  @Test
  void private_households_answer_401_403_or_200_by_role() {
    String getFeature = "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:households";
    String post = "<wfs:GetFeature service=\"WFS\" version=\"2.0.0\" xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" "
        + "xmlns:slt=\"" + NS + "\"><wfs:Query typeNames=\"slt:households\"/></wfs:GetFeature>";
    HttpResponse<String> anonymous = http.get(getFeature);
    assertReport(anonymous, 401, "NoApplicableCode", null);
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic realm="));
    assertReport(post(post), 401, "NoApplicableCode", null);
    for (String user : List.of("citizen", "contractor", "other")) {
      assertReport(http.get(getFeature, server.as(user)), 403, "NoApplicableCode", null);
      assertReport(post(post, server.as(user)), 403, "NoApplicableCode", null);
    }
    for (String user : List.of("analyst", "moderator", "admin")) {
      HttpResponse<String> r = http.get(getFeature, server.as(user));
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(r.body().contains("numberMatched=\"2\""), r.body());
      assertEquals(200, post(post, server.as(user)).statusCode());
    }
  }

  @Test
  void every_operation_naming_households_is_refused_to_the_anonymous_without_revealing_its_schema() {
    String filter = "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:PropertyIsEqualTo><fes:ValueReference>"
        + "nope</fes:ValueReference><fes:Literal>1</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>";
    for (String query : List.of("REQUEST=DescribeFeatureType&TYPENAMES=slt:households",
        "REQUEST=GetPropertyValue&TYPENAMES=slt:households&VALUEREFERENCE=members",
        "REQUEST=GetFeature&STOREDQUERY_ID=urn:ogc:def:query:OGC-WFS::GetFeatureById&ID=households.1",
        "REQUEST=GetFeature&RESOURCEID=households.1",
        "REQUEST=GetFeature&TYPENAMES=slt:comuni,slt:households",
        "REQUEST=GetFeature&TYPENAMES=slt:households&FILTER=" + URLEncoder.encode(filter, StandardCharsets.UTF_8))) {
      HttpResponse<String> r = http.get("/wfs?SERVICE=WFS&VERSION=2.0.0&" + query);
      assertReport(r, 401, "NoApplicableCode", null);
      assertFalse(r.body().contains("members"), "nothing of the schema: " + r.body());
      assertEquals(200, http.get("/wfs?SERVICE=WFS&VERSION=2.0.0&" + query.replace("nope", "members"),
          server.as("analyst")).statusCode(), query);
    }
  }

  // --- helpers

  /** A 2.0.0 Transaction holding {@code actions}. */
  static String tx(String actions) {
    return "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" "
        + "xmlns:fes=\"http://www.opengis.net/fes/2.0\" xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:slt=\"" + NS
        + "\">" + actions + "</wfs:Transaction>";
  }

  static String insert(String... features) {
    return "<wfs:Insert>" + String.join("", features) + "</wfs:Insert>";
  }

  static String delete(String type, String rid) {
    return "<wfs:Delete typeName=\"" + type + "\">" + ridFilter(rid) + "</wfs:Delete>";
  }

  static String ridFilter(String rid) {
    return "<fes:Filter><fes:ResourceId rid=\"" + rid + "\"/></fes:Filter>";
  }

  static String property(String name, String value) {
    return "<wfs:Property><wfs:ValueReference>" + name + "</wfs:ValueReference><wfs:Value>" + value
        + "</wfs:Value></wfs:Property>";
  }

  /** A work; a null status is left out. */
  static String work(String name, String status, String geometry, String... more) {
    return "<slt:works><slt:geom>" + geometry + "</slt:geom><slt:name>" + name + "</slt:name>"
        + (status == null ? "" : "<slt:status>" + status + "</slt:status>") + String.join("", more) + "</slt:works>";
  }

  /** A square GML 3.2 Polygon in EPSG:32632 with its lower left corner at (x, y). */
  static String square(double x, double y, double size) {
    double x1 = x + size;
    double y1 = y + size;
    return "<gml:Polygon gml:id=\"s\" srsName=\"" + UTM + "\"><gml:exterior><gml:LinearRing><gml:posList>"
        + x + " " + y + " " + x1 + " " + y + " " + x1 + " " + y1 + " " + x + " " + y1 + " " + x + " " + y
        + "</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>";
  }

  static HttpResponse<String> post(String body, String... headers) {
    return http.request("POST", "/wfs", "text/xml", body.getBytes(StandardCharsets.UTF_8), headers);
  }

  static List<String> rids(String response) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("rid=\"([^\"]+)\"").matcher(response);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  static String getFeature(String query) {
    HttpResponse<String> r = http.get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:works&" + query);
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  static long count(String type) {
    HttpResponse<String> r = http.get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&RESULTTYPE=hits&TYPENAMES=slt:"
        + type, server.as("admin"));
    return Long.parseLong(r.body().replaceAll("(?s).*numberMatched=\"(\\d+)\".*", "$1"));
  }

  static long countWhere(String name) {
    String filter = "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:PropertyIsEqualTo><fes:ValueReference>"
        + "name</fes:ValueReference><fes:Literal>" + name + "</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>";
    String gml = getFeature("RESULTTYPE=hits&FILTER=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
    return Long.parseLong(gml.replaceAll("(?s).*numberMatched=\"(\\d+)\".*", "$1"));
  }

  /** Whether a position of the GML lies within half a metre of (x, y). */
  static boolean hasPosition(String gml, double x, double y) {
    Matcher m = Pattern.compile("<gml:posList[^>]*>([^<]+)</gml:posList>").matcher(gml);
    while (m.find()) {
      String[] n = m.group(1).trim().split("\\s+");
      for (int i = 0; i + 1 < n.length; i += 2) {
        if (Math.abs(Double.parseDouble(n[i]) - x) < 0.5 && Math.abs(Double.parseDouble(n[i + 1]) - y) < 0.5) {
          return true;
        }
      }
    }
    return false;
  }

  /** The works layer over the territory, 50 m a pixel. */
  static BufferedImage map() {
    HttpResponse<byte[]> r = http.getBytes("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=works&STYLES="
        + "&CRS=EPSG:32632&BBOX=500000,5030000,510000,5035000&WIDTH=200&HEIGHT=100&FORMAT=image/png");
    assertEquals(200, r.statusCode());
    try {
      return ImageIO.read(new ByteArrayInputStream(r.body()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static byte[] bytes(HttpResponse<String> r) {
    return r.body().getBytes(StandardCharsets.UTF_8);
  }

  static void assertReport(HttpResponse<String> r, int status, String code, String locator) {
    assertEquals(status, r.statusCode(), r.body());
    assertEquals(List.of(), OgcSchemas.errors(bytes(r), OWS_XSD), r.body());
    assertTrue(r.body().contains("exceptionCode=\"" + code + "\""), r.body());
    if (locator != null) {
      assertTrue(r.body().contains("locator=\"" + locator + "\""), r.body());
    }
  }
}
