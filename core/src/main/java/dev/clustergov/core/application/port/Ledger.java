package dev.clustergov.core.application.port;

import dev.clustergov.core.finance.Expenditure;
import dev.clustergov.core.finance.IncomeEntry;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;

/**
 * The PO's books (账簿, Art.10–11): income — fee charges included — and expenditure, append-only; a
 * driven port. Entries are facts, never updated: a correction is a new entry.
 */
public interface Ledger {
  /** Appends an income entry in the current unit of work; an id already used is a {@link ConcurrencyConflict}. */
  void record(IncomeEntry income);

  /** Appends an expenditure in the current unit of work; an id already used is a {@link ConcurrencyConflict}. */
  void record(Expenditure expenditure);

  /** The PO's income received within {@code period}, by date, then id. */
  List<IncomeEntry> income(OrganizationId organization, Period period);

  /** The PO's expenditures paid within {@code period}, by date, then id. */
  List<Expenditure> expenditures(OrganizationId organization, Period period);

  /**
   * {@link #income(OrganizationId, Period)} of each of {@code organizations} at once (a page of a registry-wide task): every PO asked about is a key, with the same list, in the same
   * order, as the per-PO method gives. An adapter over a database answers with one query per table.
   */
  default java.util.Map<OrganizationId, List<IncomeEntry>> income(java.util.Set<OrganizationId> organizations, Period period) {
    return ByOrganization.each(organizations, o -> income(o, period));
  }

  /**
   * {@link #expenditures(OrganizationId, Period)} of each of {@code organizations} at once (a page of a registry-wide task): every PO asked about is a key, with the same list, in the same
   * order, as the per-PO method gives. An adapter over a database answers with one query per table.
   */
  default java.util.Map<OrganizationId, List<Expenditure>> expenditures(java.util.Set<OrganizationId> organizations, Period period) {
    return ByOrganization.each(organizations, o -> expenditures(o, period));
  }
}
