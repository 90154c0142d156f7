package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.application.port.Ledger;
import dev.clustergov.core.finance.ChargeBasis;
import dev.clustergov.core.finance.Expenditure;
import dev.clustergov.core.finance.FeeScheduleId;
import dev.clustergov.core.finance.IncomeEntry;
import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.finance.LedgerEntryId;
import dev.clustergov.core.finance.PayeeRelation;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * {@link Ledger} in {@code income_entry} and {@code expenditure}: insert-only, read per PO over a
 * period through the (organization_id, date, id) indexes — one query per book.
 */
final class JdbcLedger implements Ledger {
  private static final String INCOME = "id, organization_id, kind, amount, received_on, payer, schedule_id, edition, item_code, tier,"
      + " recorded_on";
  private static final String EXPENDITURE = "id, organization_id, amount, paid_on, payee, payee_reference, relation,"
      + " declared_relation, payee_on_staff, purpose, payroll, fee_funded, scope_item, recorded_on";
  private static final String SAVEPOINT = "clustergov_ledger";

  private final Transactions tx;

  JdbcLedger(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public void record(IncomeEntry e) {
    tx.inWriteTransaction(h -> insert(h, e.id(), x -> x.createUpdate("INSERT INTO income_entry (" + INCOME + ") VALUES (:id, :o, :kind,"
            + " :amount, :on, :payer, :schedule, :edition, :item, :tier, :recorded)")
        .bind("id", e.id().value()).bind("o", e.organization().value()).bind("kind", e.kind().name())
        .bind("amount", e.amount().yuan()).bind("on", e.receivedOn()).bind("payer", e.payer())
        .bind("schedule", e.basis().map(b -> b.schedule().value()).orElse(null))
        .bind("edition", e.basis().map(ChargeBasis::edition).orElse(null))
        .bind("item", e.basis().map(ChargeBasis::item).orElse(null))
        .bind("tier", e.basis().flatMap(ChargeBasis::tier).orElse(null))
        .bind("recorded", e.recordedOn()).execute()));
  }

  @Override
  public void record(Expenditure e) {
    tx.inWriteTransaction(h -> insert(h, e.id(), x -> x.createUpdate("INSERT INTO expenditure (" + EXPENDITURE + ") VALUES (:id, :o,"
            + " :amount, :on, :payee, :ref, :relation, :declared, :onStaff, :purpose, :payroll, :feeFunded, :scope, :recorded)")
        .bind("id", e.id().value()).bind("o", e.organization().value()).bind("amount", e.amount().yuan())
        .bind("on", e.paidOn()).bind("payee", e.payee()).bind("ref", e.payeeReference().orElse(null))
        .bind("relation", e.relation().name()).bind("declared", e.declaredRelation().name())
        .bind("onStaff", flag(e.payeeOnStaff())).bind("purpose", e.purpose()).bind("payroll", flag(e.payroll()))
        .bind("feeFunded", flag(e.feeFunded())).bind("scope", e.scopeItem().orElse(null))
        .bind("recorded", e.recordedOn()).execute()));
  }

  /** An id used by either book is a conflict, as in memory; a savepoint keeps PostgreSQL's transaction usable. */
  private static Boolean insert(Handle h, LedgerEntryId id, java.util.function.Consumer<Handle> insert) {
    long used = h.createQuery("SELECT COUNT(*) FROM income_entry WHERE id = :id").bind("id", id.value()).mapTo(Long.class).one()
        + h.createQuery("SELECT COUNT(*) FROM expenditure WHERE id = :id").bind("id", id.value()).mapTo(Long.class).one();
    if (used > 0) {
      throw new ConcurrencyConflict("LedgerEntry", id.value(), 0, 1);
    }
    h.savepoint(SAVEPOINT);
    try {
      insert.accept(h);
    } catch (RuntimeException ex) {
      if (!Transactions.isUniqueViolation(ex)) {
        throw ex;
      }
      h.rollbackToSavepoint(SAVEPOINT);
      throw new ConcurrencyConflict("LedgerEntry", id.value(), 0, 1);
    }
    h.releaseSavepoint(SAVEPOINT);
    return Boolean.TRUE;
  }

  private static short flag(boolean b) {
    return (short) (b ? 1 : 0);
  }

  @Override
  public List<IncomeEntry> income(OrganizationId organization, Period period) {
    return tx.inTransaction(h -> h.createQuery("SELECT " + INCOME + " FROM income_entry WHERE organization_id = :o"
            + " AND received_on BETWEEN :from AND :to ORDER BY received_on, id")
        .bind("o", organization.value()).bind("from", period.from()).bind("to", period.to())
        .map((rs, ctx) -> income(rs)).list());
  }

  @Override
  public List<Expenditure> expenditures(OrganizationId organization, Period period) {
    return tx.inTransaction(h -> h.createQuery("SELECT " + EXPENDITURE + " FROM expenditure WHERE organization_id = :o"
            + " AND paid_on BETWEEN :from AND :to ORDER BY paid_on, id")
        .bind("o", organization.value()).bind("from", period.from()).bind("to", period.to())
        .map((rs, ctx) -> expenditure(rs)).list());
  }

  private static IncomeEntry income(ResultSet rs) throws SQLException {
    String key = rs.getString("id");
    Problems p = new Problems();
    LedgerEntryId id = p.identifier("income_entry", key, "id", key, raw -> LedgerEntryId.parse("id", raw));
    OrganizationId o = p.identifier("income_entry", key, "organization_id", rs.getString("organization_id"),
        raw -> OrganizationId.parse("organization_id", raw));
    IncomeKind kind = p.enumValue("income_entry", key, "kind", IncomeKind.class, rs.getString("kind"));
    Money amount = p.money("income_entry", key, "amount", rs.getBigDecimal("amount"));
    String schedule = rs.getString("schedule_id");
    int edition = rs.getInt("edition");
    String item = rs.getString("item_code");
    String tier = rs.getString("tier");
    LocalDate on = rs.getObject("received_on", LocalDate.class);
    LocalDate recorded = rs.getObject("recorded_on", LocalDate.class);
    String payer = rs.getString("payer");
    p.throwIfAny();
    IncomeEntry e = p.construct("income_entry", key, () -> new IncomeEntry(id, o, kind, amount, on, payer,
        schedule == null ? Optional.empty()
            : Optional.of(new ChargeBasis(new FeeScheduleId(schedule), edition, item, Optional.ofNullable(tier))),
        recorded));
    p.throwIfAny();
    return e;
  }

  private static Expenditure expenditure(ResultSet rs) throws SQLException {
    String key = rs.getString("id");
    Problems p = new Problems();
    LedgerEntryId id = p.identifier("expenditure", key, "id", key, raw -> LedgerEntryId.parse("id", raw));
    OrganizationId o = p.identifier("expenditure", key, "organization_id", rs.getString("organization_id"),
        raw -> OrganizationId.parse("organization_id", raw));
    Money amount = p.money("expenditure", key, "amount", rs.getBigDecimal("amount"));
    PayeeRelation relation = p.enumValue("expenditure", key, "relation", PayeeRelation.class, rs.getString("relation"));
    PayeeRelation declared = p.enumValue("expenditure", key, "declared_relation", PayeeRelation.class, rs.getString("declared_relation"));
    LocalDate on = rs.getObject("paid_on", LocalDate.class);
    LocalDate recorded = rs.getObject("recorded_on", LocalDate.class);
    String payee = rs.getString("payee");
    String ref = rs.getString("payee_reference");
    boolean onStaff = rs.getInt("payee_on_staff") == 1;
    String purpose = rs.getString("purpose");
    boolean payroll = rs.getInt("payroll") == 1;
    boolean feeFunded = rs.getInt("fee_funded") == 1;
    String scope = rs.getString("scope_item");
    p.throwIfAny();
    Expenditure e = p.construct("expenditure", key, () -> new Expenditure(id, o, amount, on, payee, Optional.ofNullable(ref),
        relation, declared, onStaff, purpose, payroll, feeFunded, Optional.ofNullable(scope), recorded));
    p.throwIfAny();
    return e;
  }

  @Override
  public java.util.Map<OrganizationId, List<IncomeEntry>> income(java.util.Set<OrganizationId> organizations, Period period) {
    return Bulk.read(tx, organizations, (h, os) -> h.createQuery("SELECT " + INCOME + " FROM income_entry WHERE organization_id IN (<os>)"
            + " AND received_on BETWEEN :from AND :to ORDER BY received_on, id")
        .bindList("os", os).bind("from", period.from()).bind("to", period.to()).map((rs, ctx) -> income(rs)).list(),
        IncomeEntry::organization);
  }

  @Override
  public java.util.Map<OrganizationId, List<Expenditure>> expenditures(java.util.Set<OrganizationId> organizations, Period period) {
    return Bulk.read(tx, organizations, (h, os) -> h.createQuery("SELECT " + EXPENDITURE + " FROM expenditure WHERE organization_id IN (<os>)"
            + " AND paid_on BETWEEN :from AND :to ORDER BY paid_on, id")
        .bindList("os", os).bind("from", period.from()).bind("to", period.to()).map((rs, ctx) -> expenditure(rs)).list(),
        Expenditure::organization);
  }
}
