package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.management.ManagementSystem;
import dev.clustergov.core.management.ManagementSystemKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** One row of {@code management_system} (管理制度数据行): a management system a PO adopted, at its position. */
record ManagementSystemRow(String organizationId, int position, String kind, String title, LocalDate adoptedOn, int revision) {
  static final Columns COLUMNS = Columns.of("management_system",
      "organization_id", "position", "kind", "title", "adopted_on", "revision");

  static ManagementSystemRow of(String organization, int position, ManagementSystem m) {
    return new ManagementSystemRow(organization, position, m.kind().name(), m.title(), m.adoptedOn(), m.revision());
  }

  <S extends SqlStatement<S>> S bind(S s) {
    return s.bind("organization_id", organizationId).bind("position", position).bind("kind", kind).bind("title", title)
        .bind("adopted_on", adoptedOn).bind("revision", revision);
  }

  static ManagementSystemRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ManagementSystemRow(rs.getString("organization_id"), rs.getInt("position"), rs.getString("kind"),
        rs.getString("title"), rs.getObject("adopted_on", LocalDate.class), rs.getInt("revision"));
  }

  /** The system, or {@code null} with its problem recorded under {@code organization#position}. */
  ManagementSystem toSystem(Problems p) {
    String key = organizationId + "#" + position;
    ManagementSystemKind k = p.enumValue(COLUMNS.table(), key, "kind", ManagementSystemKind.class, kind);
    return k == null ? null : p.construct(COLUMNS.table(), key, () -> new ManagementSystem(k, title, adoptedOn, revision));
  }
}
