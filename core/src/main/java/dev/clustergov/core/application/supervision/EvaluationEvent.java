package dev.clustergov.core.application.supervision;

import dev.clustergov.core.kernel.Event;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.EvaluationId;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.supervision.Rating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What third-party evaluation records (第三方评价事件, Art.28): an evaluator entered in the registry, a tie it
 * declares to a PO, an evaluation of a PO. Each becomes the event log's data only in {@link #data()}, with
 * the keys and formats stored before events were typed (pinned by {@code EvaluationEventsGoldenTest}).
 */
public sealed interface EvaluationEvent extends Event {

  /** An evaluator registered by an authority; {@code affiliatedAuthority} when it is an authority's own unit. */
  record EvaluatorRegistered(EvaluatorId evaluator, String name, CreditCode creditCode, AuthorityId registeredBy, LocalDate on,
      Optional<AuthorityId> affiliatedAuthority) implements EvaluationEvent {
    @Override
    public String aggregateType() {
      return "evaluator";
    }

    @Override
    public String aggregateId() {
      return evaluator.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("name", name);
      data.put("creditCode", creditCode.value());
      data.put("registeredBy", registeredBy.value());
      data.put("on", on.toString());
      affiliatedAuthority.ifPresent(a -> data.put("affiliatedAuthority", a.value()));
      return data;
    }
  }

  /** A tie an evaluator declares to a PO, from a day, until a day or still running. */
  record EvaluatorTieDeclared(EvaluatorId evaluator, OrganizationId organization, String nature, LocalDate from,
      Optional<LocalDate> until) implements EvaluationEvent {
    @Override
    public String aggregateType() {
      return "evaluator";
    }

    @Override
    public String aggregateId() {
      return evaluator.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("nature", nature);
      data.put("from", from.toString());
      until.ifPresent(u -> data.put("until", u.toString()));
      return data;
    }
  }

  /** An evaluator engaged by a PO's supervising authority to evaluate it over a period (委托评价, Art.28). */
  record EvaluatorEngaged(EvaluatorId evaluator, OrganizationId organization, AuthorityId engagedBy, LocalDate from, LocalDate until)
      implements EvaluationEvent {

    @Override
    public String aggregateType() {
      return "evaluator";
    }

    @Override
    public String aggregateId() {
      return evaluator.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("engagedBy", engagedBy.value());
      data.put("from", from.toString());
      data.put("until", until.toString());
      return data;
    }
  }

  /**
   * An engagement ended early by the authority that commissioned it (终止委托, decision 0475): the engagement is the
   * evaluator's {@code number}-th (from 1, in the order made); it runs no more from {@code on}.
   */
  record EvaluatorEngagementEnded(EvaluatorId evaluator, int number, OrganizationId organization, AuthorityId endedBy, LocalDate on,
      String reason) implements EvaluationEvent {

    @Override
    public String aggregateType() {
      return "evaluator";
    }

    @Override
    public String aggregateId() {
      return evaluator.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("engagement", Integer.toString(number));
      data.put("organization", organization.value());
      data.put("endedBy", endedBy.value());
      data.put("on", on.toString());
      data.put("reason", reason);
      return data;
    }
  }

  /** An evaluation of a PO on a day, with its total, rating, validity, dossier hash and the pack versions it used. */
  record EvaluationRecorded(EvaluationId evaluation, OrganizationId organization, EvaluatorId evaluator, LocalDate on,
      BigDecimal totalPercent, Rating rating, LocalDate validUntil, String dossierHash, List<String> policyVersions)
      implements EvaluationEvent {

    public EvaluationRecorded {
      policyVersions = List.copyOf(policyVersions);
    }

    @Override
    public String aggregateType() {
      return "evaluation";
    }

    @Override
    public String aggregateId() {
      return evaluation.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("evaluator", evaluator.value());
      data.put("on", on.toString());
      data.put("totalPercent", totalPercent.toPlainString());
      data.put("rating", rating.name());
      data.put("validUntil", validUntil.toString());
      data.put("dossierHash", dossierHash);
      data.put("policy", String.join("; ", policyVersions));
      return data;
    }
  }
}
