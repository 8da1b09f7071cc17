package org.smartland.analytics.job;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.locationtech.jts.io.WKBWriter;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureStore;

/**
 * Reads a layer from its {@link FeatureStore} (GeoPackage or PostGIS, through the same seam the services use)
 * into a Spark DataFrame: {@code fid} (string), the chosen attributes with their Spark types, and {@code geom}
 * as a Sedona geometry. The rows pass through the driver in pages, then are spread over the executors.
 */
final class LayerFrames {
  private static final int PAGE = 200_000;

  private LayerFrames() {
  }

  static Dataset<Row> read(SparkSession spark, FeatureStore store, List<String> attributes) {
    List<AttributeDefinition> chosen = new ArrayList<>();
    for (String name : attributes) {
      chosen.add(store.schema().attribute(name).orElseThrow(() -> new IllegalArgumentException(
          "layer '" + store.schema().name() + "' has no attribute '" + name + "'")));
    }
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("fid", DataTypes.StringType, false));
    for (AttributeDefinition a : chosen) {
      fields.add(DataTypes.createStructField(a.name(), sparkType(a.type()), true));
    }
    fields.add(DataTypes.createStructField("wkb", DataTypes.BinaryType, true));
    StructType schema = DataTypes.createStructType(fields);

    List<Row> rows = new ArrayList<>();
    WKBWriter wkb = new WKBWriter(2);
    FeatureQuery q = FeatureQuery.all().withProperties(attributes);
    for (long offset = 0; ; offset += PAGE) {
      int before = rows.size();
      try (Stream<Feature> features = store.query(q.withPage(offset, PAGE))) {
        features.forEach(f -> {
          Object[] values = new Object[chosen.size() + 2];
          values[0] = f.id().orElseThrow();
          for (int i = 0; i < chosen.size(); i++) {
            values[i + 1] = sparkValue(f.properties().get(chosen.get(i).name()));
          }
          values[values.length - 1] = f.geometry().map(wkb::write).orElse(null);
          rows.add(RowFactory.create(values));
        });
      }
      if (rows.size() - before < PAGE) {
        break;
      }
    }
    int partitions = Math.max(1, Math.max(Math.min(spark.sparkContext().defaultParallelism() * 2, 1 + rows.size() / 20_000),
        rows.size() / 200_000));
    List<String> columns = new ArrayList<>();
    columns.add("fid");
    chosen.forEach(a -> columns.add("`" + a.name() + "`"));
    columns.add("ST_GeomFromWKB(wkb) AS geom");
    JavaRDD<Row> slices = new JavaSparkContext(spark.sparkContext()).parallelize(rows, partitions);
    return spark.createDataFrame(slices, schema).selectExpr(columns.toArray(new String[0]));
  }

  private static DataType sparkType(AttributeType t) {
    return switch (t) {
      case STRING -> DataTypes.StringType;
      case INTEGER -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
      case DATETIME -> DataTypes.TimestampType;
    };
  }

  private static Object sparkValue(Object v) {
    if (v instanceof LocalDate d) {
      return Date.valueOf(d);
    }
    if (v instanceof Instant i) {
      return Timestamp.from(i);
    }
    return v;
  }
}
