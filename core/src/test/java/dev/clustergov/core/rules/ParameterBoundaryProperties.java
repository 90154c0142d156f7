package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.disclosure.AnnualReport;
import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeId;
import dev.clustergov.core.dispute.Step;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.evaluation.EvaluationEngine;
import dev.clustergov.core.evaluation.Independence;
import dev.clustergov.core.evaluation.RatingGates;
import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.governance.Body;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.Governance;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.governance.Person;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.governance.Seat;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.incentive.IncentiveCalculator;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.management.HireTerms;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.management.StaffMember;
import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.operation.TalentIntake;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.organization.Charter;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Indicators;
import dev.clustergov.core.policy.MarginalRates;
import dev.clustergov.core.policy.Parameter;
import dev.clustergov.core.policy.ParameterValues;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.policy.StaffingTiers;
import dev.clustergov.core.policy.TalentAmounts;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.EvaluationId;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.supervision.EvaluatorTie;
import dev.clustergov.core.supervision.IndicatorScore;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.gen.IncentiveGens;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every numeric, money, percent, day, month and month-day parameter of the policy (Art.30), at its limit,
 * one below and one above: a local pack sets the parameter to a value {@code v} the harness draws — never
 * the national baseline's, so a rule that hard-codes the baseline's number fails — and facts whose measured
 * quantity lies exactly at {@code v}, one unit under it and one over it (one day, one month, one person, one
 * fen, 0.01 %). The verdict expected is written here from the clause's words ("不低于" at least, "不得多于"
 * at most, "within N days") — never by calling the code under test.
 *
 * <p>{@link #every_numeric_parameter_of_the_policy_has_a_boundary_case()} keeps the list complete: a new
 * numeric parameter without a case here fails it.
 */
class ParameterBoundaryProperties {

  static final LocalDate TODAY = Fixtures.TODAY;
  static final int TRIES = 40;

  /** The policy in force in Suzhou today under one local pack of {@code values}, which must hold them as given. */
  static Policy pack(ParameterValues values) {
    PolicyPack pack = PolicyPack.define(Fixtures.SUZHOU, TODAY.minusYears(3), 1, Text.of("边界测试", "boundary test"), values)
        .toEither().getOrElseThrow(v -> new IllegalStateException(v.mkString("; ")));
    Policy policy = PolicyResolver.resolve(List.of(pack), Fixtures.SUZHOU, TODAY);
    for (Parameter<?> p : values.parameters()) {
      assertThat((Object) policy.get(p)).as(p.key() + " in force as the pack sets it").isEqualTo(values.get(p).get());
    }
    return policy;
  }

  static <T> Policy pack(Parameter<T> p, T v) {
    return pack(ParameterValues.empty().with(p, v));
  }

  /** Ints in [min, max] but not the baseline's, the baseline's neighbours first. */
  static Gen<Integer> around(Parameter<Integer> p, int min, int max) {
    int b = p.baseline();
    List<Integer> near = Stream.of(b - 1, b + 1, min, max).filter(x -> x >= min && x <= max && x != b).distinct().toList();
    return Gen.integers(min, max).filter(x -> x != b).withEdgeCases(near);
  }

  /** Money in [min, max] (yuan), not the baseline, the fen either side of the baseline first. */
  static Gen<Money> moneyAround(Money baseline, String min, String max) {
    BigDecimal lo = new BigDecimal(min);
    BigDecimal hi = new BigDecimal(max);
    BigDecimal b = baseline.yuan();
    List<Money> near = Stream.of(b.subtract(new BigDecimal("0.01")), b.add(new BigDecimal("0.01")), lo, hi)
        .filter(x -> x.compareTo(lo) >= 0 && x.compareTo(hi) <= 0 && x.compareTo(b) != 0)
        .map(x -> Money.yuan(x.setScale(2).toPlainString())).distinct().toList();
    return Gen.bigDecimals(lo, hi, 2).filter(x -> x.compareTo(b) != 0).map(x -> Money.yuan(x.toPlainString())).withEdgeCases(near);
  }

  static final BigDecimal FEN = new BigDecimal("0.01");

  static Money yuan(BigDecimal v) {
    return Money.yuan(v.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
  }

  /** v-1, v, v+1 within [lo, hi]. */
  static List<Integer> aroundLimit(int v, int lo, int hi) {
    return Stream.of(v - 1, v, v + 1).filter(x -> x >= lo && x <= hi).toList();
  }

  static boolean passes(Rule rule, Dossier d, Policy p, LocalDate date) {
    Outcome o = rule.evaluate(d, p, date);
    assertThat(o.passed() || o.failed()).as(rule.id() + " judged, not " + o).isTrue();
    return o.passed();
  }

  static dev.clustergov.core.organization.ImmutablePromotionOrganization.Builder org(Dossier d) {
    return PromotionOrganization.builder().from(d.organization());
  }

  // ---- the cases, one a parameter ------------------------------------------------------------------

  /** A parameter's boundary property: runs the harness over drawn values of the parameter. */
  static final Map<String, Runnable> CASES = cases();

  private static Map<String, Runnable> cases() {
    Map<String, Runnable> t = new LinkedHashMap<>();
    t.put(Parameters.CAPITAL_MINIMUM_NATIONAL.key(), () -> capital(ClusterLevel.NATIONAL));
    t.put(Parameters.CAPITAL_MINIMUM_LOCAL.key(), () -> capital(ClusterLevel.MUNICIPAL));
    t.put(Parameters.STAFFING_TIERS.key(), ParameterBoundaryProperties::staffingTiers);
    t.put(Parameters.ADVISORY_MINIMUM_EXPERT_FIELDS.key(), ParameterBoundaryProperties::expertFields);
    t.put(Parameters.INCOME_MINIMUM_SOURCES.key(), ParameterBoundaryProperties::incomeSources);
    t.put(Parameters.CLUSTER_MAX_RECOGNISED_ORGANIZATIONS.key(), ParameterBoundaryProperties::recognisedPerCluster);
    t.put(Parameters.CHARTER_MINIMUM_BUSINESS_SCOPE_ITEMS.key(), ParameterBoundaryProperties::businessScope);
    t.put(Parameters.DISPUTE_CONSULTATION_MAX_DAYS.key(), ParameterBoundaryProperties::consultationDays);
    t.put(Parameters.DISCLOSURE_MAJOR_MATTER_DAYS.key(), ParameterBoundaryProperties::majorMatterDays);
    t.put(Parameters.DISCLOSURE_ANNUAL_REPORT_DUE.key(), ParameterBoundaryProperties::annualReportDue);
    t.put(Parameters.DISCLOSURE_ANNUAL_REPORT_ESTABLISHED_BY.key(), ParameterBoundaryProperties::annualReportEstablishedBy);
    t.put(Parameters.EMPLOYMENT_SALARY_TOLERANCE_PERCENT.key(), ParameterBoundaryProperties::salaryTolerance);
    t.put(Parameters.INCENTIVE_RATES_LANDED_INVESTMENT.key(), () -> rates(Parameters.INCENTIVE_RATES_LANDED_INVESTMENT, 0));
    t.put(Parameters.INCENTIVE_RATES_TECHNOLOGY_TRANSACTIONS.key(), () -> rates(Parameters.INCENTIVE_RATES_TECHNOLOGY_TRANSACTIONS, 1));
    t.put(Parameters.INCENTIVE_RATES_SUPPLY_CONTRACTS.key(), () -> rates(Parameters.INCENTIVE_RATES_SUPPLY_CONTRACTS, 2));
    t.put(Parameters.INCENTIVE_TALENT_AMOUNTS.key(), ParameterBoundaryProperties::talentAmounts);
    t.put(Parameters.INCENTIVE_CAP_PER_PERIOD.key(), ParameterBoundaryProperties::capPerPeriod);
    t.put(Parameters.INCENTIVE_CAP_LANDED_INVESTMENT.key(), () -> metricCap(Parameters.INCENTIVE_CAP_LANDED_INVESTMENT, 0));
    t.put(Parameters.INCENTIVE_CAP_TECHNOLOGY_TRANSACTIONS.key(), () -> metricCap(Parameters.INCENTIVE_CAP_TECHNOLOGY_TRANSACTIONS, 1));
    t.put(Parameters.INCENTIVE_CAP_SUPPLY_CONTRACTS.key(), () -> metricCap(Parameters.INCENTIVE_CAP_SUPPLY_CONTRACTS, 2));
    t.put(Parameters.INCENTIVE_CAP_TALENT.key(), () -> metricCap(Parameters.INCENTIVE_CAP_TALENT, 3));
    t.put(Parameters.INCENTIVE_MINIMUM_ACTIVE_FUNCTIONS.key(), ParameterBoundaryProperties::activeFunctions);
    t.put(Parameters.EVALUATION_INDICATORS.key(), ParameterBoundaryProperties::indicatorThreshold);
    t.put(Parameters.EVALUATION_GOLD_PERCENT.key(), ParameterBoundaryProperties::goldPercent);
    t.put(Parameters.EVALUATION_SILVER_PERCENT.key(), ParameterBoundaryProperties::silverPercent);
    t.put(Parameters.EVALUATION_VALIDITY_MONTHS.key(), ParameterBoundaryProperties::validityMonths);
    t.put(Parameters.EVALUATION_COOLING_OFF_MONTHS.key(), ParameterBoundaryProperties::coolingOffMonths);
    t.put(Parameters.OPERATION_FUNCTION_LOOKBACK_MONTHS.key(), ParameterBoundaryProperties::lookbackMonths);
    return t;
  }

  // Art.7(2) 有注册资金; the minimum after 《社会团体登记管理条例》第十条 "10万元以上 / 3万元以上": at least the minimum
  static void capital(ClusterLevel level) {
    boolean national = level == ClusterLevel.NATIONAL;
    Parameter<Money> p = national ? Parameters.CAPITAL_MINIMUM_NATIONAL : Parameters.CAPITAL_MINIMUM_LOCAL;
    // a pack may not put the local minimum above the national one: each is drawn on its side of the other's baseline
    Gen<Money> values = national ? moneyAround(p.baseline(), "30000.00", "100000000.00")
        : moneyAround(p.baseline(), "0.01", "100000.00");
    Property.forAll(values).named("boundary " + p.key()).tries(TRIES).check(v -> {
      Policy policy = pack(p, v);
      Cluster c = Fixtures.cluster();
      Dossier base = Dossier.builder().from(Fixtures.compliantDossier())
          .cluster(new Cluster(c.id(), c.version(), c.name(), c.region(), c.industry(), level, c.enterprises())).build();
      for (BigDecimal capital : List.of(v.yuan().subtract(FEN), v.yuan(), v.yuan().add(FEN))) {
        if (capital.signum() < 0) {
          continue;
        }
        Dossier d = base.with(org(base).registeredCapital(yuan(capital)).build());
        boolean expected = capital.signum() > 0 && capital.compareTo(v.yuan()) >= 0;
        assertThat(passes(EstablishmentRules.CAPITAL, d, policy, TODAY)).as("capital %s, minimum %s", capital, v).isEqualTo(expected);
      }
    });
  }

  static List<StaffMember> staff(int n) {
    List<StaffMember> out = new ArrayList<>();
    StaffCategory[] categories = StaffCategory.values();
    for (int i = 0; i < n; i++) {
      out.add(new StaffMember(new PersonId("staff-" + i), "工作人员" + i, categories[i % categories.length],
          Recruitment.OPEN_RECRUITMENT, Optional.empty()));
    }
    return out;
  }

  // Art.7(3) 工作人员宜根据所服务集群的规模合理确定; the table: up to b1 enterprises s1 staff, up to b2 s2, above s3
  static void staffingTiers() {
    // bounds ascending, staff not falling with size (a larger cluster cannot need fewer staff)
    Gen<List<Integer>> tables = Gen.combine(Gen.integers(1, 3000), Gen.integers(1, 3000), Gen.zip(Gen.integers(0, 40),
        Gen.integers(1, 20), Gen.integers(1, 20)), (b1, gap, s) -> List.of(b1, b1 + gap, s._1, s._1 + s._2, s._1 + s._2 + s._3))
        .filter(a -> !a.equals(List.of(200, 1000, 5, 10, 15)))
        .withEdgeCases(List.of(List.of(199, 1000, 5, 10, 15), List.of(201, 999, 5, 10, 15), List.of(200, 1000, 4, 10, 16),
            List.of(1, 2, 0, 1, 2)));
    Property.forAll(tables.map(l -> l.stream().mapToInt(Integer::intValue).toArray())).named("boundary " + Parameters.STAFFING_TIERS.key())
        .tries(TRIES).check(a -> {
      StaffingTiers v = StaffingTiers.from(StaffingTiers.Tier.upTo(a[0], a[2]), StaffingTiers.Tier.upTo(a[1], a[3]),
          StaffingTiers.Tier.above(a[4]));
      Policy policy = pack(Parameters.STAFFING_TIERS, v);
      Cluster c = Fixtures.cluster();
      for (int enterprises : List.of(a[0] - 1, a[0], a[0] + 1, a[1] - 1, a[1], a[1] + 1)) {
        if (enterprises < 1) {
          continue;
        }
        int minimum = enterprises <= a[0] ? a[2] : enterprises <= a[1] ? a[3] : a[4];
        for (int headcount : aroundLimit(minimum, 0, Integer.MAX_VALUE)) {
          Dossier d = Dossier.builder().from(Fixtures.compliantDossier())
              .cluster(new Cluster(c.id(), c.version(), c.name(), c.region(), c.industry(), c.level(), enterprises)).build();
          d = d.with(org(d).staff(staff(headcount)).build());
          assertThat(passes(EstablishmentRules.STAFF_HEADCOUNT, d, policy, TODAY))
              .as("%d enterprises, %d staff, table %s", enterprises, headcount, v).isEqualTo(headcount >= minimum);
        }
      }
    });
  }

  static Governance withExperts(Governance g, int fields) {
    ExpertField[] all = ExpertField.values();
    List<Seat> seats = new ArrayList<>();
    for (int i = 0; i < Math.max(1, fields); i++) {
      seats.add(new Seat(new Person(new PersonId("p-expert-" + i), "专家" + i), SeatRole.EXPERT,
          i < fields ? Set.of(all[i]) : Set.of()));
    }
    return new Governance(g.bodies().stream()
        .map(b -> b.layer() == Layer.ADVISORY ? new Body(b.id(), b.layer(), b.form(), b.name(), seats) : b).toList());
  }

  // Art.8(2).5 咨询层由技术、服务、行业管理等各个领域的专家组成: at least the policy's number of distinct fields, and some
  static void expertFields() {
    Parameter<Integer> p = Parameters.ADVISORY_MINIMUM_EXPERT_FIELDS;
    int fields = ExpertField.values().length;
    Property.forAll(around(p, 0, fields)).named("boundary " + p.key()).tries(TRIES).check(v -> {
      // no field named as required, so that only the number counts
      Policy policy = pack(ParameterValues.empty().with(p, v)
          .with(Parameters.ADVISORY_REQUIRED_EXPERT_FIELDS, TreeSet.<ExpertField>empty()));
      Dossier base = Fixtures.compliantDossier();
      for (int covered : aroundLimit(v, 0, fields)) {
        Dossier d = base.with(org(base).governance(withExperts(base.organization().governance(), covered)).build());
        assertThat(passes(EstablishmentRules.EXPERTS, d, policy, TODAY)).as("%d fields covered, minimum %d", covered, v)
            .isEqualTo(covered >= v && covered >= 1);
      }
    });
  }

  // Art.7(5) 具有相对稳定的收入来源: at least the policy's number of kinds
  static void incomeSources() {
    Parameter<Integer> p = Parameters.INCOME_MINIMUM_SOURCES;
    IncomeKind[] kinds = IncomeKind.values();
    Property.forAll(around(p, 1, kinds.length + 1)).named("boundary " + p.key()).tries(TRIES).check(v -> {
      Policy policy = pack(p, v);
      Dossier base = Fixtures.compliantDossier();
      for (int n : aroundLimit(v, 0, kinds.length)) {
        Set<IncomeKind> sources = EnumSet.noneOf(IncomeKind.class);
        for (int i = 0; i < n; i++) {
          sources.add(kinds[i]);
        }
        Dossier d = base.with(org(base).incomeSources(sources).build());
        assertThat(passes(EstablishmentRules.INCOME, d, policy, TODAY)).as("%d sources, minimum %d", n, v).isEqualTo(n >= v);
      }
    });
  }

  // Art.2: a cluster has at most the policy's number of recognised POs, this one counted
  static void recognisedPerCluster() {
    Parameter<Integer> p = Parameters.CLUSTER_MAX_RECOGNISED_ORGANIZATIONS;
    Property.forAll(around(p, 1, 1000)).named("boundary " + p.key()).tries(TRIES).check(v -> {
      Policy policy = pack(p, v);
      Dossier base = Fixtures.compliantDossier();
      for (int withThis : aroundLimit(v, 1, Integer.MAX_VALUE)) {
        Dossier d = Dossier.builder().from(base).recognisedPeersInCluster(withThis - 1).build();
        assertThat(passes(EstablishmentRules.ONE_PER_CLUSTER, d, policy, TODAY))
            .as("%d recognised in the cluster with this one, at most %d", withThis, v).isEqualTo(withThis <= v);
      }
    });
  }

  // Art.7(2) 符合规定的章程: at least the policy's number of business-scope items
  static void businessScope() {
    Parameter<Integer> p = Parameters.CHARTER_MINIMUM_BUSINESS_SCOPE_ITEMS;
    Property.forAll(around(p, 1, 60)).named("boundary " + p.key()).tries(TRIES).check(v -> {
      Policy policy = pack(p, v);
      Dossier base = Fixtures.compliantDossier();
      Charter charter = base.organization().charter().get();
      for (int n : aroundLimit(v, 0, Integer.MAX_VALUE)) {
        List<String> scope = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          scope.add("业务范围" + i);
        }
        Dossier d = base.with(org(base).charter(new Charter(charter.adoptedOn(), scope, charter.consentingFounders())).build());
        assertThat(passes(EstablishmentRules.CHARTER, d, policy, TODAY)).as("%d items, minimum %d", n, v).isEqualTo(n >= v);
      }
    });
  }

  static Dispute raised(String id, LocalDate on) {
    return new Dispute(new DisputeId(id), 0, Fixtures.ORGANIZATION_ID, "会费分摊", List.of("甲", "乙"),
        List.of(new Step(StepKind.RAISED, on, "苏州纳维科技有限公司", Capacity.MEMBER, Optional.empty(), Optional.empty())));
  }

  // Art.15 民主协商; the policy's days: a dispute may stay raised or in consultation at most v days, on the v+1-th it is flagged
  static void consultationDays() {
    Parameter<Integer> p = Parameters.DISPUTE_CONSULTATION_MAX_DAYS;
    Indicators one = Indicators.parse(Parameters.EVALUATION_INDICATORS.key(), "X1:GOVERNANCE:Art.15:100:DISPUTES_HANDLED:100:50")
        .toEither().getOrElseThrow(e -> new IllegalStateException(e.mkString("; ")));
    Property.forAll(around(p, 1, 3650)).named("boundary " + p.key()).tries(TRIES).check(v -> {
      Policy policy = pack(p, v);
      Policy withDisputeIndicator = pack(ParameterValues.empty().with(p, v).with(Parameters.EVALUATION_INDICATORS, one));
      for (int days : aroundLimit(v, 0, Integer.MAX_VALUE)) {
        Dossier d = Dossier.builder().from(Fixtures.compliantDossier()).disputes(List.of(raised("dispute-1", TODAY.minusDays(days))))
            .build();
        assertThat(passes(DisputeRules.CONSULTATION_OVERDUE, d, policy, TODAY)).as("raised %d days ago, at most %d", days, v)
            .isEqualTo(days <= v);
        // Art.28's indicator of disputes handled in time reads the same days: the one dispute is handled (100 %) or not (0)
        var result = EvaluationEngine.evaluate(d, withDisputeIndicator, TODAY);
        assertThat(result.scores().get(0).measured()).as("share handled in time, raised %d days ago, at most %d", days, v)
            .isEqualByComparingTo(days <= v ? "100" : "0");
      }
    });
  }

  // Art.14 重大事项; the policy's days, after 《社会团体登记管理条例》第十八条 "30日内": due on the day it arose plus v days,
  // overdue from the day after. Through the application: the obligation is recorded by Recorder from the pack in force.
  static void majorMatterDays() {
    Parameter<Integer> p = Parameters.DISCLOSURE_MAJOR_MATTER_DAYS;
    Property.forAll(around(p, 1, 366)).named("boundary " + p.key()).tries(12).check(v -> {
      Established e = established(Map.of(p.key(), String.valueOf(v)));
      var gov = e.gov();
      PromotionOrganization po = ok(gov.appointToBody().handle(new dev.clustergov.core.application.establishment.AppointToBody.Command(
          e.po().id(), java.util.OptionalLong.of(e.po().version()), new dev.clustergov.core.governance.BodyId("council"),
          Fixtures.seat("p-wu", "吴刚", SeatRole.VICE_CHAIR))));
      var obligation = ok(gov.queries().disclosureObligations(po.id())).get(0);
      LocalDate arose = LocalDate.of(2025, 3, 3);
      LocalDate due = arose.plusDays(v);
      assertThat(obligation.arisenOn()).isEqualTo(arose);
      assertThat(obligation.dueOn()).as("a council change on %s, %d days to disclose", arose, v).isEqualTo(due);
      // the same obligation in the fixtures' dossier, whose PO has the fixtures' id
      var own = new dev.clustergov.core.disclosure.DisclosureObligation(obligation.id(), obligation.version(), Fixtures.ORGANIZATION_ID,
          obligation.matter(), obligation.eventSequence(), obligation.arisenOn(), obligation.dueOn(), obligation.fulfilledBy(),
          obligation.fulfilledOn());
      Dossier d = Dossier.builder().from(Fixtures.compliantDossier()).disclosureObligations(List.of(own)).build();
      for (LocalDate on : List.of(due.minusDays(1), due, due.plusDays(1))) {
        assertThat(passes(DisclosureRules.MAJOR_MATTER_DISCLOSED, d, Fixtures.baseline(), on)).as("undisclosed on %s, due %s", on, due)
            .isEqualTo(!on.isAfter(due));
      }
    });
  }

  /** A PO established on 2025-03-03 in Suzhou through the application, under a local pack of {@code values} from 2025-01-01. */
  record Established(dev.clustergov.core.testkit.memory.InMemoryClustergov memory, dev.clustergov.core.application.Clustergov gov,
      dev.clustergov.core.supervision.Authority bureau, PromotionOrganization po) {}

  static Established established(Map<String, String> values) {
    var memory = new dev.clustergov.core.testkit.memory.InMemoryClustergov(java.time.Instant.parse("2025-03-03T01:00:00Z"));
    var gov = dev.clustergov.core.application.Clustergov.using(memory.ports());
    var cluster = ok(gov.registerCluster().handle(new dev.clustergov.core.application.general.RegisterCluster.Command(
        "苏州市澄湖纳米新材料集群", Fixtures.SUZHOU, "纳米新材料", ClusterLevel.MUNICIPAL, 600)));
    var bureau = ok(gov.registerAuthority().handle(new dev.clustergov.core.application.general.RegisterAuthority.Command(
        "苏州市工业和信息化局", Fixtures.SUZHOU)));
    ok(gov.publishPolicyPack().handle(new dev.clustergov.core.application.supervision.PublishPolicyPack.Command(bureau.id(),
        LocalDate.of(2025, 1, 1), 1, "苏州市信息披露期限", "Suzhou disclosure days", values)));
    var a = Fixtures.compliantApplication();
    var application = new dev.clustergov.core.application.establishment.FoundingApplication(a.name(), cluster.id(), bureau.id(),
        a.guidingBody(), a.founders(), a.type(), a.creditCode(), a.charter(), a.partyOrganization(), a.officeAddress(), a.equipment(),
        a.registeredCapital(), a.staff(), a.managementSystems(), a.incomeSources(), a.bankAccount(), a.governance());
    PromotionOrganization po = ok(gov.proposeOrganization().handle(
        new dev.clustergov.core.application.establishment.ProposeOrganization.Command(application)));
    po = ok(gov.establishOrganization().handle(new dev.clustergov.core.application.establishment.EstablishOrganization.Command(
        po.id(), java.util.OptionalLong.of(po.version()), Fixtures.PO_CODE)));
    return new Established(memory, gov, bureau, po);
  }

  static <T> T ok(io.vavr.control.Either<dev.clustergov.core.application.Refusal, T> result) {
    assertThat(result.isRight()).as("accepted, but was refused: %s", result.isLeft() ? result.getLeft() : null).isTrue();
    return result.get();
  }

  // ---- Art.29: incentives. 鼓励地方……给予相应奖励 names the metrics; rates, amounts, caps and gates are the policy's ----

  static final Money NO_CAP = Money.yuan("100000000000.00");

  /** The compliant recognised PO with {@code functions} functions active in the period, a current gold rating, and {@code outcomes}. */
  static Dossier earning(int functions, Outcomes outcomes) {
    var o = Fixtures.compliantOrganization();
    List<ServiceActivity> all = new ArrayList<>(IncentiveGens.coverage(o.id(), functions));
    all.add(IncentiveGens.activity(o.id(), "activity-outcome", Function.COLLABORATIVE_INNOVATION.items().head(),
        IncentiveGens.PERIOD.from().plusDays(30), outcomes));
    return Dossier.builder().from(Fixtures.dossier(o)).activities(all)
        .evaluations(List.of(IncentiveGens.currentEvaluation(o.id(), Rating.GOLD))).build();
  }

  static Outcomes only(int metric, Money amount) {
    return new Outcomes(metric == 0 ? amount : Money.ZERO, metric == 1 ? amount : Money.ZERO, metric == 2 ? amount : Money.ZERO,
        List.of());
  }

  static Money incentive(Dossier d, Policy policy) {
    assertThat(IncentiveCalculator.eligible(d, policy, IncentiveGens.PERIOD, IncentiveGens.DAY)).as("eligible").isTrue();
    return IncentiveCalculator.amount(d, policy, IncentiveGens.PERIOD, IncentiveGens.DAY);
  }

  /**
   * A second, plain implementation of marginal rates, in whole fen: each tier rewards the part of the amount between
   * the tier below's bound and its own at its rate, rounded down to the fen; the parts add up.
   */
  static long oracleRewardFen(MarginalRates rates, long amountFen) {
    java.math.BigInteger total = java.math.BigInteger.ZERO;
    long lower = 0;
    for (MarginalRates.Tier t : rates.tiers()) {
      long upper = t.upTo().map(m -> m.yuan().movePointRight(2).longValueExact()).getOrElse(Long.MAX_VALUE);
      long part = Math.max(0, Math.min(amountFen, upper) - lower);
      // part × percent / 100, the percent with at most four decimals: part × unscaled / (100 × 10^scale), floored
      BigDecimal percent = t.percent().setScale(4, RoundingMode.UNNECESSARY);
      total = total.add(java.math.BigInteger.valueOf(part).multiply(percent.unscaledValue())
          .divide(java.math.BigInteger.valueOf(1_000_000L)));
      lower = upper;
      if (upper >= amountFen) {
        break;
      }
    }
    return total.longValueExact();
  }

  static Money fen(long fen) {
    return yuan(BigDecimal.valueOf(fen, 2));
  }

  // marginal rates at each tier's bound, a fen under it and a fen over it
  static void rates(Parameter<MarginalRates> p, int metric) {
    Property.forAll(IncentiveGens.rates().filter(r -> !r.equals(p.baseline()))).named("boundary " + p.key()).tries(TRIES).check(v -> {
      Policy policy = pack(ParameterValues.empty().with(p, v).with(Parameters.INCENTIVE_CAP_PER_PERIOD, NO_CAP));
      List<Long> amounts = new ArrayList<>(List.of(0L, 1L));
      for (MarginalRates.Tier t : v.tiers()) {
        t.upTo().forEach(b -> {
          long bound = b.yuan().movePointRight(2).longValueExact();
          amounts.addAll(List.of(bound - 1, bound, bound + 1));
        });
      }
      for (long amount : amounts) {
        Money expected = fen(oracleRewardFen(v, amount));
        assertThat(incentive(earning(4, only(metric, fen(amount))), policy)).as("%s on %s yuan", v, fen(amount)).isEqualTo(expected);
      }
    });
  }

  // 人才招引数量及质量: the policy's amount for each person of each level
  static void talentAmounts() {
    Parameter<TalentAmounts> p = Parameters.INCENTIVE_TALENT_AMOUNTS;
    Gen<List<Integer>> amounts = Gen.listOf(Gen.integers(0, 500_000), 4, 4);
    Property.forAll(amounts, Gen.listOf(Gen.integers(0, 30), 4, 4)).named("boundary " + p.key()).tries(TRIES).check((a, counts) -> {
      TalentLevel[] levels = {TalentLevel.LEADING, TalentLevel.HIGH_LEVEL, TalentLevel.HIGHLY_SKILLED, TalentLevel.GENERAL};
      TalentAmounts v = TalentAmounts.of(levels[0], a.get(0) + ".00", levels[1], a.get(1) + ".00", levels[2], a.get(2) + ".00",
          levels[3], a.get(3) + ".00");
      if (v.equals(p.baseline())) {
        return;
      }
      Policy policy = pack(ParameterValues.empty().with(p, v).with(Parameters.INCENTIVE_CAP_PER_PERIOD, NO_CAP));
      for (int extra : List.of(-1, 0, 1)) {
        List<TalentIntake> intake = new ArrayList<>();
        long expected = 0;
        for (int i = 0; i < levels.length; i++) {
          int n = Math.max(0, counts.get(i) + (i == 0 ? extra : 0));
          if (n > 0) {
            intake.add(new TalentIntake(levels[i], n));
          }
          expected += (long) n * a.get(i);
        }
        Outcomes outcomes = new Outcomes(Money.ZERO, Money.ZERO, Money.ZERO, intake);
        assertThat(incentive(earning(4, outcomes), policy)).as("%s for %s", v, intake)
            .isEqualTo(yuan(BigDecimal.valueOf(expected)));
      }
    });
  }

  /** Rates of 100 % on every money metric: the reward is the amount itself, so a subtotal can be set to the fen. */
  static final MarginalRates WHOLE = MarginalRates.from(MarginalRates.above("100"));

  // 每期奖励上限: a subtotal at the cap is paid in full, one fen over it is paid the cap
  static void capPerPeriod() {
    Parameter<Money> p = Parameters.INCENTIVE_CAP_PER_PERIOD;
    Property.forAll(moneyAround(p.baseline(), "0.01", "100000000.00")).named("boundary " + p.key()).tries(TRIES).check(v -> {
      Policy policy = pack(ParameterValues.empty().with(p, v).with(Parameters.INCENTIVE_RATES_LANDED_INVESTMENT, WHOLE));
      for (BigDecimal subtotal : List.of(v.yuan().subtract(FEN), v.yuan(), v.yuan().add(FEN))) {
        Money expected = subtotal.compareTo(v.yuan()) <= 0 ? yuan(subtotal) : v;
        assertThat(incentive(earning(4, only(0, yuan(subtotal))), policy)).as("subtotal %s, cap %s", subtotal, v).isEqualTo(expected);
      }
    });
  }

  // a metric's own cap: its reward at the cap is paid in full, one fen over it is paid the cap
  static void metricCap(Parameter<Option<Money>> p, int metric) {
    Gen<Money> caps = Gen.bigDecimals(new BigDecimal("0.01"), new BigDecimal("10000000"), 2).map(x -> yuan(x))
        .withEdgeCases(List.of(Money.yuan("0.01"), Money.yuan("2000000.00"), Money.yuan("1999999.99")));
    Property.forAll(caps).named("boundary " + p.key()).tries(TRIES).check(v -> {
      ParameterValues values = ParameterValues.empty().with(p, Option.some(v)).with(Parameters.INCENTIVE_CAP_PER_PERIOD, NO_CAP)
          .with(Parameters.INCENTIVE_RATES_LANDED_INVESTMENT, WHOLE).with(Parameters.INCENTIVE_RATES_TECHNOLOGY_TRANSACTIONS, WHOLE)
          .with(Parameters.INCENTIVE_RATES_SUPPLY_CONTRACTS, WHOLE)
          // one fen a leading talent: a reward of n fen is n people
          .with(Parameters.INCENTIVE_TALENT_AMOUNTS, TalentAmounts.of(TalentLevel.LEADING, "0.01"));
      Policy policy = pack(values);
      // another metric beside it, uncapped, is paid in full: the cap is the metric's, not the period's
      Money beside = Money.yuan("123.45");
      for (BigDecimal reward : List.of(v.yuan().subtract(FEN), v.yuan(), v.yuan().add(FEN))) {
        Money paid = reward.compareTo(v.yuan()) <= 0 ? yuan(reward) : v;
        Money[] money = {Money.ZERO, Money.ZERO, Money.ZERO};
        money[metric == 0 ? 1 : 0] = beside;
        if (metric < 3) {
          money[metric] = yuan(reward);
        }
        Outcomes outcomes = new Outcomes(money[0], money[1], money[2], metric == 3 && reward.signum() > 0
            ? List.of(new TalentIntake(TalentLevel.LEADING, reward.movePointRight(2).intValueExact())) : List.of());
        assertThat(incentive(earning(4, outcomes), policy)).as("reward %s, the metric's cap %s", reward, v)
            .isEqualTo(paid.plus(beside));
      }
    });
  }

  // 职能运作良好: at least the policy's number of the seven functions active in the period
  static void activeFunctions() {
    Parameter<Integer> p = Parameters.INCENTIVE_MINIMUM_ACTIVE_FUNCTIONS;
    int seven = Function.values().length;
    Property.forAll(around(p, 0, seven)).named("boundary " + p.key()).tries(TRIES).check(v -> {
      Policy policy = pack(p, v);
      for (int active : aroundLimit(v, 0, seven)) {
        var o = Fixtures.compliantOrganization();
        Dossier d = Dossier.builder().from(Fixtures.dossier(o)).activities(IncentiveGens.coverage(o.id(), active))
            .evaluations(List.of(IncentiveGens.currentEvaluation(o.id(), Rating.GOLD))).build();
        assertThat(IncentiveCalculator.eligible(d, policy, IncentiveGens.PERIOD, IncentiveGens.DAY))
            .as("%d functions active, at least %d", active, v).isEqualTo(active >= v);
        // the full computation judges by the guard (IncentiveGuards.ACTIVE_FUNCTIONS), which reads the same parameter
        assertThat(IncentiveCalculator.compute(d, policy, IncentiveGens.PERIOD, IncentiveGens.DAY).eligible())
            .as("the guard: %d functions active, at least %d", active, v).isEqualTo(active >= v);
      }
    });
  }

  // Art.28 评价指标: an indicator's threshold (percent of its target) — at it, one under, one over; and its score in the total
  static void indicatorThreshold() {
    Parameter<Indicators> p = Parameters.EVALUATION_INDICATORS;
    int kinds = IncomeKind.values().length;
    Property.forAll(Gen.integers(1, kinds), Gen.integers(1, 100)).named("boundary " + p.key()).tries(TRIES).check((target, threshold) -> {
      Indicators v = Indicators.parse(p.key(), "X1:ESTABLISHMENT:Art.7(5):100:INCOME_SOURCES:" + target + ":" + threshold)
          .toEither().getOrElseThrow(e -> new IllegalStateException(e.mkString("; ")));
      Policy policy = pack(p, v);
      // the fewest sources at the threshold: sources / target >= threshold %
      int least = (threshold * target + 99) / 100;
      for (int n : aroundLimit(least, 0, kinds)) {
        Set<IncomeKind> sources = EnumSet.noneOf(IncomeKind.class);
        for (int i = 0; i < n; i++) {
          sources.add(IncomeKind.values()[i]);
        }
        Dossier base = Fixtures.compliantDossier();
        Dossier d = base.with(org(base).incomeSources(sources).build());
        var result = EvaluationEngine.evaluate(d, policy, TODAY);
        IndicatorScore score = result.scores().get(0);
        assertThat(score.atThreshold()).as("%d sources, target %d, threshold %d %%", n, target, threshold)
            .isEqualTo(n * 100 >= threshold * target);
        // the one indicator weighs 100: the total is its score, in hundredths rounded down, at most 100
        long hundredths = Math.min(10_000L, n * 10_000L / target);
        assertThat(result.totalPercent()).isEqualByComparingTo(BigDecimal.valueOf(hundredths, 2));
      }
    });
  }

  // Art.14 年度报告; the policy's day of the next year, after "于5月31日前报送": published by that day, overdue the day after
  static void annualReportDue() {
    Parameter<MonthDay> p = Parameters.DISCLOSURE_ANNUAL_REPORT_DUE;
    Gen<MonthDay> days = Gen.integers(0, 365).map(i -> MonthDay.from(LocalDate.of(2024, 1, 1).plusDays(i)))
        .filter(d -> !d.equals(p.baseline()))
        .withEdgeCases(List.of(MonthDay.of(2, 29), MonthDay.of(1, 1), MonthDay.of(12, 31), MonthDay.of(5, 30), MonthDay.of(6, 1)));
    Property.forAll(days).named("boundary " + p.key()).tries(TRIES).check(v -> {
      Policy policy = pack(p, v);
      // established in 2026 (Fixtures): the 2026 report is due on v in 2027; 29 February is the 28th in a common year
      LocalDate due = v.equals(MonthDay.of(2, 29)) ? LocalDate.of(2027, 2, 28) : LocalDate.of(2027, v.getMonthValue(), v.getDayOfMonth());
      assertThat(AnnualReport.dueOn(2026, v)).isEqualTo(due);
      Dossier d = Fixtures.compliantDossier();
      for (LocalDate on : List.of(due.minusDays(1), due, due.plusDays(1))) {
        assertThat(passes(DisclosureRules.ANNUAL_REPORT_DISCLOSED, d, policy, on)).as("unpublished on %s, due %s", on, due)
            .isEqualTo(!on.isAfter(due));
      }
      // the authority's list of what its POs owe reads the day from the pack too (Queries.dueDisclosures): a PO
      // established on 2025-03-03 owes its 2025 report on v in 2026
      Established e = established(Map.of(p.key(), p.format(v)));
      LocalDate due2025 = v.equals(MonthDay.of(2, 29)) ? LocalDate.of(2026, 2, 28) : LocalDate.of(2026, v.getMonthValue(), v.getDayOfMonth());
      for (LocalDate on : List.of(due2025.minusDays(1), due2025, due2025.plusDays(1))) {
        e.memory().clock().set(on.atTime(9, 0).toInstant(java.time.ZoneOffset.ofHours(8)));
        var owed = ok(e.gov().queries().dueDisclosures(e.bureau().id(), on)).stream()
            .filter(x -> x.kind() == dev.clustergov.core.disclosure.DisclosureKind.ANNUAL_REPORT && x.subject().equals("2025")).toList();
        if (on.getYear() < 2026) {
          assertThat(owed).as("not yet arisen on %s", on).isEmpty();
          continue;
        }
        assertThat(owed).as("the 2025 report on %s", on).singleElement().satisfies(x -> {
          assertThat(x.dueOn()).isEqualTo(due2025);
          assertThat(x.status()).isEqualTo(on.isAfter(due2025)
              ? dev.clustergov.core.disclosure.Deadline.Status.OVERDUE : dev.clustergov.core.disclosure.Deadline.Status.DUE);
        });
      }
    });
  }

  // Art.14 年度报告, decision 0519: a PO established on v of a year owes that year's report, one established the day after
  // first owes the next year's (凡在……以前登记成立的……均应参加年检)
  static void annualReportEstablishedBy() {
    Parameter<MonthDay> p = Parameters.DISCLOSURE_ANNUAL_REPORT_ESTABLISHED_BY;
    Gen<MonthDay> days = Gen.integers(0, 364).map(i -> MonthDay.from(LocalDate.of(2023, 1, 1).plusDays(i)))
        .filter(d -> !d.equals(p.baseline()))
        .withEdgeCases(List.of(MonthDay.of(1, 1), MonthDay.of(6, 30), MonthDay.of(7, 1), MonthDay.of(12, 30)));
    Property.forAll(days).named("boundary " + p.key()).tries(TRIES).check(v -> {
      Policy policy = pack(p, v);
      LocalDate limit = v.atYear(2023);
      // the 2023 report is overdue from 2024-06-01 under the baseline's day; the 2024 one not yet
      LocalDate on = LocalDate.of(2024, 6, 1);
      for (LocalDate established : List.of(limit.minusDays(1), limit, limit.plusDays(1))) {
        if (established.getYear() != 2023) {
          continue; // 1 January's day before is another year
        }
        Dossier d = Dossier.builder().from(Fixtures.dossier(PromotionOrganization.builder().from(Fixtures.compliantOrganization())
            .stage(dev.clustergov.core.organization.LifecycleStage.RECOGNISED).establishedOn(established).build())).build();
        assertThat(passes(DisclosureRules.ANNUAL_REPORT_DISCLOSED, d, policy, on)).as("established %s, limit %s", established, v)
            .isEqualTo(established.isAfter(limit));
      }
      // the authority's list of what its POs owe reads it from the pack too (Queries.dueDisclosures): the PO established on
      // 2025-03-03 owes a 2025 report only when that day is not after v of 2025
      Established e = established(Map.of(p.key(), p.format(v)));
      LocalDate june2026 = LocalDate.of(2026, 6, 1);
      e.memory().clock().set(june2026.atTime(9, 0).toInstant(java.time.ZoneOffset.ofHours(8)));
      var owed = ok(e.gov().queries().dueDisclosures(e.bureau().id(), june2026)).stream()
          .filter(x -> x.kind() == dev.clustergov.core.disclosure.DisclosureKind.ANNUAL_REPORT && x.subject().equals("2025")).toList();
      assertThat(owed).as("the 2025 report of a PO established on 2025-03-03, limit %s", v)
          .hasSize(LocalDate.of(2025, 3, 3).isAfter(v.atYear(2025)) ? 0 : 1);
    });
  }

  // Art.13 对标市场化薪酬: a salary at most v % of the benchmark away from it, on either side
  static void salaryTolerance() {
    Parameter<BigDecimal> p = Parameters.EMPLOYMENT_SALARY_TOLERANCE_PERCENT;
    Gen<BigDecimal> percents = Gen.bigDecimals(BigDecimal.ZERO, new BigDecimal("90"), 2).filter(x -> x.compareTo(p.baseline()) != 0)
        .withEdgeCases(List.of(new BigDecimal("49.99"), new BigDecimal("50.01"), new BigDecimal("0.00"), new BigDecimal("0.01")));
    Property.forAll(percents, Gen.integers(10, 500)).named("boundary " + p.key()).tries(TRIES).check((v, hundreds) -> {
      Policy policy = pack(p, v);
      BigDecimal benchmark = new BigDecimal(hundreds * 100);
      // the farthest a salary may lie, exact to the fen since the benchmark is whole hundreds of yuan
      BigDecimal limit = benchmark.multiply(v).divide(new BigDecimal(100), 2, RoundingMode.UNNECESSARY);
      Dossier base = Fixtures.compliantDossier();
      for (BigDecimal gap : List.of(limit.subtract(FEN), limit, limit.add(FEN))) {
        if (gap.signum() < 0) {
          continue;
        }
        for (BigDecimal salary : List.of(benchmark.add(gap), benchmark.subtract(gap))) {
          StaffMember hire = new StaffMember(new PersonId("staff-hired"), "新聘人员", StaffCategory.MANAGEMENT, Recruitment.OPEN_RECRUITMENT,
              Optional.of(new HireTerms(TODAY.minusMonths(1), yuan(salary), yuan(benchmark))));
          List<StaffMember> staff = new ArrayList<>(base.organization().staff());
          staff.add(hire);
          Dossier d = base.with(org(base).staff(staff).build());
          assertThat(passes(ManagementRules.MARKET_SALARY, d, policy, TODAY))
              .as("salary %s against benchmark %s, tolerance %s %%", salary, benchmark, v).isEqualTo(gap.compareTo(limit) <= 0);
        }
      }
    });
  }

  static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

  // Art.28 金标: a total at least the policy's gold percent (every indicator at its threshold); under it silver at most
  static void goldPercent() {
    Parameter<BigDecimal> p = Parameters.EVALUATION_GOLD_PERCENT;
    BigDecimal silver = Parameters.EVALUATION_SILVER_PERCENT.baseline();
    Gen<BigDecimal> values = Gen.bigDecimals(silver, new BigDecimal("100"), 2).filter(x -> x.compareTo(p.baseline()) != 0)
        .withEdgeCases(List.of(new BigDecimal("79.99"), new BigDecimal("80.01"), silver, new BigDecimal("100.00")));
    Property.forAll(values).named("boundary " + p.key()).tries(TRIES).check(v -> {
      RatingGates gates = RatingGates.from(pack(p, v));
      for (BigDecimal total : List.of(v.subtract(HUNDREDTH), v, v.add(HUNDREDTH))) {
        if (total.compareTo(new BigDecimal("100")) > 0) {
          continue;
        }
        boolean gold = total.compareTo(v) >= 0;
        boolean silverOrBetter = total.compareTo(silver) >= 0;
        assertThat(gates.rate(total, true, false)).as("total %s, gold from %s", total, v)
            .isEqualTo(gold ? Rating.GOLD : silverOrBetter ? Rating.SILVER : Rating.BRONZE);
        assertThat(gates.rate(total, false, false)).as("total %s with an indicator under its threshold", total)
            .isEqualTo(silverOrBetter ? Rating.SILVER : Rating.BRONZE);
      }
    });
  }

  // Art.28 银标: a total at least the policy's silver percent, and under gold's
  static void silverPercent() {
    Parameter<BigDecimal> p = Parameters.EVALUATION_SILVER_PERCENT;
    BigDecimal gold = Parameters.EVALUATION_GOLD_PERCENT.baseline();
    Gen<BigDecimal> values = Gen.bigDecimals(BigDecimal.ZERO, gold, 2).filter(x -> x.compareTo(p.baseline()) != 0)
        .withEdgeCases(List.of(new BigDecimal("64.99"), new BigDecimal("65.01"), new BigDecimal("0.01"), gold));
    Property.forAll(values).named("boundary " + p.key()).tries(TRIES).check(v -> {
      RatingGates gates = RatingGates.from(pack(p, v));
      for (BigDecimal total : List.of(v.subtract(HUNDREDTH), v, v.add(HUNDREDTH))) {
        if (total.signum() < 0) {
          continue;
        }
        Rating expected = total.compareTo(gold) >= 0 ? Rating.GOLD : total.compareTo(v) >= 0 ? Rating.SILVER : Rating.BRONZE;
        assertThat(gates.rate(total, true, false)).as("total %s, silver from %s", total, v).isEqualTo(expected);
        assertThat(gates.rate(total, true, true)).as("a blocking finding rates nothing").isEqualTo(Rating.NONE);
      }
    });
  }

  // Art.28; valid v months: from the day evaluated through the day before the same day v months later
  static void validityMonths() {
    Parameter<Integer> p = Parameters.EVALUATION_VALIDITY_MONTHS;
    Gen<LocalDate> days = Gen.dates(TODAY, TODAY.plusDays(120)).withEdgeCases(List.of(LocalDate.of(2026, 12, 31),
        LocalDate.of(2027, 1, 31), LocalDate.of(2027, 1, 29)));
    Property.forAll(around(p, 1, 120), days).named("boundary " + p.key()).tries(12).check((v, on) -> {
      Policy policy = pack(p, v);
      LocalDate anniversary = on.plusMonths(v);
      LocalDate lastValid = anniversary.minusDays(1);
      var result = EvaluationEngine.evaluate(Fixtures.compliantDossier(), policy, on);
      assertThat(result.validUntil()).as("evaluated %s, valid %d months", on, v).isEqualTo(lastValid);
      Evaluation e = new Evaluation(new EvaluationId("eval-1"), 0, Fixtures.ORGANIZATION_ID, new EvaluatorId("evaluator-1"), on,
          result.validUntil(), new BigDecimal("85.00"), Rating.GOLD, "0".repeat(64), List.of());
      for (LocalDate day : List.of(lastValid.minusDays(1), lastValid, anniversary)) {
        assertThat(IncentiveCalculator.currentEvaluation(List.of(e), day)).as("on %s", day).isEqualTo(
            day.isBefore(anniversary) ? Optional.of(e) : Optional.empty());
      }
    });
  }

  // Art.28 第三方; a tie binds until v months after it ended, counted as 《民法典》第二百零一条、第二百零二条 count a period
  // of months: from the day after it ended, to the corresponding day of the last month, or that month's last day if
  // it has none; the evaluator is free from the day after
  static void coolingOffMonths() {
    Parameter<Integer> p = Parameters.EVALUATION_COOLING_OFF_MONTHS;
    Gen<LocalDate> days = Gen.dates(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)).withEdgeCases(List.of(
        LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 29), LocalDate.of(2026, 2, 28),
        LocalDate.of(2026, 5, 31), LocalDate.of(2026, 12, 31)));
    Property.forAll(around(p, 0, 120), days).named("boundary " + p.key()).tries(TRIES).check((v, day) -> {
      Policy policy = pack(p, v);
      // the last day a tie may have ended and still bind on day: the latest end whose period reaches day
      LocalDate lastBinding = day;
      while (!lastBinding.minusDays(1).plusMonths(v).isBefore(day)) {
        lastBinding = lastBinding.minusDays(1);
      }
      for (LocalDate ended : List.of(lastBinding.minusDays(1), lastBinding, lastBinding.plusDays(1))) {
        if (ended.isAfter(day)) {
          continue;
        }
        Evaluator evaluator = new Evaluator(new EvaluatorId("ev-1"), 0, "某评估机构", Fixtures.code("91320500MA7777777"),
            Fixtures.AUTHORITY_ID, day.minusYears(20), Optional.empty(),
            List.of(new EvaluatorTie(Fixtures.ORGANIZATION_ID, "咨询服务", day.minusYears(15), Optional.of(ended))));
        List<Finding> reasons = Independence.reasons(evaluator, Fixtures.compliantDossier(), policy, day);
        boolean binds = !ended.plusMonths(v).isBefore(day);
        assertThat(!reasons.isEmpty()).as("tie ended %s, %d months' recusal, evaluated %s", ended, v, day).isEqualTo(binds);
      }
    });
  }

  // Art.18–24 要 (each function performed); the policy's months: an activity on the day v months back counts, one a day before not
  static void lookbackMonths() {
    Parameter<Integer> p = Parameters.OPERATION_FUNCTION_LOOKBACK_MONTHS;
    Property.forAll(around(p, 1, 120)).named("boundary " + p.key()).tries(TRIES).check(v -> {
      Policy policy = pack(p, v);
      LocalDate start = TODAY.minusMonths(v);
      PromotionOrganization o = PromotionOrganization.builder().from(Fixtures.organization(LifecycleStage.RECOGNISED))
          .proposedOn(start.minusYears(2)).establishedOn(start.minusYears(1)).recognisedOn(start.minusMonths(1)).build();
      for (LocalDate held : List.of(start.minusDays(1), start, start.plusDays(1))) {
        ServiceActivity a = IncentiveGens.activity(o.id(), "activity-1", Function.COLLABORATIVE_INNOVATION.items().head(), held,
            Outcomes.NONE);
        Dossier d = Dossier.builder().from(Fixtures.dossier(o)).period(new Period(start.minusYears(1), TODAY)).activities(List.of(a))
            .build();
        assertThat(passes(OperationRules.INNOVATION_PROMOTED, d, policy, TODAY)).as("held %s, %d months back from %s", held, v, TODAY)
            .isEqualTo(!held.isBefore(start));
      }
    });
  }

  // ---- thresholds the rules hold as constants, not parameters --------------------------------------------

  // Art.7(2) 规范的名称; after the naming measures of social groups: 4 to 50 characters
  @Test
  void a_name_of_4_to_50_characters_is_standard_and_one_of_3_or_51_is_not() {
    Gen<Integer> lengths = Gen.integers(1, 60).withEdgeCases(List.of(3, 4, 50, 51));
    Property.forAll(lengths).named("boundary name length").tries(TRIES).check(n -> {
      String name = "苏州纳米集群促进会".repeat(8).substring(0, n);
      Dossier base = Fixtures.compliantDossier();
      Dossier d = base.with(org(base).name(name).build());
      assertThat(passes(EstablishmentRules.NAME, d, Fixtures.baseline(), TODAY)).as("a name of %d characters", n)
          .isEqualTo(n >= 4 && n <= 50);
    });
  }

  // Art.8(1) 以上组织的联合体: a consortium is made of at least two organisations
  @Test
  void a_consortium_of_two_organisations_is_one_and_of_one_is_not() {
    Property.forAll(Gen.integers(0, 6).withEdgeCases(List.of(1, 2, 3))).named("boundary consortium size").tries(TRIES).check(n -> {
      List<dev.clustergov.core.organization.ConsortiumComponent> parts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        parts.add(new dev.clustergov.core.organization.ConsortiumComponent("成员组织" + i,
            dev.clustergov.core.organization.OrganizationKind.SOCIAL_GROUP));
      }
      Dossier base = Fixtures.compliantDossier();
      Dossier d = base.with(org(base).type(new dev.clustergov.core.organization.OrganizationType(
          dev.clustergov.core.organization.OrganizationKind.CONSORTIUM, parts)).build());
      assertThat(passes(EstablishmentRules.ORGANIZATION_TYPE, d, Fixtures.baseline(), TODAY)).as("a consortium of %d", n)
          .isEqualTo(n >= 2);
    });
  }

  // ---- the runner and the completeness check ---------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> every_numeric_parameter_at_its_limit_one_below_and_one_above() {
    return CASES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), e.getValue()::run));
  }

  /** Whether a parameter's values are numbers, amounts, percents, days, months or dates — thresholds a rule compares. */
  static boolean numeric(Parameter<?> p) {
    Object b = p.baseline();
    if (b instanceof Boolean || b instanceof Enum<?> || b instanceof SortedSet<?>) {
      return false;
    }
    if (b instanceof Number || b instanceof Money || b instanceof MonthDay || b instanceof Option<?> || b instanceof StaffingTiers
        || b instanceof MarginalRates || b instanceof TalentAmounts || b instanceof Indicators) {
      return true;
    }
    throw new AssertionError(p.key() + " has a value of a kind this test does not know (" + b.getClass().getName()
        + "): say whether it is a threshold in numeric(), and give it a boundary case if it is");
  }

  @Test
  void every_numeric_parameter_of_the_policy_has_a_boundary_case() {
    List<String> numeric = Parameters.all().filter(ParameterBoundaryProperties::numeric).map(Parameter::key).toJavaList();
    assertThat(numeric).as("numeric parameters").hasSizeGreaterThanOrEqualTo(27);
    assertThat(CASES.keySet()).as("parameters with a boundary case").containsExactlyInAnyOrderElementsOf(numeric);
  }
}
