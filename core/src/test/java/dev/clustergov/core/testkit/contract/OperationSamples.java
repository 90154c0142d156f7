package dev.clustergov.core.testkit.contract;

import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.ActivityId;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.Platform;
import dev.clustergov.core.operation.PlatformId;
import dev.clustergov.core.operation.PlatformKind;
import dev.clustergov.core.operation.PlatformRole;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.operation.TalentIntake;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Sample member units, platforms and service activities (Art.17–24) for the port contracts, at
 * version 0, of the PO {@code org-001} of {@link Samples} unless told otherwise.
 */
public final class OperationSamples {
  private OperationSamples() {}

  public static final OrganizationId PO = DisputeSamples.PO;
  public static final OrganizationId OTHER_PO = DisputeSamples.OTHER_PO;
  public static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  /** A valid credit code whose organisation part is {@code nine} (nine characters of the GB 32100 alphabet). */
  public static CreditCode creditCode(String nine) {
    String first17 = "91320505" + nine;
    return new CreditCode(first17 + CreditCode.checkCharacter(first17));
  }

  public static Membership member(String id, OrganizationId organization, CreditCode code) {
    return new Membership(new MembershipId(id), 0, organization, "苏州纳衡科技有限公司", Optional.of(code), MemberKind.ENTERPRISE,
        DAY, Optional.empty());
  }

  public static Membership member(String id, OrganizationId organization) {
    return member(id, organization, creditCode("MA1MXXX0" + (Math.abs(id.hashCode()) % 10)));
  }

  /** A research institute that joined and left, without a credit code. */
  public static Membership leftMember(String id) {
    return new Membership(new MembershipId(id), 0, PO, "中科院苏州纳米所", Optional.empty(), MemberKind.RESEARCH_INSTITUTE,
        DAY.minusYears(1), Optional.of(DAY));
  }

  public static Platform platform(String id, OrganizationId organization) {
    return new Platform(new PlatformId(id), 0, organization, "纳米材料中试基地", PlatformKind.PILOT_BASE, PlatformRole.BUILT,
        "苏州澄湖纳米科技发展有限公司", DAY, true, Optional.empty());
  }

  /** A shared manufacturing centre restricted to members who paid in, with the reason. */
  public static Platform restrictedPlatform(String id) {
    return new Platform(new PlatformId(id), 0, PO, "共享制造中心", PlatformKind.SHARED_MANUFACTURING_CENTRE, PlatformRole.COORDINATED,
        "苏州某装备有限公司", DAY, false, Optional.of("设备产能有限，先向出资共建成员开放"));
  }

  /** A brokered investment matchmaking (Art.23(2)) on {@code day} with two members and one outside unit, with outcomes. */
  public static ServiceActivity activity(String id, OrganizationId organization, LocalDate day) {
    return new ServiceActivity(new ActivityId(id), 0, organization, item("Art.23(2)"), "纳米材料项目投融资对接会", day, Delivery.BROKERED,
        List.of(new MembershipId("member-1"), new MembershipId("member-2")), List.of("苏州禾岚控股股份有限公司"), true, Optional.empty(),
        new Outcomes(Money.yuan("12000000.00"), Money.yuan("0"), Money.yuan("350000.50"),
            List.of(new TalentIntake(TalentLevel.LEADING, 1), new TalentIntake(TalentLevel.GENERAL, 12))));
  }

  /** A training course (Art.23(3)) closed to part of the members without a reason, no participants, no outcomes. */
  public static ServiceActivity closedActivity(String id, LocalDate day) {
    return new ServiceActivity(new ActivityId(id), 0, PO, item("Art.23(3)"), "高管培训班", day, Delivery.DIRECT, List.of(), List.of(),
        false, Optional.empty(), Outcomes.NONE);
  }

  public static FunctionItem item(String citation) {
    return FunctionItem.parse(citation).getOrElseThrow(() -> new IllegalArgumentException(citation));
  }
}
