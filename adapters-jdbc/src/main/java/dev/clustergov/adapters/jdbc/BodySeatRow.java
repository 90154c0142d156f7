package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.governance.Seat;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** One row of {@code body_seat} (机构席位数据行): a seat of a governance body, at its position in the body. */
record BodySeatRow(String organizationId, int bodyPosition, int position, String personId, String personName, String role) {
  static final Columns COLUMNS = Columns.of("body_seat",
      "organization_id", "body_position", "position", "person_id", "person_name", "role");

  static BodySeatRow of(String organization, int bodyPosition, int position, Seat seat) {
    return new BodySeatRow(organization, bodyPosition, position, seat.person().id().value(), seat.person().name(),
        seat.role().name());
  }

  <S extends SqlStatement<S>> S bind(S s) {
    return s.bind("organization_id", organizationId).bind("body_position", bodyPosition).bind("position", position)
        .bind("person_id", personId).bind("person_name", personName).bind("role", role);
  }

  static BodySeatRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new BodySeatRow(rs.getString("organization_id"), rs.getInt("body_position"), rs.getInt("position"),
        rs.getString("person_id"), rs.getString("person_name"), rs.getString("role"));
  }
}
