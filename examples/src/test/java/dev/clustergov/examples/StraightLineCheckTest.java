package dev.clustergov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.finance.AccountHolder;
import dev.clustergov.core.finance.IncomeEntry;
import dev.clustergov.core.governance.Body;
import dev.clustergov.core.governance.BodyForm;
import dev.clustergov.core.governance.Governance;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.governance.Seat;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.management.HireTerms;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.management.StaffMember;
import dev.clustergov.core.operation.Platform;
import dev.clustergov.core.organization.Charter;
import dev.clustergov.core.organization.Facilities;
import dev.clustergov.core.organization.Founder;
import dev.clustergov.core.organization.FounderKind;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.ImmutableDossier;
import dev.clustergov.core.rules.Outcome;
import dev.clustergov.core.rules.Rule;
import dev.clustergov.core.rules.RuleBook;
import dev.clustergov.core.supervision.InspectionFinding;
import dev.clustergov.core.testkit.contract.OperationSamples;
import dev.clustergov.core.testkit.contract.SupervisionSamples;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.gen.LargeDossiers;
import dev.clustergov.core.testkit.gen.OrganizationGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The assessment benchmark's baseline agrees with the rule book, condition by condition: for the large PO,
 * for generated compliant POs, and for each of them broken in one or several ways at random (a breaker per
 * condition, below), every rule's pass / fail / not applicable equals the baseline's. And every condition
 * is seen both passing and failing over these dossiers, so the baseline cannot agree by checking nothing.
 */
class StraightLineCheckTest {

  static final RuleBook BOOK = RuleBook.standard();
  static final LocalDate DAY = LargeDossiers.DAY;

  static StraightLineCheck.Status status(Outcome o) {
    return o instanceof Outcome.Pass ? StraightLineCheck.Status.PASS
        : o instanceof Outcome.Fail ? StraightLineCheck.Status.FAIL : StraightLineCheck.Status.NOT_APPLICABLE;
  }

  static ImmutablePromotionOrganization po(Dossier d) {
    return ImmutablePromotionOrganization.copyOf(d.organization());
  }

  static Dossier with(Dossier d, PromotionOrganization o) {
    return ImmutableDossier.copyOf(d).withOrganization(o);
  }

  static Dossier withoutSystem(Dossier d, ManagementSystemKind kind) {
    return with(d, po(d).withManagementSystems(d.organization().managementSystems().stream().filter(s -> s.kind() != kind).toList()));
  }

  static Governance replace(Governance g, Layer layer, UnaryOperator<Body> change) {
    List<Body> bodies = new ArrayList<>();
    for (Body b : g.bodies()) {
      bodies.add(b.layer() == layer ? change.apply(b) : b);
    }
    return new Governance(bodies);
  }

  static Body firstIn(Governance g, Layer layer) {
    return g.in(layer).get(0);
  }

