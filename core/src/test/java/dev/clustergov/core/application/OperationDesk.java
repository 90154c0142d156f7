package dev.clustergov.core.application;

import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.operation.PlatformRole;
import dev.clustergov.core.operation.PlatformKind;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.application.operation.RecordMemberLeaving;
import dev.clustergov.core.application.operation.RecordServiceActivity;
import dev.clustergov.core.application.operation.RegisterPlatform;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.Platform;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.contract.OperationSamples;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import dev.clustergov.core.organization.CreditCode;

/**
 * The Suzhou registry with a recognised PO, and short ways to admit members, register platforms and
 * record service activities (Art.17–24), for the use-case tests and properties.
 */
final class OperationDesk {
  final SuzhouRegistry registry = new SuzhouRegistry();
  final PromotionOrganization po = registry.recognised();

  static final String NAVI = OperationSamples.creditCode("MA1MXXX01").value();
  static final String NANO = OperationSamples.creditCode("MA1MXXX02").value();

  Clustergov gov() {
    return registry.gov;
  }

  LocalDate today() {
    return registry.memory.clock().today();
  }

  void daysPass(int days) {
    registry.memory.clock().advance(Duration.ofDays(days));
  }

  Either<Refusal, Membership> admit(String name, String code, String joinedOn) {
    return gov().admitMember().handle(new AdmitMember.Command(po.id(), name, code == null ? null : CreditCode.parse(code).get(), MemberKind.ENTERPRISE, day(joinedOn)));
  }

  Membership admitted(String name, String code) {
    return SuzhouRegistry.accepted(admit(name, code, null));
  }

  Either<Refusal, Membership> leave(Membership m, String on) {
    return gov().recordMemberLeaving().handle(new RecordMemberLeaving.Command(po.id(), m.id(), OptionalLong.of(m.version()), day(on)));
  }

  Either<Refusal, Platform> register(boolean open, String reason) {
    return gov().registerPlatform().handle(new RegisterPlatform.Command(po.id(), "纳米材料中试基地", PlatformKind.PILOT_BASE, PlatformRole.BUILT,
        "苏州澄湖纳米科技发展有限公司", null, open, reason));
  }

  static RecordServiceActivity.OutcomesInput outcomes(String landed, String tech, String supply, Map<TalentLevel, Integer> talents) {
    return new RecordServiceActivity.OutcomesInput(landed == null ? null : Money.yuan(landed), tech == null ? null : Money.yuan(tech),
        supply == null ? null : Money.yuan(supply), talents);
  }

  /** A day written as text in a test, or null. */
  static LocalDate day(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  /** A function item by its citation, e.g. {@code Art.21(3)}. */
  static FunctionItem item(String citation) {
    return FunctionItem.parse(citation).get();
  }

  Either<Refusal, ServiceActivity> record(String item, String on, List<String> members, boolean open, String reason,
      RecordServiceActivity.OutcomesInput outcomes) {
    return gov().recordServiceActivity().handle(new RecordServiceActivity.Command(po.id(), item(item), "纳米材料项目投融资对接会", day(on),
        Delivery.BROKERED, members.stream().map(MembershipId::new).toList(), List.of("苏州禾岚控股股份有限公司"), open, reason, outcomes));
  }

  /** The command that records {@code a} as it is, for this desk's PO. */
  RecordServiceActivity.Command commandFor(ServiceActivity a) {
    Map<TalentLevel, Integer> talents = new java.util.TreeMap<>();
    a.outcomes().talents().forEach(t -> talents.put(t.level(), t.count()));
    return new RecordServiceActivity.Command(po.id(), a.item(), a.title(), a.heldOn(), a.delivery(), a.memberParticipants(),
        a.outsideParticipants(), a.openToAllMembers(), a.closedReason().orElse(null), new RecordServiceActivity.OutcomesInput(
            a.outcomes().landedInvestment(), a.outcomes().technologyTransactions(), a.outcomes().supplyContracts(), talents));
  }

  Period sinceProposal() {
    return new Period(po.proposedOn(), today());
  }
}
