package dev.clustergov.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** One row of {@code income_source} (收入来源数据行): a kind of income a PO has; a set, so no position. */
record IncomeSourceRow(String organizationId, String kind) {
  static final Columns COLUMNS = Columns.of("income_source", "organization_id", "kind");

  <S extends SqlStatement<S>> S bind(S s) {
    return s.bind("organization_id", organizationId).bind("kind", kind);
  }

  static IncomeSourceRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new IncomeSourceRow(rs.getString("organization_id"), rs.getString("kind"));
  }
}
