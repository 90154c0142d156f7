package dev.clustergov.core.finance;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment out of the PO's property (支出, Art.10, Art.11): amount, date, payee, purpose, whether it
 * is payroll, whether it is funded by fees, and the charter business-scope item it serves if any.
 *
 * <p>The payee's relation is what the PO's own records showed on the day it was recorded (a founder's
 * name or credit code, a seat holder, a staff member), never only what the clerk typed:
 * {@code declaredRelation} is kept beside it as evidence. Payroll counts only for a payee who was on
 * the staff ({@code payeeOnStaff}).
 */
public record Expenditure(LedgerEntryId id, OrganizationId organization, Money amount, LocalDate paidOn, String payee,
    Optional<String> payeeReference, PayeeRelation relation, PayeeRelation declaredRelation, boolean payeeOnStaff,
    String purpose, boolean payroll, boolean feeFunded, Optional<String> scopeItem, LocalDate recordedOn) {
  public Expenditure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(paidOn, "paidOn");
    Objects.requireNonNull(payee, "payee");
    Objects.requireNonNull(payeeReference, "payeeReference");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(declaredRelation, "declaredRelation");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(scopeItem, "scopeItem");
    Objects.requireNonNull(recordedOn, "recordedOn");
  }

  /** Payroll that counts as such: declared payroll to someone on the staff. */
  public boolean isPayroll() {
    return payroll && payeeOnStaff;
  }
}
