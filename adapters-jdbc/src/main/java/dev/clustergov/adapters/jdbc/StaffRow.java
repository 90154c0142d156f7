package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.management.HireTerms;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.management.StaffMember;
import dev.clustergov.core.governance.PersonId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One row of {@code organization_staff} (专职工作人员数据行): a staff member of a PO, at its position, with the hire
 * terms when they were recorded (the three columns go together).
 */
record StaffRow(String organizationId, int position, String personId, String name, String category, String recruitment,
    LocalDate hiredOn, BigDecimal monthlySalary, BigDecimal marketBenchmark) {
  static final Columns COLUMNS = Columns.of("organization_staff", "organization_id", "position", "person_id", "name",
      "category", "recruitment", "hired_on", "monthly_salary", "market_benchmark");

  static StaffRow of(String organization, int position, StaffMember s) {
    return new StaffRow(organization, position, s.person().value(), s.name(), s.category().name(), s.recruitment().name(),
        s.terms().map(HireTerms::hiredOn).orElse(null), s.terms().map(t -> t.monthlySalary().yuan()).orElse(null),
        s.terms().map(t -> t.marketBenchmark().yuan()).orElse(null));
  }

  <S extends SqlStatement<S>> S bind(S s) {
    return s.bind("organization_id", organizationId).bind("position", position).bind("person_id", personId)
        .bind("name", name).bind("category", category).bind("recruitment", recruitment).bind("hired_on", hiredOn)
        .bind("monthly_salary", monthlySalary).bind("market_benchmark", marketBenchmark);
  }

  static StaffRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new StaffRow(rs.getString("organization_id"), rs.getInt("position"), rs.getString("person_id"),
        rs.getString("name"), rs.getString("category"), rs.getString("recruitment"), rs.getObject("hired_on", LocalDate.class),
        rs.getBigDecimal("monthly_salary"), rs.getBigDecimal("market_benchmark"));
  }

  /** The staff member, or {@code null} with its problems recorded under {@code organization#position}. */
  StaffMember toStaffMember(Problems p) {
    String table = COLUMNS.table();
    String key = organizationId + "#" + position;
    PersonId person = p.identifier(table, key, "person_id", personId, raw -> PersonId.parse("person_id", raw));
    StaffCategory c = p.enumValue(table, key, "category", StaffCategory.class, category);
    Recruitment r = p.enumValue(table, key, "recruitment", Recruitment.class, recruitment);
    Optional<HireTerms> terms = Optional.empty();
    if (hiredOn != null || monthlySalary != null || marketBenchmark != null) {
      if (hiredOn == null || monthlySalary == null || marketBenchmark == null) {
        p.add(table, key, "hire terms: hired_on, monthly_salary and market_benchmark go together");
      } else {
        Money salary = p.money(table, key, "monthly_salary", monthlySalary);
        Money benchmark = p.money(table, key, "market_benchmark", marketBenchmark);
        if (salary != null && benchmark != null) {
          terms = Optional.of(new HireTerms(hiredOn, salary, benchmark));
        }
      }
    }
    return person != null && c != null && r != null ? new StaffMember(person, name, c, r, terms) : null;
  }
}
