package dev.clustergov.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.operation.ActivityId;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.Founder;
import dev.clustergov.core.organization.FounderKind;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.policy.Dimension;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.ImmutableDossier;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.supervision.IndicatorScore;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.gen.DomainGens;
import dev.clustergov.core.testkit.gen.OperationGens;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Art.28's evaluation over generated dossiers and score vectors: the same inputs in any record order
 * give the same result and hash; a better score never gives a worse rating; a member, founder, the PO
 * itself or the authority's own unit is never independent.
 */
class EvaluationProperties {

  static final LocalDate DAY = EvaluationSamples.DAY;
  static final Period YEAR = EvaluationEngine.periodEnding(DAY);

  /** The compliant PO with a generated roll of members and a year of generated activities. */
  static final Gen<Dossier> DOSSIERS = OperationGens.roll(Fixtures.ORGANIZATION_ID, DAY.minusYears(2), DAY, 0, 12)
      .flatMap(members -> OperationGens.activities(Fixtures.ORGANIZATION_ID, members.stream().map(Membership::id).toList(), YEAR, 0, 25)
          .map(activities -> (Dossier) ImmutableDossier.copyOf(Fixtures.compliantDossier()).withPeriod(YEAR)
              .withMemberships(members).withActivities(activities)));

  @Test
  void an_evaluation_does_not_depend_on_the_order_of_the_records() {
    Property.forAll(DOSSIERS, Gen.longs()).named("same result and hash in any order").tries(40).check((d, seed) -> {
      EvaluationResult a = EvaluationEngine.evaluate(d, Fixtures.baseline(), DAY);
      EvaluationResult b = EvaluationEngine.evaluate(shuffled(d, new Random(seed)), Fixtures.baseline(), DAY);
      assertThat(b).isEqualTo(a);
      assertThat(b.dossierHash()).isEqualTo(a.dossierHash());
    });
  }

  @Test
  void the_same_inputs_give_the_same_result_and_a_different_record_a_different_hash() {
    Property.forAll(DOSSIERS).named("deterministic, and the hash sees every record").tries(40).check(d -> {
      EvaluationResult a = EvaluationEngine.evaluate(d, Fixtures.baseline(), DAY);
      assertThat(EvaluationEngine.evaluate(d, Fixtures.baseline(), DAY)).isEqualTo(a);
      ServiceActivity extra = EvaluationSamples.activity(777, dev.clustergov.core.guideline.FunctionItem.all().head(), List.of(),
          Outcomes.NONE);
      List<ServiceActivity> more = new ArrayList<>(d.activities());
      more.add(extra);
      assertThat(EvaluationEngine.evaluate(ImmutableDossier.copyOf(d).withActivities(more), Fixtures.baseline(), DAY).dossierHash())
          .isNotEqualTo(a.dossierHash());
    });
  }

  // ---- monotonicity ----------------------------------------------------------------------------------

  record Vector(List<IndicatorScore> scores, RatingGates gates, boolean blocking, int raised, BigDecimal raisedTo) {}

  static final Gen<BigDecimal> PERCENT = Gen.bigDecimals(BigDecimal.ZERO, new BigDecimal("100"), 2)
      .withEdgeCases(List.of(BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("65"), new BigDecimal("80")));

  static final Gen<IndicatorScore> SCORES = Gen.combine(Gen.integers(0, 10), PERCENT, PERCENT,
      (w, score, threshold) -> new IndicatorScore("X", Dimension.OPERATION, Citation.article(18), w, score, new BigDecimal("100"),
          score, threshold));

  static final Gen<Vector> VECTORS = Gen.combine(Gen.listOf(SCORES, 1, 40), PERCENT, PERCENT, Gen.booleans(),
      (scores, a, b, blocking) -> new Object[] {scores, a.max(b), a.min(b), blocking})
      .flatMap(x -> {
        @SuppressWarnings("unchecked") List<IndicatorScore> scores = (List<IndicatorScore>) x[0];
        return Gen.combine(Gen.integers(0, scores.size() - 1), PERCENT, Gen.booleans(), (i, to, every) -> new Vector(scores,
            new RatingGates((BigDecimal) x[1], (BigDecimal) x[2], every), (Boolean) x[3], i, to));
      });

  static Rating rate(List<IndicatorScore> scores, RatingGates gates, boolean blocking) {
    return gates.rate(EvaluationEngine.total(scores), scores.stream().allMatch(IndicatorScore::atThreshold), blocking);
  }

