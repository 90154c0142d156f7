package dev.clustergov.core.supervision;

import dev.clustergov.core.organization.CreditCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A third-party evaluator (第三方评估机构, Art.28) in the registry: its name and unified social credit
 * code, the authority that registered it and when, the authority it belongs to if it is an
 * authority's own unit (所属单位, e.g. an institute under an industry department — then it is not a
 * third party to the POs that authority supervises), the ties it declared to POs, and the engagements by which POs'
 * supervising authorities commissioned it to evaluate them (委托评价, Art.28).
 */
public record Evaluator(
    EvaluatorId id, long version, String name, CreditCode creditCode, AuthorityId registeredBy, LocalDate registeredOn,
    Optional<AuthorityId> affiliatedAuthority, List<EvaluatorTie> ties, List<EvaluatorEngagement> engagements) {

  /** An evaluator not yet engaged by anyone. */
  public Evaluator(EvaluatorId id, long version, String name, CreditCode creditCode, AuthorityId registeredBy, LocalDate registeredOn,
      Optional<AuthorityId> affiliatedAuthority, List<EvaluatorTie> ties) {
    this(id, version, name, creditCode, registeredBy, registeredOn, affiliatedAuthority, ties, List.of());
  }

  public Evaluator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(creditCode, "creditCode");
    Objects.requireNonNull(registeredBy, "registeredBy");
    Objects.requireNonNull(registeredOn, "registeredOn");
    Objects.requireNonNull(affiliatedAuthority, "affiliatedAuthority");
    ties = List.copyOf(ties);
    engagements = List.copyOf(engagements);
    if (version < 0) {
      throw new IllegalArgumentException("version");
    }
  }

  public Evaluator withVersion(long v) {
    return new Evaluator(id, v, name, creditCode, registeredBy, registeredOn, affiliatedAuthority, ties, engagements);
  }

  /** The same evaluator with one more declared tie. */
  public Evaluator with(EvaluatorTie tie) {
    List<EvaluatorTie> more = new java.util.ArrayList<>(ties);
    more.add(tie);
    return new Evaluator(id, version, name, creditCode, registeredBy, registeredOn, affiliatedAuthority, more, engagements);
  }

  /** The same evaluator with one more engagement. */
  public Evaluator with(EvaluatorEngagement engagement) {
    List<EvaluatorEngagement> more = new java.util.ArrayList<>(engagements);
    more.add(engagement);
    return new Evaluator(id, version, name, creditCode, registeredBy, registeredOn, affiliatedAuthority, ties, more);
  }

  /** The same evaluator with its engagement at {@code index} (0-based, in the order made) ended early (decision 0475). */
  public Evaluator withEnded(int index, EvaluatorEngagement.Ending ending) {
    List<EvaluatorEngagement> changed = new java.util.ArrayList<>(engagements);
    changed.set(index, engagements.get(index).endedBy(ending));
    return new Evaluator(id, version, name, creditCode, registeredBy, registeredOn, affiliatedAuthority, ties, changed);
  }

  /** Its engagements for one PO. */
  public List<EvaluatorEngagement> engagementsFor(dev.clustergov.core.organization.OrganizationId organization) {
    return engagements.stream().filter(e -> e.organization().equals(organization)).toList();
  }

  /** Whether an engagement for {@code organization} runs on {@code day} (Art.28). */
  public boolean engagedFor(dev.clustergov.core.organization.OrganizationId organization, LocalDate day) {
    return engagementsFor(organization).stream().anyMatch(e -> e.covers(day));
  }
}
