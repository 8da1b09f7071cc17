package org.smartland.analytics.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real local Sedona session running spatial SQL: the wiring the indicator jobs stand on. */
class SedonaSessionsTest {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SedonaSessions.start("local[2]", "smartland-test");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void spatial_functions_are_registered() {
    Row r = spark.sql("SELECT ST_Area(ST_GeomFromWKT('POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))')) AS a,"
        + " ST_AsText(ST_Centroid(ST_GeomFromWKT('LINESTRING (0 0, 4 0)'))) AS c").first();
    assertEquals(100.0, r.getDouble(0), 1e-9);
    assertEquals("POINT (2 0)", r.getString(1));
  }

  @Test
  void a_spatial_join_counts_residents_per_zone() {
    spark.sql("SELECT * FROM VALUES"
        + " ('P3', 'POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))'),"
        + " ('P2', 'POLYGON ((0 0, 20 0, 20 20, 0 20, 0 0))') AS t(classe, wkt)")
        .selectExpr("classe", "ST_GeomFromWKT(wkt) AS geom").createOrReplaceTempView("zones");
    spark.sql("SELECT * FROM VALUES (1, 5.0, 5.0, 10), (2, 15.0, 15.0, 20), (3, 30.0, 30.0, 40) AS t(id, x, y, residents)")
        .selectExpr("id", "residents", "ST_Point(x, y) AS geom").createOrReplaceTempView("buildings");
    List<Row> rows = spark.sql("SELECT z.classe, SUM(b.residents) AS residents FROM zones z"
        + " JOIN buildings b ON ST_Contains(z.geom, b.geom) GROUP BY z.classe ORDER BY z.classe").collectAsList();
    assertEquals(2, rows.size());
    assertEquals("P2", rows.get(0).getString(0));
    assertEquals(30L, rows.get(0).getLong(1));
    assertEquals("P3", rows.get(1).getString(0));
    assertEquals(10L, rows.get(1).getLong(1));
  }
}