  /**
   * The oracle of the weighted total, written apart from {@link EvaluationEngine#total}: in whole
   * hundredths of a percent (the generated scores have two decimals), Σ score × weight ÷ Σ weight with
   * integer division (rounding down), at most 100 %, and 0 when nothing weighs.
   */
  static BigDecimal oracleTotal(List<IndicatorScore> scores) {
    long weights = 0;
    long weighted = 0;
    for (IndicatorScore s : scores) {
      weights += s.weight();
      weighted += s.scorePercent().movePointRight(2).longValueExact() * s.weight();
    }
    long hundredths = weights == 0 ? 0 : Math.min(weighted / weights, 100_00);
    return BigDecimal.valueOf(hundredths, 2);
  }

  @Test
  void the_total_is_the_weighted_mean_rounded_down_to_hundredths_and_capped_at_100() {
    Property.forAll(VECTORS).named("total = Σ score × weight ÷ Σ weight").tries(500).check(v ->
        assertThat(EvaluationEngine.total(v.scores())).isEqualTo(oracleTotal(v.scores())));
  }

  @Test
  void raising_any_indicators_score_never_lowers_the_rating() {
    Property.forAll(VECTORS).named("monotone in every score").tries(500).check(v -> {
      IndicatorScore s = v.scores().get(v.raised());
      BigDecimal higher = s.scorePercent().max(v.raisedTo());
      List<IndicatorScore> raised = new ArrayList<>(v.scores());
      raised.set(v.raised(), new IndicatorScore(s.indicator(), s.dimension(), s.source(), s.weight(), higher, s.target(), higher,
          s.thresholdPercent()));
      Rating before = rate(v.scores(), v.gates(), v.blocking());
      Rating after = rate(raised, v.gates(), v.blocking());
      assertThat(after.atLeast(before)).as("%s → %s", before, after).isTrue();
      assertThat(EvaluationEngine.total(raised)).isGreaterThanOrEqualTo(EvaluationEngine.total(v.scores()));
      // and removing the blocking finding never lowers it either
      assertThat(rate(v.scores(), v.gates(), false).atLeast(before)).isTrue();
    });
  }

  @Test
  void the_gates_rate_by_the_policy_and_a_blocking_finding_means_none() {
    Property.forAll(VECTORS).named("gold/silver/bronze/none by the gates").tries(300).check(v -> {
      // the oracle's total, not the engine's: a wrong total must not be carried into the expectation
      BigDecimal total = oracleTotal(v.scores());
      boolean every = v.scores().stream().allMatch(s -> s.scorePercent().compareTo(s.thresholdPercent()) >= 0);
      Rating r = rate(v.scores(), v.gates(), v.blocking());
      Rating expected = v.blocking() ? Rating.NONE
          : total.compareTo(v.gates().goldPercent()) >= 0 && (every || !v.gates().goldEveryThreshold()) ? Rating.GOLD
          : total.compareTo(v.gates().silverPercent()) >= 0 ? Rating.SILVER : Rating.BRONZE;
      assertThat(r).isEqualTo(expected);
    });
  }

  @Test
  void holding_another_open_activity_never_lowers_a_score_or_the_rating() {
    Gen<ServiceActivity> extra = OperationGens.activity("activity-extra", Fixtures.ORGANIZATION_ID, List.of(), YEAR)
        .map(a -> new ServiceActivity(a.id(), 0, a.organization(), a.item(), a.title(), a.heldOn(), a.delivery(), List.of(),
            a.outsideParticipants(), true, Optional.empty(), a.outcomes()));
    Property.forAll(DOSSIERS, extra).named("more open service, no worse score").tries(40).check((d, a) -> {
      List<ServiceActivity> more = new ArrayList<>(d.activities());
      more.add(a);
      EvaluationResult before = EvaluationEngine.evaluate(d, Fixtures.baseline(), DAY);
      EvaluationResult after = EvaluationEngine.evaluate(ImmutableDossier.copyOf(d).withActivities(more), Fixtures.baseline(), DAY);
      for (int i = 0; i < before.scores().size(); i++) {
        assertThat(after.scores().get(i).scorePercent()).as(before.scores().get(i).indicator())
            .isGreaterThanOrEqualTo(before.scores().get(i).scorePercent());
      }
      assertThat(after.rating().atLeast(before.rating())).as("%s → %s", before.rating(), after.rating()).isTrue();
    });
  }

  // ---- independence ----------------------------------------------------------------------------------

  static Evaluator evaluator(CreditCode code, Optional<AuthorityId> affiliated) {
    return new Evaluator(new EvaluatorId("evaluator-1"), 0, "评估机构", code, Fixtures.AUTHORITY_ID, DAY.minusYears(1), affiliated,
        List.of());
  }

