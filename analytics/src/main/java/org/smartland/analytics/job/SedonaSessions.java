package org.smartland.analytics.job;

import org.apache.sedona.spark.SedonaContext;
import org.apache.spark.sql.SparkSession;

/**
 * Starts a Spark session with Sedona's spatial types, functions and Kryo serialisation registered.
 *
 * <p>By default it runs in-process on {@code local[*]}; a {@code spark.master} URL sends the work to a
 * cluster instead. The UI is off (the server has its own HTTP port), and shuffles use few partitions, as
 * a territory's tables are small. Starting a session takes several seconds: callers keep one warm and
 * reuse it.
 */
public final class SedonaSessions {
  private SedonaSessions() {
  }

  /**
   * @param master  {@code local[*]}, {@code local[2]}, or a cluster URL such as {@code spark://host:7077}
   * @param appName the name shown in the cluster's UI and logs
   */
  public static SparkSession start(String master, String appName) {
    SparkSession spark = SedonaContext.builder()
        .master(master)
        .appName(appName)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .config("spark.kryo.registrator", "org.apache.sedona.core.serde.SedonaKryoRegistrator")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return SedonaContext.create(spark);
  }
}
