package dev.clustergov.core.application;

import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.dispute.Route;
import dev.clustergov.core.ip.IpActivity;
import dev.clustergov.core.ip.PartyKind;
import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.application.management.AmendIpAgreement;
import dev.clustergov.core.application.management.DraftIpAgreement;
import dev.clustergov.core.application.management.RaiseDispute;
import dev.clustergov.core.application.management.RecordDisputeStep;
import dev.clustergov.core.application.management.SignIpAgreement;
import dev.clustergov.core.application.management.TermsInput;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.contract.DisputeSamples;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The Suzhou registry with a recognised PO, and short ways to raise disputes, record their steps and
 * draft, sign and amend IP agreements (Art.15–16), for the use-case tests and properties.
 */
final class DisputeDesk {
  final SuzhouRegistry registry = new SuzhouRegistry();
  final PromotionOrganization po = registry.recognised();

  static final String MEMBER_A = "苏州纳衡科技有限公司";
  static final String MEMBER_B = "苏州某纳米材料有限公司";
  static final String GOVERNMENT = DisputeSamples.GOVERNMENT;
  static final String PARTNER = DisputeSamples.PARTNER;
  static final String SECOND_PARTNER = DisputeSamples.SECOND_PARTNER;

  /** A constant by its name; null for none. */
  static <E extends Enum<E>> E typed(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }

  /** A day {@code YYYY-MM-DD}; null for none (today). */
  static LocalDate day(String on) {
    return on == null ? null : LocalDate.parse(on);
  }

  Clustergov gov() {
    return registry.gov;
  }

  LocalDate today() {
    return registry.memory.clock().today();
  }

  void daysPass(int days) {
    registry.memory.clock().advance(java.time.Duration.ofDays(days));
  }

  Either<Refusal, Dispute> raise(String capacity, String on) {
    return gov().raiseDispute().handle(new RaiseDispute.Command(po.id(), "共享中试设备使用时段分配争议",
        List.of(MEMBER_A, MEMBER_B), MEMBER_A, typed(Capacity.class, capacity), day(on)));
  }

  Dispute raised() {
    return SuzhouRegistry.accepted(raise("MEMBER", null));
  }

  Either<Refusal, Dispute> step(Dispute d, String step, String capacity, String route, String note, String on) {
    return gov().recordDisputeStep().handle(new RecordDisputeStep.Command(po.id(), d.id(), OptionalLong.of(d.version()),
        typed(StepKind.class, step), day(on), "陈静", typed(Capacity.class, capacity), typed(Route.class, route), note));
  }

  /** The step in the capacity the procedure gives it, today, with a route and an outcome where needed. */
  Either<Refusal, Dispute> step(Dispute d, String step) {
    String capacity = switch (step) {
      case "ESCALATED" -> "PARTY";
      case "MEDIATION_OPENED", "RESOLVED_BY_MEDIATION", "MEDIATION_FAILED" -> "MEDIATOR";
      default -> "SECRETARIAT";
    };
    return step(d, step, capacity, step.equals("ESCALATED") ? "ARBITRATION" : null,
        step.equals("CLOSED") ? "仲裁裁决书已送达" : null, null);
  }

  Dispute stepped(Dispute d, String... steps) {
    Dispute current = d;
    for (String s : steps) {
      current = SuzhouRegistry.accepted(step(current, s));
    }
    return current;
  }

  // ---- IP agreements ------------------------------------------------------------------------------

  TermsInput terms() {
    return terms(shares(GOVERNMENT, "20", po.name(), "33.3333", PARTNER, "46.6667"));
  }

  TermsInput terms(Map<String, BigDecimal> shares) {
    return new TermsInput(
        List.of(new TermsInput.PartyInput(GOVERNMENT, PartyKind.GOVERNMENT), new TermsInput.PartyInput(po.name(), PartyKind.PROMOTION_ORGANIZATION),
            new TermsInput.PartyInput(PARTNER, PartyKind.PARTNER)),
        Map.of(IpActivity.CREATION, List.of(PARTNER, po.name()), IpActivity.PROTECTION, List.of(po.name()), IpActivity.UTILISATION,
            List.of(GOVERNMENT, PARTNER)),
        List.of(new TermsInput.OwnershipInput("联合研发形成的专利", List.of(po.name(), PARTNER))),
        List.of(new TermsInput.UseRightInput(GOVERNMENT, "公益性推广使用")),
        shares);
  }

  /** The terms with a second partner, shares re-divided. */
  TermsInput termsWithSecondPartner() {
    TermsInput t = terms(shares(GOVERNMENT, "20", po.name(), "30", PARTNER, "25", SECOND_PARTNER, "25"));
    List<TermsInput.PartyInput> parties = new java.util.ArrayList<>(t.parties());
    parties.add(new TermsInput.PartyInput(SECOND_PARTNER, PartyKind.PARTNER));
    return new TermsInput(parties, t.duties(), t.ownership(), t.useRights(), t.shares());
  }

  static Map<String, BigDecimal> shares(String... pairs) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], new BigDecimal(pairs[i + 1]));
    }
    return m;
  }

  Either<Refusal, IpAgreement> draft(TermsInput terms) {
    return gov().draftIpAgreement().handle(new DraftIpAgreement.Command(po.id(), "纳米材料共性技术联合攻关知识产权管理协议", terms));
  }

  IpAgreement drafted() {
    return SuzhouRegistry.accepted(draft(terms()));
  }

  Either<Refusal, IpAgreement> sign(IpAgreement a, String party, String on) {
    return gov().signIpAgreement().handle(new SignIpAgreement.Command(po.id(), a.id(), OptionalLong.of(a.version()),
        party, "签署代表", day(on)));
  }

  IpAgreement signedBy(IpAgreement a, String... parties) {
    IpAgreement current = a;
    for (String p : parties) {
      current = SuzhouRegistry.accepted(sign(current, p, null));
    }
    return current;
  }

  IpAgreement inForce() {
    return signedBy(drafted(), GOVERNMENT, po.name(), PARTNER);
  }

  Either<Refusal, IpAgreement> amend(IpAgreement a, TermsInput terms) {
    return gov().amendIpAgreement().handle(new AmendIpAgreement.Command(po.id(), a.id(), OptionalLong.of(a.version()), terms));
  }
}
