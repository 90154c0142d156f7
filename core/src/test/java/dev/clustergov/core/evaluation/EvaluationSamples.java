package dev.clustergov.core.evaluation;

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
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.ImmutableDossier;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Members, platforms and activities for evaluation tests: a busy year and a quiet one. */
final class EvaluationSamples {

  static final LocalDate DAY = Fixtures.TODAY;

  private EvaluationSamples() {}

  static Membership member(int n) {
    return new Membership(new MembershipId("mem-" + n), 0, Fixtures.ORGANIZATION_ID, "成员" + n,
        Optional.of(CreditCode.parse(Fixtures.creditCode(String.format("91320500MA%07d", n))).get()), MemberKind.ENTERPRISE,
        DAY.minusYears(1), Optional.empty());
  }

  static ServiceActivity activity(int n, FunctionItem item, List<MembershipId> members, Outcomes outcomes) {
    return new ServiceActivity(new ActivityId("act-" + n), 0, Fixtures.ORGANIZATION_ID, item, "活动" + n,
        DAY.minusDays(1 + n % 200), Delivery.DIRECT, members, List.of("外部单位" + n), true, Optional.empty(), outcomes);
  }

  static Platform platform(int n) {
    return new Platform(new PlatformId("pf-" + n), 0, Fixtures.ORGANIZATION_ID, "平台" + n, PlatformKind.PILOT_BASE,
        PlatformRole.BUILT, "运营方" + n, DAY.minusMonths(6), true, Optional.empty());
  }

  /** The compliant PO with 20 members, 2 platforms and 4 activities per item of all 32 items, with outcomes. */
  static Dossier busy() {
    List<Membership> members = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      members.add(member(i));
    }
    List<ServiceActivity> activities = new ArrayList<>();
    int n = 0;
    for (FunctionItem item : FunctionItem.all()) {
      for (int k = 0; k < 4; k++) {
        n++;
        Outcomes o = new Outcomes(Money.yuan("5000000.00"), Money.yuan("2000000.00"), Money.yuan("5000000.00"),
            List.of(new TalentIntake(TalentLevel.HIGH_LEVEL, 1), new TalentIntake(TalentLevel.GENERAL, 1)));
        activities.add(activity(n, item, List.of(members.get(n % 20).id(), members.get((n + 7) % 20).id()), o));
      }
    }
    return ImmutableDossier.copyOf(Fixtures.compliantDossier())
        .withMemberships(members).withPlatforms(platform(1), platform(2)).withActivities(activities);
  }

  static Dossier quiet() {
    return Fixtures.compliantDossier();
  }
}
