package dev.clustergov.core.disclosure;

import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One disclosure a PO still owes on a day (待披露事项): an annual report (subject: the year) or a
 * major matter (subject: the obligation's id, matter: what happened), when it arose, when it is due,
 * whether it is due or overdue and by how many days.
 */
public record DueDisclosure(
    OrganizationId organization, DisclosureKind kind, String subject, String matter, LocalDate arisenOn,
    LocalDate dueOn, Deadline.Status status, long daysOverdue) {

  public DueDisclosure {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(arisenOn, "arisenOn");
    Objects.requireNonNull(dueOn, "dueOn");
    if (status != Deadline.Status.DUE && status != Deadline.Status.OVERDUE) {
      throw new IllegalStateException("a due disclosure is due or overdue, not " + status);
    }
  }

  static DueDisclosure of(AnnualReport r, LocalDate on) {
    Deadline d = r.deadline(on);
    return new DueDisclosure(r.organization(), DisclosureKind.ANNUAL_REPORT, Integer.toString(r.year()),
        "AnnualReport", r.arisenOn(), r.dueOn(), d.status(), d.daysLate());
  }

  static DueDisclosure of(DisclosureObligation o, LocalDate on) {
    Deadline d = o.deadline(on);
    return new DueDisclosure(o.organization(), DisclosureKind.MAJOR_MATTER, o.id().value(), o.matter(),
        o.arisenOn(), o.dueOn(), d.status(), d.daysLate());
  }

  /** What {@code o} owes on {@code on}, oldest due first: open obligations and unpublished annual reports. */
  public static java.util.List<DueDisclosure> owed(java.util.List<DisclosureObligation> obligations,
      java.util.List<AnnualReport> annualReports, LocalDate on) {
    java.util.List<DueDisclosure> out = new java.util.ArrayList<>();
    annualReports.stream().filter(r -> r.deadline(on).open()).forEach(r -> out.add(of(r, on)));
    obligations.stream().filter(o -> o.openOn(on)).forEach(o -> out.add(of(o, on)));
    out.sort(java.util.Comparator.comparing(DueDisclosure::dueOn).thenComparing(DueDisclosure::organization)
        .thenComparing(DueDisclosure::subject));
    return out;
  }
}
