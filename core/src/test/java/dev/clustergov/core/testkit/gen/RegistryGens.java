package dev.clustergov.core.testkit.gen;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.operation.TalentIntake;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A registry of generated POs' dossiers for what-ifs and benchmarks (模拟名录): the compliant Suzhou PO
 * under {@code n} ids, each with its own activities and outcomes over the last full year, a rating most
 * of them hold, a few suspended, a few sanctioned. The same {@code n} and seed always give the same
 * dossiers.
 */
public final class RegistryGens {

  private RegistryGens() {}

  /** The day the registry is looked at: in the year after the activities. */
  public static final LocalDate DAY = LocalDate.of(2026, 3, 1);
  public static final Period YEAR = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

  public static List<Dossier> dossiers(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PromotionOrganization template = Fixtures.compliantOrganization();
    var items = FunctionItem.all().toJavaList();
    Rating[] ratings = Rating.values();
    List<Dossier> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      OrganizationId id = new OrganizationId(String.format("org-%05d", i));
      LifecycleStage stage = random.nextInt(20) == 0 ? LifecycleStage.SUSPENDED : LifecycleStage.RECOGNISED;
      PromotionOrganization o = PromotionOrganization.builder().from(template).id(id).stage(stage)
          .proposedOn(LocalDate.of(2023, 6, 1)).establishedOn(LocalDate.of(2023, 9, 1)).build();
      List<ServiceActivity> activities = new ArrayList<>();
      int count = random.nextInt(13);
      for (int k = 0; k < count; k++) {
        Outcomes outcomes = random.nextInt(3) == 0 ? Outcomes.NONE : new Outcomes(
            amount(random, 300_000_000), amount(random, 30_000_000), amount(random, 80_000_000),
            random.nextInt(4) == 0 ? List.of(new TalentIntake(TalentLevel.values()[random.nextInt(4)], 1 + random.nextInt(5))) : List.of());
        activities.add(IncentiveGens.activity(id, id.value() + "-a" + k, items.get(random.nextInt(items.size())),
            YEAR.from().plusDays(random.nextInt(365)), outcomes));
      }
      var b = Dossier.builder().from(Fixtures.dossier(o)).period(Period.assessedOn(DAY)).activities(activities);
      if (random.nextInt(10) < 7) {
        b.evaluations(List.of(IncentiveGens.evaluation(id, id.value() + "-e", ratings[random.nextInt(ratings.length)],
            DAY.minusMonths(1 + random.nextInt(20)), DAY.plusMonths(6))));
      }
      if (random.nextInt(20) == 0) {
        b.sanctions(List.of(IncentiveGens.sanction(id, o.authority(), id.value() + "-s",
            SanctionKind.values()[random.nextInt(SanctionKind.values().length)], DAY.minusMonths(2), Optional.empty())));
      }
      out.add(b.build());
    }
    return out;
  }

  private static Money amount(SplittableRandom random, long max) {
    return random.nextInt(2) == 0 ? Money.ZERO : Money.yuan(random.nextLong(max) + "." + String.format("%02d", random.nextInt(100)));
  }
}
