package dev.clustergov.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** One row of {@code organization_equipment} (办公设备数据行): an item of a PO's facilities, at its position. */
record EquipmentRow(String organizationId, int position, String item) {
  static final Columns COLUMNS = Columns.of("organization_equipment", "organization_id", "position", "item");

  <S extends SqlStatement<S>> S bind(S s) {
    return s.bind("organization_id", organizationId).bind("position", position).bind("item", item);
  }

  static EquipmentRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new EquipmentRow(rs.getString("organization_id"), rs.getInt("position"), rs.getString("item"));
  }
}
