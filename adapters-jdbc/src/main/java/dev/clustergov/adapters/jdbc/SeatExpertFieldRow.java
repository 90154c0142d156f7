package dev.clustergov.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** One row of {@code seat_expert_field} (专家领域数据行): a field of expertise of the expert in a seat (Art.8(2).5). */
record SeatExpertFieldRow(String organizationId, int bodyPosition, int seatPosition, String field) {
  static final Columns COLUMNS = Columns.of("seat_expert_field", "organization_id", "body_position", "seat_position", "field");

  <S extends SqlStatement<S>> S bind(S s) {
    return s.bind("organization_id", organizationId).bind("body_position", bodyPosition).bind("seat_position", seatPosition)
        .bind("field", field);
  }

  static SeatExpertFieldRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new SeatExpertFieldRow(rs.getString("organization_id"), rs.getInt("body_position"), rs.getInt("seat_position"),
        rs.getString("field"));
  }
}
