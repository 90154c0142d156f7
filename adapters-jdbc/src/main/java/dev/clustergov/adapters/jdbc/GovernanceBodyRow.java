package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.governance.Body;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** One row of {@code governance_body} (治理机构数据行): a body of a PO's governance, at its position; its seats are {@link BodySeatRow}s. */
record GovernanceBodyRow(String organizationId, int position, String bodyId, String layer, String form, String name) {
  static final Columns COLUMNS = Columns.of("governance_body", "organization_id", "position", "body_id", "layer", "form", "name");

  static GovernanceBodyRow of(String organization, int position, Body b) {
    return new GovernanceBodyRow(organization, position, b.id().value(), b.layer().name(), b.form().name(), b.name());
  }

  <S extends SqlStatement<S>> S bind(S s) {
    return s.bind("organization_id", organizationId).bind("position", position).bind("body_id", bodyId).bind("layer", layer)
        .bind("form", form).bind("name", name);
  }

  static GovernanceBodyRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new GovernanceBodyRow(rs.getString("organization_id"), rs.getInt("position"), rs.getString("body_id"),
        rs.getString("layer"), rs.getString("form"), rs.getString("name"));
  }
}
