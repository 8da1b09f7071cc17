package org.smartland.analytics.job;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.smartland.analytics.energy.PublicBuilding;
import org.smartland.analytics.exposure.HazardClass;
import org.smartland.analytics.landuse.ConstructionPeriod;
import org.smartland.analytics.priority.RiskWeights;

/** The analytics' pure per-feature rules registered as Spark SQL functions, for the jobs' queries. */
final class SqlFunctions {
  private SqlFunctions() {
  }

  static void register(SparkSession spark) {
    spark.udf().register("hazard_severity", (UDF1<String, Integer>) s -> s == null ? 0 : HazardClass.parse(s).severity(),
        DataTypes.IntegerType);
    spark.udf().register("worst_energy_class", (UDF1<String, Boolean>) PublicBuilding::isWorstClass,
        DataTypes.BooleanType);
    spark.udf().register("built_before", (UDF2<String, Integer, Boolean>) ConstructionPeriod::endsBefore,
        DataTypes.BooleanType);
    spark.udf().register("period_known", (UDF1<String, Boolean>) ConstructionPeriod::isKnown, DataTypes.BooleanType);
    spark.udf().register("risk_weight", (UDF2<Integer, Boolean, Double>) (severity, landslide) ->
        RiskWeights.of(severity == null ? 0 : severity, landslide != null && landslide), DataTypes.DoubleType);
  }
}
