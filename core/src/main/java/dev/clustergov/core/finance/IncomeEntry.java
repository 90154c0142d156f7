package dev.clustergov.core.finance;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A receipt in the PO's ledger (收入, Art.10): its source, exact amount, date and payer. Fee income
 * (dues, service fees) is a charge and carries the schedule item it was charged under (Art.11).
 * Ledger entries are facts: recorded once, never changed.
 */
public record IncomeEntry(LedgerEntryId id, OrganizationId organization, IncomeKind kind, Money amount, LocalDate receivedOn,
    String payer, Optional<ChargeBasis> basis, LocalDate recordedOn) {
  public IncomeEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(payer, "payer");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(recordedOn, "recordedOn");
    if (basis.isPresent() != FeeKind.isFee(kind)) {
      throw new IllegalStateException("income " + id + ": fee income, and only fee income, names a schedule item");
    }
  }

  public boolean isCharge() {
    return basis.isPresent();
  }
}
