package dev.clustergov.core.disclosure;

import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The obligation to publish the annual report of one year (年度报告披露义务, Art.14). It is computed,
 * never stored: it exists for every year at whose end the PO existed — established (or recognised,
 * or suspended, which keeps recognition) and not yet revoked or dissolved — and, in the year it was
 * established, only when that was on or before the policy's day ({@code disclosure.annualReportEstablishedBy},
 * 12-31 in the baseline; decision 0519); it arises on 1 January of the next year, and is due on the
 * policy's day of that next year. The policy's day may be 02-29: in a
 * year without one it is 28 February ({@link MonthDay#atYear}). It is fulfilled by the earliest annual
 * report of that year.
 */
public record AnnualReport(OrganizationId organization, int year, LocalDate dueOn, Optional<Disclosure> report) {

  public AnnualReport {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(report, "report");
  }

  public LocalDate arisenOn() {
    return LocalDate.of(year + 1, 1, 1);
  }

  /** How it stands on {@code on}: a report published after {@code on} does not count yet. */
  public Deadline deadline(LocalDate on) {
    return Deadline.of(dueOn, report.map(Disclosure::publishedOn).filter(p -> !p.isAfter(on)), on);
  }

  /** The day an annual report of {@code year} is due under a policy's {@code day}: that day of the next year. */
  public static LocalDate dueOn(int year, MonthDay day) {
    return day.atYear(year + 1);
  }

  /** Every annual-report obligation of {@code o} that has arisen by {@code on}, oldest first, whenever it was established. */
  public static List<AnnualReport> of(PromotionOrganization o, List<Disclosure> disclosures, MonthDay day, LocalDate on) {
    return of(o, disclosures, day, MonthDay.of(12, 31), on);
  }

  /**
   * Every annual-report obligation of {@code o} that has arisen by {@code on}, oldest first: from the year it was established
   * when that was on or before {@code establishedBy} of that year, else from the next year.
   */
  public static List<AnnualReport> of(PromotionOrganization o, List<Disclosure> disclosures, MonthDay day, MonthDay establishedBy,
      LocalDate on) {
    Optional<LocalDate> start = o.establishedOn().or(o::recognisedOn);
    List<AnnualReport> out = new ArrayList<>();
    if (start.isEmpty()) {
      return out;
    }
    Optional<LocalDate> ended = o.stage().isFinal() ? o.stageChangedOn() : Optional.empty();
    int first = start.get().getYear() + (start.get().isAfter(establishedBy.atYear(start.get().getYear())) ? 1 : 0);
    for (int y = first; y < on.getYear(); y++) {
      LocalDate yearEnd = LocalDate.of(y, 12, 31);
      if (ended.isPresent() && !ended.get().isAfter(yearEnd)) {
        break;
      }
      final int year = y;
      Optional<Disclosure> report = disclosures.stream()
          .filter(d -> d.organization().equals(o.id()) && d.kind() == DisclosureKind.ANNUAL_REPORT
              && d.year().isPresent() && d.year().getAsInt() == year)
          .min(Comparator.comparing(Disclosure::publishedOn).thenComparing(Disclosure::id));
      out.add(new AnnualReport(o.id(), y, dueOn(y, day), report));
    }
    return out;
  }
}
