package org.smartland.layers.store.sql;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.smartland.layers.store.StoreException;
import org.smartland.layers.store.StoreUnavailableException;

/** Turns JDBC errors into the store's exceptions: connection failures become "unavailable". */
public final class SqlErrors {
  private SqlErrors() {
  }

  public static StoreException translate(String what, SQLException e) {
    String state = e.getSQLState();
    if (e instanceof SQLTransientConnectionException || (state != null && state.startsWith("08"))
        || (state != null && state.startsWith("57P"))) {
      return new StoreUnavailableException("database unavailable while trying to " + what + ": " + e.getMessage(), e);
    }
    return new StoreException("database error while trying to " + what + ": " + e.getMessage(), e);
  }
}
