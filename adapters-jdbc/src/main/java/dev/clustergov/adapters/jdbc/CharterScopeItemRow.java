package dev.clustergov.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** One row of {@code charter_scope_item} (章程业务范围数据行): an item of a PO's charter business scope, at its position. */
record CharterScopeItemRow(String organizationId, int position, String item) {
  static final Columns COLUMNS = Columns.of("charter_scope_item", "organization_id", "position", "item");

  <S extends SqlStatement<S>> S bind(S s) {
    return s.bind("organization_id", organizationId).bind("position", position).bind("item", item);
  }

  static CharterScopeItemRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new CharterScopeItemRow(rs.getString("organization_id"), rs.getInt("position"), rs.getString("item"));
  }
}
