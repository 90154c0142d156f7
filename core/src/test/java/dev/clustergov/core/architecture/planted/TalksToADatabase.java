package dev.clustergov.core.architecture.planted;

import java.sql.Connection;
import java.sql.SQLException;

/** Planted: I/O inside the core. */
public final class TalksToADatabase {
  public boolean alive(Connection connection) throws SQLException {
    return connection.isValid(1);
  }
}
