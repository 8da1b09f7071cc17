package org.smartland.analytics.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.smartland.analytics.indicators.IndicatorResult;
import org.smartland.layers.catalog.IndicatorDefinition;

/**
 * The energy indicators of the Comuni after some public buildings are retrofitted: the buildings' new
 * consumption, class and CO₂ (from the pure {@link org.smartland.analytics.scenario.Retrofit} rule) replace theirs
 * in the indicators' {@code public_c} view, and the indicators are computed on it with the same formulas as the
 * baseline.
 */
public final class RetrofitJob {
  private static final StructType CHANGES = DataTypes.createStructType(List.of(
      DataTypes.createStructField("fid", DataTypes.StringType, false),
      DataTypes.createStructField("kwh", DataTypes.DoubleType, true),
      DataTypes.createStructField("cls", DataTypes.StringType, true),
      DataTypes.createStructField("co2", DataTypes.DoubleType, true)));

  private final TerritoryFrames frames;

  public RetrofitJob(TerritoryFrames frames) {
    this.frames = frames;
  }

  /** A building's state after its retrofit: kWh/m² a year, energy class and CO₂ in tonnes a year. */
  public record After(double kwhPerM2, String energyClass, double co2T) {
  }

  /**
   * @param comuniOf the Comune (ISTAT code) of every public building that lies in one, by feature id
   * @param before   the energy indicators as they are
   * @param after    the energy indicators with the retrofitted buildings
   */
  public record Result(Map<String, String> comuniOf, Map<String, IndicatorResult> before,
                       Map<String, IndicatorResult> after) {
  }

  /**
   * @param changes          the retrofitted buildings' new state, by feature id of {@code public_buildings_energy}
   * @param energyIndicators the indicators to compute before and after (those reading the public buildings)
   * @param comuni           ISTAT code → name, in order
   */
  public Result run(Map<String, After> changes, List<IndicatorDefinition> energyIndicators, Map<String, String> comuni,
                    Consumer<String> progress) {
    ScenarioViews views = new ScenarioViews(frames, progress);
    String inComuni = views.inComuni("public_buildings_energy");
    Map<String, String> comuniOf = new LinkedHashMap<>();
    views.sql("SELECT fid, istat FROM " + inComuni).collectAsList().forEach(r -> comuniOf.put(r.getString(0),
        r.getString(1)));
    progress.accept("energy indicators before the retrofit");
    IndicatorJob indicators = new IndicatorJob(frames);
    Map<String, IndicatorResult> before = indicators.run(energyIndicators, comuni, progress);

    List<Row> rows = new ArrayList<>();
    changes.forEach((fid, a) -> rows.add(RowFactory.create(fid, a.kwhPerM2(), a.energyClass(), a.co2T())));
    frames.spark().createDataFrame(rows, CHANGES).createOrReplaceTempView("retrofit_changes");
    String raw = views.raw("public_buildings_energy");
    Dataset<Row> publicAfter = views.sql("SELECT c.istat, x.geom, CAST(x.floor_area_m2 AS DOUBLE) AS floor,"
        + " COALESCE(ch.kwh, x.ep_gl_nren_kwh_m2) AS kwh, COALESCE(ch.cls, x.energy_class) AS cls,"
        + " COALESCE(ch.co2, x.co2_t) AS co2, x.pv_kwh_year AS pv, x.estimated FROM " + inComuni + " c"
        + " JOIN " + raw + " x ON x.fid = c.fid LEFT JOIN retrofit_changes ch ON ch.fid = x.fid")
        .cache();
    progress.accept("energy indicators after the retrofit");
    Map<String, IndicatorResult> after = indicators.run(energyIndicators, comuni, progress,
        new WhatIf(org.smartland.analytics.network.NetworkChange.NONE, Map.of("public_c", publicAfter)));
    publicAfter.unpersist();
    return new Result(comuniOf, before, after);
  }
}