  /** Ways to break (or make inapplicable) the conditions, one or a few each. */
  static final List<UnaryOperator<Dossier>> BREAKERS = List.of(
      d -> with(d, po(d).withFounders(List.of())),
      d -> with(d, po(d).withGuidingBody(Optional.empty())),
      d -> with(d, po(d).withCreditCode(Optional.empty())),
      d -> ImmutableDossier.copyOf(d).withRecognisedPeersInCluster(3),
      d -> ImmutableDossier.copyOf(d).withAuthority(Optional.empty()),
      d -> with(d, po(d).withPartyOrganization(Optional.empty())),
      d -> with(d, po(d).withName("中国" + d.organization().name())),
      d -> with(d, po(d).withName("PO")),
      d -> with(d, po(d).withCharter(Optional.empty())),
      d -> with(d, po(d).withCharter(d.organization().charter().map(c -> new Charter(c.adoptedOn(), List.of(), c.consentingFounders())))),
      d -> with(d, po(d).withCharter(d.organization().charter().map(c -> new Charter(c.adoptedOn(), c.businessScope(), Set.of())))),
      d -> with(d, po(d).withFacilities(Facilities.NONE)),
      d -> with(d, po(d).withRegisteredCapital(Money.ZERO)),
      d -> with(d, po(d).withStaff(d.organization().staff().subList(0, 1))),
      d -> with(d, po(d).withStaff(d.organization().staff().stream()
          .map(s -> new StaffMember(s.person(), s.name(), s.category(), Recruitment.values()[0], s.terms())).toList())),
      d -> with(d, po(d).withStaff(d.organization().staff().stream().map(s -> new StaffMember(s.person(), s.name(), s.category(),
          s.recruitment(), Optional.of(new HireTerms(DAY.minusYears(1), Money.yuan("30000.00"), Money.yuan("10000.00"))))).toList())),
      d -> with(d, po(d).withStaff(d.organization().staff().stream().map(s -> new StaffMember(s.person(), s.name(), s.category(),
          s.recruitment(), Optional.of(new HireTerms(DAY.minusYears(1), Money.yuan("10000.00"), Money.yuan("10000.00"))))).toList())),
      d -> with(d, po(d).withManagementSystems(List.of())),
      d -> withoutSystem(d, ManagementSystemKind.PERSONNEL),
      d -> withoutSystem(d, ManagementSystemKind.ADMINISTRATIVE),
      d -> withoutSystem(d, ManagementSystemKind.FINANCIAL),
      d -> withoutSystem(d, ManagementSystemKind.BUSINESS),
      d -> withoutSystem(d, ManagementSystemKind.CONFIDENTIALITY_SECURITY),
      d -> withoutSystem(d, ManagementSystemKind.DISPUTE_RESOLUTION),
      d -> ImmutableDossier.copyOf(withoutSystem(d, ManagementSystemKind.IP_MANAGEMENT)).withIpAgreements(List.of()),
      d -> with(d, po(d).withIncomeSources(Set.of())),
      d -> with(d, po(d).withType(Optional.empty())),
      d -> with(d, po(d).withFounders(concat(d.organization().founders(),
          new Founder("苏州某新材料有限公司", FounderKind.LEADING_ENTERPRISE, Optional.empty(), Optional.empty())))),
      d -> with(d, po(d).withGovernance(new Governance(d.organization().governance().bodies().stream()
          .filter(b -> b.layer() != Layer.ADVISORY).toList()))),
      d -> forbidden(d, Layer.DECISION),
      d -> forbidden(d, Layer.SUPERVISION),
      d -> forbidden(d, Layer.MANAGEMENT),
      d -> forbidden(d, Layer.EXECUTION),
      d -> forbidden(d, Layer.ADVISORY),
      d -> {
        Governance g = d.organization().governance();
        Seat supervisor = firstIn(g, Layer.SUPERVISION).seats().get(0);
        return with(d, po(d).withGovernance(replace(g, Layer.MANAGEMENT,
            b -> b.withSeat(new Seat(supervisor.person(), SeatRole.MEMBER, Set.of())))));
      },
      d -> {
        Governance g = d.organization().governance();
        Seat manager = firstIn(g, Layer.MANAGEMENT).seats().get(0);
        return with(d, po(d).withGovernance(replace(g, Layer.ADVISORY, b -> b.withSeat(new Seat(manager.person(), SeatRole.MEMBER, Set.of())))));
      },
      d -> ImmutableDossier.copyOf(d).withDisputes(List.of()),
      d -> ImmutableDossier.copyOf(d).withDisclosureObligations(concat(d.disclosureObligations(),
          dev.clustergov.core.disclosure.DisclosureObligation.arising(new dev.clustergov.core.disclosure.DisclosureObligationId("obligation-open"),
              d.organization().id(), "SeatAppointed.DECISION", 999, DAY.minusDays(90), 30))),
      d -> ImmutableDossier.copyOf(d).withDisclosures(List.of()).withDisclosureObligations(List.of()),
      d -> ImmutableDossier.copyOf(d).withDisclosures(d.disclosures().stream().map(x -> x.year().isEmpty() ? x
          : new dev.clustergov.core.disclosure.Disclosure(x.id(), x.version(), x.organization(), x.kind(), x.year(), x.obligation(),
              LocalDate.of(x.year().getAsInt() + 1, 11, 1), x.channel(), x.title())).toList()),
      d -> ImmutableDossier.copyOf(d).withExpenditures(List.of()),
      d -> ImmutableDossier.copyOf(d).withIncome(List.of()),
      d -> ImmutableDossier.copyOf(d).withFeeSchedules(List.of()),
      d -> ImmutableDossier.copyOf(d).withIncome(d.income().stream().map(e -> e.basis().isEmpty() ? e
          : new IncomeEntry(e.id(), e.organization(), e.kind(), e.amount().plus(Money.yuan("1.00")), e.receivedOn(), e.payer(), e.basis(),
              e.recordedOn())).toList()),
      d -> with(d, po(d).withBankAccount(Optional.empty())),
      d -> with(d, po(d).withBankAccount(d.organization().bankAccount().map(a -> new dev.clustergov.core.finance.BankAccount(
          "别人", a.number(), a.bank())))),
      d -> ImmutableDossier.copyOf(d).withAccountSharedWith(List.of(new AccountHolder(new OrganizationId("org-other"),
          AccountHolder.Role.ORGANIZATION, "另一促进会"))),
      d -> ImmutableDossier.copyOf(d).withActivities(List.of()),
      d -> ImmutableDossier.copyOf(d).withActivities(d.activities().stream().filter(a -> a.openToAllMembers()).toList()),
      d -> ImmutableDossier.copyOf(d).withActivities(d.activities().stream()
          .filter(a -> a.item().function() != dev.clustergov.core.guideline.Function.values()[(int) (a.heldOn().toEpochDay() % 7)])
          .toList()),
      d -> ImmutableDossier.copyOf(d).withActivities(d.activities().stream().filter(a -> a.heldOn().isBefore(DAY.minusMonths(14))).toList()),
      d -> with(d, po(d).withRecognisedOn(Optional.of(DAY.minusMonths(2)))),
      d -> ImmutableDossier.copyOf(d).withPeriod(new dev.clustergov.core.finance.Period(DAY.minusMonths(3), DAY)),
      d -> ImmutableDossier.copyOf(d).withPlatforms(List.of(new Platform(new dev.clustergov.core.operation.PlatformId("platform-x"), 0,
          d.organization().id(), "共享制造中心", dev.clustergov.core.operation.PlatformKind.SHARED_MANUFACTURING_CENTRE,
          dev.clustergov.core.operation.PlatformRole.COORDINATED, "苏州某装备有限公司", DAY.minusYears(1), false, Optional.empty()))),
      d -> ImmutableDossier.copyOf(d).withPlatforms(List.of(OperationSamples.platform("platform-y", d.organization().id()))),
      d -> ImmutableDossier.copyOf(d).withInspections(List.of(SupervisionSamples.opened("inspection-x", d.organization().id())
          .with(new InspectionFinding(1, LocalDate.of(2025, 4, 2), Citation.article(9), "制度缺失", LocalDate.of(2025, 5, 2), Optional.empty())))),
      d -> ImmutableDossier.copyOf(d).withSelfDisciplineMeasures(List.of()));

