package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.application.port.Ledger;
import dev.clustergov.core.finance.Expenditure;
import dev.clustergov.core.finance.FeeSchedule;
import dev.clustergov.core.finance.IncomeEntry;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Ledger} (账簿): entries read back exactly as recorded, within the period only,
 * of their PO only, by date then id; an id is used once across both books. Extend it with a fresh
 * adapter and hooks to store the POs and fee schedules entries refer to.
 */
public abstract class LedgerContract {
  protected static final OrganizationId A = new OrganizationId("org-a");
  protected static final OrganizationId B = new OrganizationId("org-b");

  private Ledger ledger;
  private FeeSchedule schedule;

  protected abstract Ledger freshLedger();

  /** Makes {@code organization} (and its cluster and authority) exist where the adapter can refer to it. */
  protected abstract void storeOrganization(PromotionOrganization organization);

  /** Makes {@code schedule} exist where the adapter can refer to it. */
  protected abstract void storeFeeSchedule(FeeSchedule schedule);

  protected final Ledger ledger() {
    if (ledger == null) {
      ledger = freshLedger();
      storeOrganization(Samples.organization(A.value()));
      storeOrganization(Samples.organization(B.value()));
      schedule = FinanceSamples.schedule("fee-a", A);
      storeFeeSchedule(schedule);
    }
    return ledger;
  }

  static final Period FEBRUARY = new Period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));

  @Test
  public void entries_read_back_exactly_within_the_period_of_their_po_by_date_then_id() {
    Ledger l = ledger();
    IncomeEntry late = FinanceSamples.donation("income-2", A, LocalDate.of(2025, 2, 28), "0.01");
    IncomeEntry early = FinanceSamples.donation("income-3", A, LocalDate.of(2025, 2, 1), "123456789.99");
    IncomeEntry charge = FinanceSamples.charge("income-1", A, schedule.id(), LocalDate.of(2025, 2, 28));
    l.record(late);
    l.record(early);
    l.record(charge);
    l.record(FinanceSamples.donation("income-4", A, LocalDate.of(2025, 3, 1), "1.00"));
    l.record(FinanceSamples.donation("income-5", A, LocalDate.of(2025, 1, 31), "1.00"));
    l.record(FinanceSamples.donation("income-6", B, LocalDate.of(2025, 2, 10), "1.00"));

    assertThat(l.income(A, FEBRUARY)).containsExactly(early, charge, late);
    assertThat(l.income(B, FEBRUARY)).extracting(e -> e.id().value()).containsExactly("income-6");
    assertThat(l.expenditures(A, FEBRUARY)).isEmpty();
  }

  @Test
  public void expenditures_keep_every_field_and_amounts_stay_exact() {
    Ledger l = ledger();
    Expenditure a = FinanceSamples.expenditure("exp-1", A, LocalDate.of(2025, 2, 3), "0.10");
    Expenditure b = FinanceSamples.expenditure("exp-2", A, LocalDate.of(2025, 2, 3), "0.20");
    l.record(b);
    l.record(a);
    List<Expenditure> read = l.expenditures(A, FEBRUARY);
    assertThat(read).containsExactly(a, b);
    assertThat(read.get(0).amount().plus(read.get(1).amount())).isEqualTo(Money.yuan("0.30"));
  }

  @Test
  public void an_entry_id_is_used_once_across_both_books() {
    Ledger l = ledger();
    l.record(FinanceSamples.donation("entry-1", A, LocalDate.of(2025, 2, 3), "1.00"));
    assertThatThrownBy(() -> l.record(FinanceSamples.donation("entry-1", A, LocalDate.of(2025, 2, 4), "2.00")))
        .isInstanceOf(ConcurrencyConflict.class);
    assertThatThrownBy(() -> l.record(FinanceSamples.expenditure("entry-1", A, LocalDate.of(2025, 2, 4), "2.00")))
        .isInstanceOf(ConcurrencyConflict.class);
    assertThat(l.income(A, FEBRUARY)).extracting(e -> e.amount().toString()).containsExactly("1.00");
    assertThat(l.expenditures(A, FEBRUARY)).isEmpty();
  }
}
