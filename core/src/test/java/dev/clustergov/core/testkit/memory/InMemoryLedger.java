package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.application.port.Ledger;
import dev.clustergov.core.finance.Expenditure;
import dev.clustergov.core.finance.IncomeEntry;
import dev.clustergov.core.finance.LedgerEntryId;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.organization.OrganizationId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@link Ledger} in memory, append-only; obtained from {@link InMemoryClustergov#ledger()}. Each book is kept
 * by PO as well, so that a PO's entries, or a page of POs' entries, are read without a pass over the whole book.
 */
final class InMemoryLedger implements Ledger {
  private final Guard guard;
  private final TreeMap<LedgerEntryId, IncomeEntry> income = new TreeMap<>();
  private final TreeMap<LedgerEntryId, Expenditure> expenditures = new TreeMap<>();
  private final Map<OrganizationId, List<IncomeEntry>> incomeByOrganization = new HashMap<>();
  private final Map<OrganizationId, List<Expenditure>> expendituresByOrganization = new HashMap<>();

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
      incomeByOrganization.computeIfAbsent(entry.organization(), o -> new ArrayList<>()).add(entry);
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
      expendituresByOrganization.computeIfAbsent(entry.organization(), o -> new ArrayList<>()).add(entry);
      return expenditures.put(entry.id(), entry);
    });
  }

  @Override
  public List<IncomeEntry> income(OrganizationId organization, Period period) {
    return guard.locked(() -> incomeByOrganization.getOrDefault(organization, List.of()).stream()
        .filter(e -> period.contains(e.receivedOn()))
        .sorted(Comparator.comparing(IncomeEntry::receivedOn).thenComparing(IncomeEntry::id)).toList());
  }

  @Override
  public List<Expenditure> expenditures(OrganizationId organization, Period period) {
    return guard.locked(() -> expendituresByOrganization.getOrDefault(organization, List.of()).stream()
        .filter(e -> period.contains(e.paidOn()))
        .sorted(Comparator.comparing(Expenditure::paidOn).thenComparing(Expenditure::id)).toList());
  }

  /** The entries of {@code organizations} through the book's index by PO, not one read per PO. */
  @Override
  public java.util.Map<OrganizationId, List<IncomeEntry>> income(java.util.Set<OrganizationId> organizations, Period period) {
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations, organizations.stream()
        .flatMap(o -> incomeByOrganization.getOrDefault(o, List.of()).stream())
        .filter(e -> period.contains(e.receivedOn()))
        .sorted(Comparator.comparing(IncomeEntry::receivedOn).thenComparing(IncomeEntry::id)).toList(), IncomeEntry::organization));
  }

  /** The entries of {@code organizations} through the book's index by PO, not one read per PO. */
  @Override
  public java.util.Map<OrganizationId, List<Expenditure>> expenditures(java.util.Set<OrganizationId> organizations, Period period) {
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations, organizations.stream()
        .flatMap(o -> expendituresByOrganization.getOrDefault(o, List.of()).stream())
        .filter(e -> period.contains(e.paidOn()))
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
    incomeByOrganization.clear();
    income.values().forEach(e -> incomeByOrganization.computeIfAbsent(e.organization(), o -> new ArrayList<>()).add(e));
    expendituresByOrganization.clear();
    expenditures.values().forEach(e -> expendituresByOrganization.computeIfAbsent(e.organization(), o -> new ArrayList<>()).add(e));
  }
}