  static Dossier forbidden(Dossier d, Layer layer) {
    BodyForm form = OrganizationGens.forbiddenForms(layer)[0];
    return with(d, po(d).withGovernance(replace(d.organization().governance(), layer,
        b -> new Body(b.id(), b.layer(), form, b.name(), b.seats()))));
  }

  static <T> List<T> concat(List<T> list, T more) {
    List<T> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }

  /** The base dossiers: the large PO, and generated compliant POs recognised for years, with the large PO's parts. */
  static List<Dossier> bases() {
    Dossier large = LargeDossiers.of(300, 11);
    List<Dossier> bases = new ArrayList<>(List.of(large, LargeDossiers.of(60, 12), Fixtures.compliantDossier()));
    for (OrganizationGens.Compliant c : OrganizationGens.compliant().samples(5, 6)) {
      PromotionOrganization o = ImmutablePromotionOrganization.copyOf(c.organization()).withId(large.organization().id())
          .withStage(LifecycleStage.RECOGNISED).withProposedOn(LocalDate.of(2023, 1, 10)).withEstablishedOn(LocalDate.of(2023, 3, 1))
          .withRecognisedOn(LocalDate.of(2023, 6, 1));
      bases.add(Dossier.builder().from(large).organization(o).cluster(c.cluster()).authority(Optional.of(c.authority())).build());
    }
    return bases;
  }

  @Test
  public void the_baseline_checks_the_rule_books_conditions_in_its_order() {
    assertThat(StraightLineCheck.IDS).containsExactlyElementsOf(
        BOOK.rules().stream().filter(r -> r.appliesAt(LifecycleStage.RECOGNISED)).map(Rule::id).toList());
  }

  @Test
  public void the_baseline_and_the_rule_book_agree_on_every_condition_and_every_condition_both_passes_and_fails() {
    Policy policy = Fixtures.baseline();
    SplittableRandom random = new SplittableRandom(8);
    Map<String, Set<StraightLineCheck.Status>> seen = new LinkedHashMap<>();
    int checked = 0;
    for (Dossier base : bases()) {
      List<Dossier> cases = new ArrayList<>(List.of(base));
      for (UnaryOperator<Dossier> breaker : BREAKERS) {
        cases.add(breaker.apply(base));
      }
      for (int k = 0; k < 12; k++) {
        Dossier d = base;
        for (int j = 0; j < 1 + random.nextInt(4); j++) {
          d = BREAKERS.get(random.nextInt(BREAKERS.size())).apply(d);
        }
        cases.add(d);
      }
      for (Dossier d : cases) {
        var report = BOOK.assess(d, policy, DAY, LifecycleStage.RECOGNISED);
        StraightLineCheck.Status[] baseline = StraightLineCheck.check(d, policy, DAY);
        Map<String, StraightLineCheck.Status> rules = new HashMap<>();
        report.assessments().forEach(a -> rules.put(a.rule().id(), status(a.outcome())));
        for (int i = 0; i < baseline.length; i++) {
          String id = StraightLineCheck.IDS.get(i);
          assertThat(baseline[i]).as("%s on dossier %d of %s", id, checked, d.organization().name()).isEqualTo(rules.get(id));
          seen.computeIfAbsent(id, x -> EnumSet.noneOf(StraightLineCheck.Status.class)).add(baseline[i]);
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(400);
    List<String> notBoth = new ArrayList<>(new TreeSet<>(seen.keySet()));
    notBoth.removeIf(id -> seen.get(id).containsAll(EnumSet.of(StraightLineCheck.Status.PASS, StraightLineCheck.Status.FAIL)));
    assertThat(notBoth).as("conditions never seen both passing and failing").isEmpty();
  }
}
