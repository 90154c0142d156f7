package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.application.port.Ledger;
import dev.clustergov.core.finance.Expenditure;
import dev.clustergov.core.finance.IncomeEntry;
import dev.clustergov.core.finance.LedgerEntryId;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.organization.OrganizationId;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** {@link Ledger} in memory, append-only; obtained from {@link InMemoryClustergov#ledger()}. */
final class InMemoryLedger implements Ledger {
  private final Guard guard;
  private final TreeMap<LedgerEntryId, IncomeEntry> income = new TreeMap<>();
  private final TreeMap<LedgerEntryId, Expenditure> expenditures = new TreeMap<>();

  InMemoryLedger(Guard guard) {
    this.guard = guard;
  }

  @Override
  public void record(IncomeEntry entry) {
    Objects.requireNonNull(entry, "income");
    guard.locked(() -> {
      if (income.containsKey(entry.id()) || expenditures.containsKey(entry.id())) {
        throw new ConcurrencyConflict("LedgerEntry", entry.id().value(), 0, 1);
      }
      return income.put(entry.id(), entry);
    });
  }

  @Override
  public void record(Expenditure entry) {
    Objects.requireNonNull(entry, "expenditure");
    guard.locked(() -> {
      if (income.containsKey(entry.id()) || expenditures.containsKey(entry.id())) {
        throw new ConcurrencyConflict("LedgerEntry", entry.id().value(), 0, 1);
      }
      return expenditures.put(entry.id(), entry);
    });
  }

  @Override
  public List<IncomeEntry> income(OrganizationId organization, Period period) {
    return guard.locked(() -> income.values().stream()
        .filter(e -> e.organization().equals(organization) && period.contains(e.receivedOn()))
        .sorted(Comparator.comparing(IncomeEntry::receivedOn).thenComparing(IncomeEntry::id)).toList());
  }

  @Override
  public List<Expenditure> expenditures(OrganizationId organization, Period period) {
    return guard.locked(() -> expenditures.values().stream()
        .filter(e -> e.organization().equals(organization) && period.contains(e.paidOn()))
        .sorted(Comparator.comparing(Expenditure::paidOn).thenComparing(Expenditure::id)).toList());
  }

  /** One pass over the book for all of {@code organizations}, not one per PO. */
  @Override
  public java.util.Map<OrganizationId, List<IncomeEntry>> income(java.util.Set<OrganizationId> organizations, Period period) {
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations, income.values().stream()
        .filter(e -> organizations.contains(e.organization()) && period.contains(e.receivedOn()))
        .sorted(Comparator.comparing(IncomeEntry::receivedOn).thenComparing(IncomeEntry::id)).toList(), IncomeEntry::organization));
  }

  /** One pass over the book for all of {@code organizations}, not one per PO. */
  @Override
  public java.util.Map<OrganizationId, List<Expenditure>> expenditures(java.util.Set<OrganizationId> organizations, Period period) {
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations, expenditures.values().stream()
        .filter(e -> organizations.contains(e.organization()) && period.contains(e.paidOn()))
        .sorted(Comparator.comparing(Expenditure::paidOn).thenComparing(Expenditure::id)).toList(), Expenditure::organization));
  }

  /** Both books at one moment, for snapshots. */
  record Books(SortedMap<LedgerEntryId, IncomeEntry> income, SortedMap<LedgerEntryId, Expenditure> expenditures) {}

  Books copy() {
    return new Books(Collections.unmodifiableSortedMap(new TreeMap<>(income)),
        Collections.unmodifiableSortedMap(new TreeMap<>(expenditures)));
  }

  void restore(Books b) {
    income.clear();
    income.putAll(b.income());
    expenditures.clear();
    expenditures.putAll(b.expenditures());
  }
}
