package dev.clustergov.core.rules;

import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.policy.PolicySource;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A compliance report (合规报告): every rule's outcome for one PO on one date, for the stage it was
 * assessed against, with the policy packs it used — so it can be reproduced.
 */
public record ComplianceReport(
    OrganizationId organization, LocalDate date, LifecycleStage assessedFor, List<PolicySource> policy, List<Assessment> assessments) {

  public ComplianceReport {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(assessedFor, "assessedFor");
    policy = List.copyOf(policy);
    assessments = List.copyOf(assessments);
  }

  public List<Finding> findings() {
    return assessments.stream().map(Assessment::finding).flatMap(Optional::stream).toList();
  }

  public List<Finding> blockingFindings() {
    return findings().stream().filter(Finding::blocking).toList();
  }

  /** No blocking finding: the step this report was made for may go ahead. */
  public boolean clear() {
    return blockingFindings().isEmpty();
  }

  public Optional<Assessment> outcomeOf(String ruleId) {
    return assessments.stream().filter(a -> a.rule().id().equals(ruleId)).findFirst();
  }
}
