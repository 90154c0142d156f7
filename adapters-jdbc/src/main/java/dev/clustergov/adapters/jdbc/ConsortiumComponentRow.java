package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.organization.ConsortiumComponent;
import dev.clustergov.core.organization.OrganizationKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** One row of {@code consortium_component} (联合体成员数据行): a member of a consortium-type PO, at its position. */
record ConsortiumComponentRow(String organizationId, int position, String name, String kind) {
  static final Columns COLUMNS = Columns.of("consortium_component", "organization_id", "position", "name", "kind");

  static ConsortiumComponentRow of(String organization, int position, ConsortiumComponent c) {
    return new ConsortiumComponentRow(organization, position, c.name(), c.kind().name());
  }

  <S extends SqlStatement<S>> S bind(S s) {
    return s.bind("organization_id", organizationId).bind("position", position).bind("name", name).bind("kind", kind);
  }

  static ConsortiumComponentRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ConsortiumComponentRow(rs.getString("organization_id"), rs.getInt("position"), rs.getString("name"),
        rs.getString("kind"));
  }

  /** The component, or {@code null} with its problem recorded under {@code key}. */
  ConsortiumComponent toComponent(Problems p, String key) {
    OrganizationKind k = p.enumValue(COLUMNS.table(), key, "kind", OrganizationKind.class, kind);
    return k == null ? null : new ConsortiumComponent(name, k);
  }
}
