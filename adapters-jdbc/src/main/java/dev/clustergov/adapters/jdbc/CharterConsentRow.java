package dev.clustergov.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** One row of {@code charter_consent} (章程同意发起人数据行): a founder who consented to a PO's charter, at its position. */
record CharterConsentRow(String organizationId, int position, String founderName) {
  static final Columns COLUMNS = Columns.of("charter_consent", "organization_id", "position", "founder_name");

  <S extends SqlStatement<S>> S bind(S s) {
    return s.bind("organization_id", organizationId).bind("position", position).bind("founder_name", founderName);
  }

  static CharterConsentRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new CharterConsentRow(rs.getString("organization_id"), rs.getInt("position"), rs.getString("founder_name"));
  }
}
