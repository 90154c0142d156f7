package dev.clustergov.core.supervision;

import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An inspection of a PO (监督检查, Art.25) by its own supervising authority (谁主管、谁负责, Art.26):
 * opened on a day with a subject, and its findings, numbered 1, 2, … in the order they were noted,
 * none noted before the inspection was opened. The inspection is open while any finding is.
 */
public record Inspection(
    InspectionId id, long version, OrganizationId organization, AuthorityId authority, LocalDate openedOn,
    String subject, List<InspectionFinding> findings) {

  public Inspection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(openedOn, "openedOn");
    Objects.requireNonNull(subject, "subject");
    findings = List.copyOf(findings);
    if (version < 0) {
      throw new IllegalArgumentException("version");
    }
    for (int i = 0; i < findings.size(); i++) {
      if (findings.get(i).number() != i + 1) {
        throw new IllegalArgumentException("findings are numbered 1, 2, … in order");
      }
      if (findings.get(i).notedOn().isBefore(openedOn)) {
        throw new IllegalArgumentException("a finding noted before the inspection was opened");
      }
    }
  }

  public Optional<InspectionFinding> finding(int number) {
    return number >= 1 && number <= findings.size() ? Optional.of(findings.get(number - 1)) : Optional.empty();
  }

  /** Findings without evidence of rectification. */
  public List<InspectionFinding> openFindings() {
    return findings.stream().filter(InspectionFinding::open).toList();
  }

  /** Findings whose deadline has passed on {@code day} without rectification. */
  public List<InspectionFinding> overdueOn(LocalDate day) {
    return findings.stream().filter(f -> f.overdueOn(day)).toList();
  }

  /** The same inspection with {@code finding} noted next (the caller has numbered and checked it). */
  public Inspection with(InspectionFinding finding) {
    List<InspectionFinding> more = new ArrayList<>(findings);
    more.add(finding);
    return new Inspection(id, version, organization, authority, openedOn, subject, more);
  }

  /** The same inspection with finding {@code number} closed by {@code rectification}. */
  public Inspection rectify(int number, Rectification rectification) {
    List<InspectionFinding> changed = new ArrayList<>(findings);
    changed.set(number - 1, findings.get(number - 1).rectified(rectification));
    return new Inspection(id, version, organization, authority, openedOn, subject, changed);
  }

  public Inspection withVersion(long v) {
    return new Inspection(id, v, organization, authority, openedOn, subject, findings);
  }
}
