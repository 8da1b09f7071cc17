package org.smartland.server.wfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.server.App;
import org.smartland.server.FixtureTerritory;
import org.smartland.server.TestClient;
import org.smartland.server.ogc.OgcSchemas;

/**
 * WFS 2.0 against a started server on the fixture territory (GeoPackage): Corsico x 500–505 km and
 * Buccinasco x 505–510 km, y 5030–5035 km in EPSG:32632; schools A (501000 5031000, 300 pupils),
 * B (506000 5032000, 250) and C (509000 5034000, 120).
 */
class WfsIT {
  static final String WFS_XSD = "http://schemas.opengis.net/wfs/2.0/wfs.xsd";
  static final String OWS_XSD = "http://schemas.opengis.net/ows/1.1.0/owsExceptionReport.xsd";
  static final String FES = "xmlns:fes=\"http://www.opengis.net/fes/2.0\" xmlns:gml=\"http://www.opengis.net/gml/3.2\"";
  @TempDir
  static Path dir;
  static App app;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static String base;

  @BeforeAll
  static void start() {
    app = FixtureTerritory.startServer(dir.resolve("fixture.gpkg"));
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  // --- capabilities and schemas

  @Test
  void capabilities_validate_and_declare_what_clients_read() {
    HttpResponse<byte[]> r = get("/ows?SERVICE=WFS&REQUEST=GetCapabilities");
    assertEquals(200, r.statusCode());
    assertEquals(List.of(), OgcSchemas.errors(r.body(), WFS_XSD));
    String xml = text(r);
    assertTrue(xml.contains("<ows:Constraint name=\"ImplementsResultPaging\"><ows:NoValues/><ows:DefaultValue>TRUE"));
    assertTrue(xml.contains("<ows:Constraint name=\"CountDefault\"><ows:NoValues/><ows:DefaultValue>10000"));
    assertTrue(xml.contains("<ows:Constraint name=\"KVPEncoding\"><ows:NoValues/><ows:DefaultValue>TRUE"));
    assertTrue(xml.contains("<wfs:Name>slt:schools</wfs:Name>"));
    assertTrue(xml.contains("<wfs:DefaultCRS>urn:ogc:def:crs:EPSG::32632</wfs:DefaultCRS>"));
    assertTrue(xml.contains("<wfs:OtherCRS>urn:ogc:def:crs:EPSG::4326</wfs:OtherCRS>"));
    assertTrue(xml.contains("<wfs:Format>application/json</wfs:Format>"));
    assertTrue(xml.contains("STAND-IN"), "provenance in the abstract");
    assertTrue(xml.contains("xlink:href=\"" + base + "/ows\""), "operation URLs carry no query string");
    assertTrue(xml.contains("<fes:SpatialOperator name=\"DWithin\"/>"));
  }

  @Test
  void capabilities_1_1_0_validate() {
    HttpResponse<byte[]> r = get("/wfs?SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=1.1.0");
    assertEquals(200, r.statusCode());
    assertEquals(List.of(), OgcSchemas.errors(r.body(), "http://schemas.opengis.net/wfs/1.1.0/wfs.xsd"));
    assertTrue(text(r).contains("version=\"1.1.0\""));
  }

  @Test
  void capabilities_without_service_are_refused() {
    HttpResponse<byte[]> r = get("/wfs?REQUEST=GetCapabilities");
    assertReport(r, 400, "MissingParameterValue", "SERVICE");
  }

  @Test
  void describe_feature_type_is_a_valid_schema_with_exact_geometry_and_date_types() {
    HttpResponse<byte[]> r = get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAMES=slt:comuni,slt:schools");
    assertEquals(200, r.statusCode());
    assertEquals(List.of(), OgcSchemas.schemaErrors(r.body()));
    String xsd = text(r);
    assertTrue(xsd.contains("name=\"geom\" type=\"gml:MultiSurfacePropertyType\""), xsd);
    assertTrue(xsd.contains("name=\"geom\" type=\"gml:PointPropertyType\""));
    assertTrue(xsd.contains("name=\"opened\" type=\"xsd:date\""));
    assertTrue(xsd.contains("name=\"pupils\" type=\"xsd:long\""));
    assertTrue(xsd.contains("targetNamespace=\"https://smartland-twin.org/ns/fixture\""));
  }

  // --- GetFeature

  @Test
  void get_feature_gml_validates_against_wfs_and_the_application_schema() {
    HttpResponse<byte[]> r = get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:comuni,slt:schools");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/gml+xml"));
    assertEquals(List.of(), OgcSchemas.errors(r.body(), schema("slt:comuni,slt:schools"), WFS_XSD));
    String xml = text(r);
    assertTrue(xml.contains("numberMatched=\"5\""));
    assertTrue(xml.contains("numberReturned=\"5\""));
    assertTrue(xml.contains("<gml:pos srsDimension=\"2\">501000 5031000</gml:pos>")
        || xml.contains("<gml:pos>501000 5031000</gml:pos>"), xml);
    assertTrue(xml.contains("gml:id=\"schools.1\""));
    assertTrue(xml.contains("<slt:opened>2001-09-01</slt:opened>"));
    assertTrue(xml.contains("<gml:MultiSurface"), "polygons of a MultiPolygon layer are written as MultiSurface");
  }

  @Test
  void pages_follow_next_links_without_overlap_and_keep_every_other_parameter() {
    String first = "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&COUNT=2&SORTBY=pupils%20ASC"
        + "&OUTPUTFORMAT=application/json";
    JsonNode page1 = json(get(first));
    assertEquals(3, page1.get("numberMatched").asInt());
    assertEquals(2, page1.get("numberReturned").asInt());
    List<String> ids = new ArrayList<>(ids(page1));
    assertEquals(List.of("schools.3", "schools.2"), ids, "sorted by pupils ascending");
    String next = link(page1, "next");
    assertTrue(next.contains("SORTBY=pupils%20ASC") && next.contains("OUTPUTFORMAT=application%2Fjson"), next);
    JsonNode page2 = json(get(next.substring(base.length())));
    assertEquals(1, page2.get("numberReturned").asInt());
    ids.addAll(ids(page2));
    assertEquals(List.of("schools.3", "schools.2", "schools.1"), ids);
    assertEquals(null, link(page2, "next"));
    assertTrue(link(page2, "previous").contains("STARTINDEX=0"));
  }

  @Test
  void gml_pages_carry_next_and_previous() {
    String xml = text(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&STARTINDEX=1&COUNT=1"));
    assertTrue(xml.contains("numberMatched=\"3\" numberReturned=\"1\""), xml);
    assertTrue(xml.contains("next=\"" + base + "/wfs?SERVICE=WFS&amp;VERSION=2.0.0&amp;REQUEST=GetFeature&amp;TYPENAMES=slt%3Aschools&amp;STARTINDEX=2&amp;COUNT=1\""), xml);
    assertTrue(xml.contains("previous=\""));
    assertTrue(xml.contains("gml:id=\"schools.2\""));
  }

  @Test
  void hits_count_only() {
    HttpResponse<byte[]> r = get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&RESULTTYPE=hits"
        + "&BBOX=505000,5030000,510000,5035000,urn:ogc:def:crs:EPSG::32632");
    String xml = text(r);
    assertTrue(xml.contains("numberMatched=\"2\" numberReturned=\"0\""), xml);
    assertFalse(xml.contains("wfs:member"));
    assertEquals(List.of(), OgcSchemas.errors(r.body(), schema("slt:schools"), WFS_XSD));
  }

  @Test
  void srsname_sets_the_axis_order_its_form_implies() {
    String urn = text(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&RESOURCEID=schools.1"
        + "&SRSNAME=urn:ogc:def:crs:EPSG::4326"));
    double[] latLon = firstPos(urn);
    assertEquals(45.4, latLon[0], 0.2, "URN: latitude first");
    assertEquals(9.0, latLon[1], 0.2);
    assertTrue(urn.contains("srsName=\"urn:ogc:def:crs:EPSG::4326\""));
    String legacy = text(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&RESOURCEID=schools.1"
        + "&SRSNAME=EPSG:4326"));
    double[] lonLat = firstPos(legacy);
    assertEquals(9.0, lonLat[0], 0.2, "EPSG:4326: longitude first");
    assertTrue(legacy.contains("srsName=\"http://www.opengis.net/gml/srs/epsg.xml#4326\""));
  }

  @Test
  void bbox_in_lat_lon_urn_selects_like_the_native_box() {
    // Buccinasco's half (x 505–510 km), written as lat/lon
    String bbox = "45.41,9.06,45.48,9.13,urn:ogc:def:crs:EPSG::4326";
    JsonNode fc = json(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&OUTPUTFORMAT=json&BBOX=" + bbox));
    assertEquals(List.of("schools.2", "schools.3"), ids(fc));
  }

  @Test
  void fes_filters_select_through_the_stores() {
    assertEquals(List.of("schools.1", "schools.2"), filtered("schools",
        "<fes:PropertyIsGreaterThan><fes:ValueReference>pupils</fes:ValueReference><fes:Literal>200</fes:Literal></fes:PropertyIsGreaterThan>"));
    assertEquals(List.of("schools.2"), filtered("schools",
        "<fes:PropertyIsLike wildCard=\"*\" singleChar=\".\" escapeChar=\"!\"><fes:ValueReference>slt:name</fes:ValueReference><fes:Literal>*B</fes:Literal></fes:PropertyIsLike>"));
    assertEquals(List.of("schools.1", "schools.3"), filtered("schools",
        "<fes:Or><fes:PropertyIsLessThan><fes:ValueReference>pupils</fes:ValueReference><fes:Literal>200</fes:Literal></fes:PropertyIsLessThan>"
            + "<fes:PropertyIsBetween><fes:ValueReference>opened</fes:ValueReference><fes:LowerBoundary><fes:Literal>2000-01-01</fes:Literal></fes:LowerBoundary>"
            + "<fes:UpperBoundary><fes:Literal>2005-01-01</fes:Literal></fes:UpperBoundary></fes:PropertyIsBetween></fes:Or>"));
    assertEquals(List.of("schools.2", "schools.3"), filtered("schools",
        "<fes:Within><fes:ValueReference>geom</fes:ValueReference><gml:Envelope srsName=\"urn:ogc:def:crs:EPSG::32632\">"
            + "<gml:lowerCorner>505000 5030000</gml:lowerCorner><gml:upperCorner>510000 5035000</gml:upperCorner></gml:Envelope></fes:Within>"));
    assertEquals(List.of("schools.1"), filtered("schools",
        "<fes:DWithin><fes:ValueReference>geom</fes:ValueReference><gml:Point gml:id=\"p\" srsName=\"urn:ogc:def:crs:EPSG::32632\">"
            + "<gml:pos>501000 5031500</gml:pos></gml:Point><fes:Distance uom=\"m\">600</fes:Distance></fes:DWithin>"));
    assertEquals(List.of("schools.2", "schools.3"), filtered("schools",
        "<fes:Beyond><fes:ValueReference>geom</fes:ValueReference><gml:Point gml:id=\"p\" srsName=\"urn:ogc:def:crs:EPSG::32632\">"
            + "<gml:pos>501000 5031500</gml:pos></gml:Point><fes:Distance uom=\"m\">600</fes:Distance></fes:Beyond>"));
    assertEquals(List.of("comuni.2"), filtered("comuni",
        "<fes:Intersects><fes:ValueReference>geom</fes:ValueReference><gml:Point gml:id=\"p\" srsName=\"urn:ogc:def:crs:EPSG::4326\">"
            + "<gml:pos>45.46 9.10</gml:pos></gml:Point></fes:Intersects>"));
    assertEquals(List.of("schools.1", "schools.3"), filtered("schools",
        "<fes:ResourceId rid=\"schools.1\"/><fes:ResourceId rid=\"schools.3\"/>"));
    assertEquals(List.of(), filtered("schools",
        "<fes:PropertyIsEqualTo><fes:ValueReference>name</fes:ValueReference><fes:Literal>x' OR '1'='1</fes:Literal></fes:PropertyIsEqualTo>"),
        "SQL in a literal is a value, not SQL");
  }

  @Test
  void propertyname_and_sortby_shape_the_answer() {
    String xml = text(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&PROPERTYNAME=slt:name"
        + "&SORTBY=name%20DESC"));
    assertFalse(xml.contains("<slt:geom>"));
    assertFalse(xml.contains("<slt:pupils>"));
    assertTrue(xml.indexOf("Scuola C") < xml.indexOf("Scuola A"));
  }

  @Test
  void get_feature_by_id_answers_the_bare_feature_or_404() {
    HttpResponse<byte[]> r = get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&STOREDQUERY_ID="
        + enc("urn:ogc:def:query:OGC-WFS::GetFeatureById") + "&ID=schools.2");
    assertEquals(200, r.statusCode());
    String xml = text(r);
    assertTrue(xml.contains("<slt:schools") && xml.contains("gml:id=\"schools.2\"") && xml.contains("Scuola B"), xml);
    assertEquals(List.of(), OgcSchemas.errors(r.body(), schema("slt:schools"), WFS_XSD));
    assertReport(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&STOREDQUERY_ID="
        + enc("urn:ogc:def:query:OGC-WFS::GetFeatureById") + "&ID=schools.99"), 404, "NotFound", "ID");
  }

  @Test
  void stored_queries_are_listed_and_described() {
    HttpResponse<byte[]> list = get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=ListStoredQueries");
    assertEquals(List.of(), OgcSchemas.errors(list.body(), WFS_XSD));
    assertTrue(text(list).contains("urn:ogc:def:query:OGC-WFS::GetFeatureById"));
    HttpResponse<byte[]> described = get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeStoredQueries");
    assertEquals(List.of(), OgcSchemas.errors(described.body(), WFS_XSD));
  }

  @Test
  void get_property_value_returns_the_values() {
    HttpResponse<byte[]> r = get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetPropertyValue&TYPENAMES=slt:schools"
        + "&VALUEREFERENCE=name&SORTBY=name");
    assertEquals(200, r.statusCode());
    String xml = text(r);
    assertTrue(xml.contains("<wfs:member>Scuola A</wfs:member><wfs:member>Scuola B</wfs:member>"), xml);
    assertEquals(List.of(), OgcSchemas.errors(r.body(), schema("slt:schools"), WFS_XSD));
  }

  @Test
  void wfs_1_1_0_get_feature_is_gml_3_1_1() {
    HttpResponse<byte[]> r = get("/wfs?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=slt:comuni&MAXFEATURES=1");
    assertEquals(200, r.statusCode());
    String xml = text(r);
    assertTrue(xml.contains("numberOfFeatures=\"1\""), xml);
    assertTrue(xml.contains("xmlns:gml=\"http://www.opengis.net/gml\""));
    byte[] xsd = get("/wfs?SERVICE=WFS&VERSION=1.1.0&REQUEST=DescribeFeatureType&TYPENAME=slt:comuni").body();
    assertEquals(List.of(), OgcSchemas.errors(r.body(), xsd, "http://schemas.opengis.net/wfs/1.1.0/wfs.xsd"));
  }

  // --- XML POST

  @Test
  void post_get_feature_with_a_filter_equals_the_kvp_answer() {
    String body = "<wfs:GetFeature service=\"WFS\" version=\"2.0.0\" outputFormat=\"application/json\" count=\"5\" "
        + "xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" " + FES + " xmlns:x=\"https://smartland-twin.org/ns/fixture\">"
        + "<wfs:Query typeNames=\"x:schools\"><fes:Filter><fes:PropertyIsGreaterThanOrEqualTo><fes:ValueReference>pupils</fes:ValueReference>"
        + "<fes:Literal>250</fes:Literal></fes:PropertyIsGreaterThanOrEqualTo></fes:Filter>"
        + "<fes:SortBy><fes:SortProperty><fes:ValueReference>pupils</fes:ValueReference><fes:SortOrder>DESC</fes:SortOrder></fes:SortProperty></fes:SortBy>"
        + "</wfs:Query></wfs:GetFeature>";
    HttpResponse<byte[]> r = post("/ows", body);
    assertEquals(200, r.statusCode(), text(r));
    assertEquals(List.of("schools.1", "schools.2"), ids(json(r)));
  }

  @Test
  void post_bodies_with_external_entities_are_refused_unread() {
    String body = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + "<wfs:GetFeature service=\"WFS\" version=\"2.0.0\" xmlns:wfs=\"http://www.opengis.net/wfs/2.0\">"
        + "<wfs:Query typeNames=\"slt:schools\">&e;</wfs:Query></wfs:GetFeature>";
    HttpResponse<byte[]> r = post("/wfs", body);
    assertReport(r, 400, "OperationParsingFailed", null);
    assertFalse(text(r).contains("root:"));
  }

  @Test
  void post_bodies_over_the_size_limit_are_refused() {
    String filler = "<!-- " + "x".repeat(11_000_000) + " -->";
    HttpResponse<byte[]> r = post("/wfs", "<wfs:GetCapabilities service=\"WFS\" xmlns:wfs=\"http://www.opengis.net/wfs/2.0\">"
        + filler + "</wfs:GetCapabilities>");
    assertReport(r, 413, "NoApplicableCode", null);
  }

  @Test
  void post_describe_feature_type_and_capabilities() {
    HttpResponse<byte[]> dft = post("/wfs", "<wfs:DescribeFeatureType service=\"WFS\" version=\"2.0.0\" "
        + "xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xmlns:s=\"https://smartland-twin.org/ns/fixture\">"
        + "<wfs:TypeName>s:schools</wfs:TypeName></wfs:DescribeFeatureType>");
    assertEquals(200, dft.statusCode(), text(dft));
    assertTrue(text(dft).contains("name=\"schoolsType\"") && !text(dft).contains("comuniType"));
    HttpResponse<byte[]> caps = post("/ows", "<GetCapabilities xmlns=\"http://www.opengis.net/wfs/2.0\" service=\"WFS\">"
        + "<AcceptVersions xmlns=\"http://www.opengis.net/ows/1.1\"><Version>2.0.0</Version></AcceptVersions></GetCapabilities>");
    assertEquals(List.of(), OgcSchemas.errors(caps.body(), WFS_XSD));
  }

  // --- errors

  @Test
  void bad_requests_get_exception_reports_with_codes_and_locators() {
    assertReport(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:nope"), 400, "InvalidParameterValue", "TYPENAMES");
    assertReport(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature"), 400, "MissingParameterValue", "TYPENAMES");
    assertReport(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&COUNT=99999999999"), 400, "InvalidParameterValue", "COUNT");
    assertReport(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&SRSNAME=EPSG:2056"), 400, "InvalidParameterValue", "SRSNAME");
    assertReport(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&PROPERTYNAME=" + enc("../name")), 400, "InvalidParameterValue", "PROPERTYNAME");
    assertReport(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&SORTBY=" + enc("name;DROP TABLE schools")), 400, "InvalidParameterValue", "SORTBY");
    assertReport(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&BBOX=1,2,3"), 400, "InvalidParameterValue", "BBOX");
    assertReport(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&OUTPUTFORMAT=shape-zip"), 400, "InvalidParameterValue", "OUTPUTFORMAT");
    assertReport(get("/wfs?SERVICE=WFS&VERSION=3.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools"), 400, "InvalidParameterValue", "VERSION");
    assertReport(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=Transaction"), 501, "OperationNotSupported", "REQUEST");
    assertReport(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&FILTER="
        + enc("<fes:Filter " + FES + "><fes:PropertyIsEqualTo><fes:ValueReference>name/../x</fes:ValueReference><fes:Literal>1</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>")),
        400, "InvalidParameterValue", "FILTER");
    assertReport(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&FILTER="
        + enc("<fes:Filter " + FES + "><fes:PropertyIsEqualTo><fes:ValueReference>secret</fes:ValueReference><fes:Literal>1</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>")),
        400, "InvalidParameterValue", "FILTER");
    assertReport(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&SORTBY=notes"),
        400, "InvalidParameterValue", "SORTBY");
    String deep = "<fes:Not>".repeat(200) + "<fes:PropertyIsNull><fes:ValueReference>name</fes:ValueReference></fes:PropertyIsNull>" + "</fes:Not>".repeat(200);
    assertReport(get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&FILTER="
        + enc("<fes:Filter " + FES + ">" + deep + "</fes:Filter>")), 400, "InvalidParameterValue", "FILTER");
  }

  // --- helpers

  private static List<String> filtered(String type, String filterBody) {
    String filter = "<fes:Filter " + FES + ">" + filterBody + "</fes:Filter>";
    HttpResponse<byte[]> r = get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:" + type
        + "&OUTPUTFORMAT=application/json&FILTER=" + enc(filter));
    assertEquals(200, r.statusCode(), text(r));
    return ids(json(r));
  }

  private static byte[] schema(String types) {
    return get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAMES=" + types).body();
  }

  static void assertReport(HttpResponse<byte[]> r, int status, String code, String locator) {
    String xml = text(r);
    assertEquals(status, r.statusCode(), xml);
    assertEquals(List.of(), OgcSchemas.errors(r.body(), OWS_XSD), xml);
    assertTrue(xml.contains("exceptionCode=\"" + code + "\""), xml);
    if (locator != null) {
      assertTrue(xml.contains("locator=\"" + locator + "\""), xml);
    }
  }

  private static double[] firstPos(String xml) {
    Matcher m = Pattern.compile("<gml:pos[^>]*>([-0-9.eE]+) ([-0-9.eE]+)</gml:pos>").matcher(xml);
    assertTrue(m.find(), xml);
    return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
  }

  private static List<String> ids(JsonNode fc) {
    List<String> out = new ArrayList<>();
    fc.get("features").forEach(f -> out.add(f.get("id").asText()));
    return out;
  }

  private static String link(JsonNode fc, String rel) {
    for (JsonNode l : fc.get("links")) {
      if (l.get("rel").asText().equals(rel)) {
        return l.get("href").asText();
      }
    }
    return null;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static JsonNode json(HttpResponse<byte[]> r) {
    assertEquals(200, r.statusCode(), text(r));
    return TestClient.json(text(r));
  }

  static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  static HttpResponse<byte[]> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  static HttpResponse<byte[]> post(String path, String body) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/xml")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