  @Test
  void a_member_unit_on_the_day_is_always_refused_citing_art28() {
    Property.forAll(DOSSIERS, Gen.integers(0, 1000)).named("members are never independent").check((d, pick) -> {
      List<Membership> coded = d.memberships().stream().filter(m -> m.creditCode().isPresent() && m.activeOn(DAY)).toList();
      if (coded.isEmpty()) {
        return;
      }
      Membership m = coded.get(pick % coded.size());
      List<Finding> reasons = Independence.reasons(evaluator(m.creditCode().get(), Optional.empty()), d, Fixtures.baseline(), DAY);
      assertThat(reasons).isNotEmpty().allSatisfy(f -> assertThat(f.citations()).containsExactly(Citation.article(28)));
      assertThat(reasons.toString()).contains(m.id().value());
    });
  }

  @Test
  void a_founder_the_po_itself_and_the_authoritys_own_unit_are_always_refused() {
    Property.forAll(DOSSIERS, DomainGens.creditCodes()).named("founders, the PO, the authority's unit").tries(40).check((d, code) -> {
      var founders = new ArrayList<>(d.organization().founders());
      founders.add(new Founder("发起单位X", FounderKind.OTHER, Optional.of(code)));
      Dossier withFounder = d.with(ImmutablePromotionOrganization.copyOf(d.organization()).withFounders(founders));
      assertThat(Independence.reasons(evaluator(code, Optional.empty()), withFounder, Fixtures.baseline(), DAY).toString())
          .contains("founder");
      CreditCode po = d.organization().creditCode().orElseThrow();
      assertThat(Independence.reasons(evaluator(po, Optional.empty()), d, Fixtures.baseline(), DAY).toString()).contains("PO itself");
      assertThat(Independence.reasons(evaluator(code, Optional.of(d.organization().authority())), d, Fixtures.baseline(), DAY)
          .toString()).contains("authority");
      // the authority by its name in the words, its id only in the JSON (decision 0600)
      assertThat(Independence.reasons(evaluator(code, Optional.of(d.organization().authority())), d, Fixtures.baseline(), DAY))
          .flatMap(dev.clustergov.core.rules.Finding::evidence)
          .filteredOn(e -> e.name().endsWith("uthority"))
          .isNotEmpty()
          .allSatisfy(e -> {
            assertThat(e.value()).isEqualTo(d.organization().authority().value());
            assertThat(e.words().zh()).doesNotContain(d.organization().authority().value())
                .isEqualTo(d.authority().map(a -> "“" + a.name() + "”").orElse("未录入本系统的部门"));
          });
    });
  }

  @Test
  void a_unit_tied_in_no_way_is_independent() {
    Property.forAll(DOSSIERS, DomainGens.creditCodes()).named("no tie, no reason").tries(40).check((d, code) -> {
      boolean related = d.memberships().stream().anyMatch(m -> m.creditCode().equals(Optional.of(code)))
          || d.organization().founders().stream().anyMatch(f -> f.creditCode().equals(Optional.of(code)))
          || d.organization().creditCode().equals(Optional.of(code));
      if (related) {
        return;
      }
      assertThat(Independence.reasons(evaluator(code, Optional.of(new AuthorityId("authority-elsewhere"))), d, Fixtures.baseline(), DAY))
          .isEmpty();
    });
  }

  // ---- helpers -----------------------------------------------------------------------------------------

  /** The dossier with every list, and the participants inside each activity, in another order. */
  static Dossier shuffled(Dossier d, Random random) {
    List<Membership> members = new ArrayList<>(d.memberships());
    Collections.shuffle(members, random);
    List<ServiceActivity> activities = new ArrayList<>();
    for (ServiceActivity a : d.activities()) {
      List<MembershipId> p = new ArrayList<>(a.memberParticipants());
      Collections.shuffle(p, random);
      List<String> o = new ArrayList<>(a.outsideParticipants());
      Collections.shuffle(o, random);
      List<dev.clustergov.core.operation.TalentIntake> t = new ArrayList<>(a.outcomes().talents());
      Collections.shuffle(t, random);
      activities.add(new ServiceActivity(new ActivityId(a.id().value()), a.version() + random.nextInt(3), a.organization(), a.item(),
          a.title(), a.heldOn(), a.delivery(), p, o, a.openToAllMembers(), a.closedReason(),
          new Outcomes(a.outcomes().landedInvestment(), a.outcomes().technologyTransactions(), a.outcomes().supplyContracts(), t)));
    }
    Collections.shuffle(activities, random);
    return ImmutableDossier.copyOf(d).withMemberships(members).withActivities(activities);
  }
}
