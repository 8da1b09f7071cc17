package org.smartland.layers.store.gpkg;

import java.util.List;

/** The six triggers of the GeoPackage RTree extension that keep {@code rtree_<t>_geom} in step with the table. */
final class RtreeTriggers {
  private RtreeTriggers() {
  }

  static List<String> forTable(String t, String rtree) {
    String q = "\"" + t + "\"";
    String r = "\"" + rtree + "\"";
    String bounds = "(NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom))";
    return List.of(
        "CREATE VIRTUAL TABLE " + r + " USING rtree(id, minx, maxx, miny, maxy)",
        "CREATE TRIGGER \"" + rtree + "_insert\" AFTER INSERT ON " + q
            + " WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN INSERT OR REPLACE INTO " + r
            + " VALUES " + bounds + "; END",
        "CREATE TRIGGER \"" + rtree + "_update1\" AFTER UPDATE OF geom ON " + q
            + " WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN INSERT OR REPLACE INTO "
            + r + " VALUES " + bounds + "; END",
        "CREATE TRIGGER \"" + rtree + "_update2\" AFTER UPDATE OF geom ON " + q
            + " WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM " + r
            + " WHERE id = OLD.fid; END",
        "CREATE TRIGGER \"" + rtree + "_update3\" AFTER UPDATE ON " + q
            + " WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM " + r
            + " WHERE id = OLD.fid; INSERT OR REPLACE INTO " + r + " VALUES " + bounds + "; END",
        "CREATE TRIGGER \"" + rtree + "_update4\" AFTER UPDATE ON " + q
            + " WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM " + r
            + " WHERE id IN (OLD.fid, NEW.fid); END",
        "CREATE TRIGGER \"" + rtree + "_delete\" AFTER DELETE ON " + q
            + " WHEN old.geom NOT NULL BEGIN DELETE FROM " + r + " WHERE id = OLD.fid; END");
  }
}
