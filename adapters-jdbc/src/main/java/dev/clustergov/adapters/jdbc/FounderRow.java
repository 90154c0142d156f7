package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.Founder;
import dev.clustergov.core.organization.FounderKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** One row of {@code organization_founder} (发起单位数据行): a founder of a PO, at its position. */
record FounderRow(String organizationId, int position, String name, String kind, String creditCode, String bankNumber) {
  static final Columns COLUMNS = Columns.of("organization_founder",
      "organization_id", "position", "name", "kind", "credit_code", "bank_number");

  static FounderRow of(String organization, int position, Founder f) {
    return new FounderRow(organization, position, f.name(), f.kind().name(), f.creditCode().map(CreditCode::value).orElse(null),
        f.bankAccountNumber().orElse(null));
  }

  <S extends SqlStatement<S>> S bind(S s) {
    return s.bind("organization_id", organizationId).bind("position", position).bind("name", name).bind("kind", kind)
        .bind("credit_code", creditCode).bind("bank_number", bankNumber);
  }

  static FounderRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new FounderRow(rs.getString("organization_id"), rs.getInt("position"), rs.getString("name"), rs.getString("kind"),
        rs.getString("credit_code"), rs.getString("bank_number"));
  }

  /** The founder, or {@code null} with its problems recorded under {@code key}. */
  Founder toFounder(Problems p, String key) {
    FounderKind k = p.enumValue(COLUMNS.table(), key, "kind", FounderKind.class, kind);
    Optional<CreditCode> code = creditCode == null ? Optional.empty()
        : Optional.ofNullable(p.creditCode(COLUMNS.table(), key, "credit_code", creditCode));
    return k == null ? null : new Founder(name, k, code, Optional.ofNullable(bankNumber));
  }
}
