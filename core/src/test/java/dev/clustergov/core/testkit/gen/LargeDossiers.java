package dev.clustergov.core.testkit.gen;

import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.establishment.FoundingApplication.BodyInput;
import dev.clustergov.core.application.establishment.FoundingApplication.SeatInput;
import dev.clustergov.core.disclosure.Channel;
import dev.clustergov.core.disclosure.ChannelKind;
import dev.clustergov.core.disclosure.Disclosure;
import dev.clustergov.core.disclosure.DisclosureId;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.finance.Expenditure;
import dev.clustergov.core.finance.FeeScheduleId;
import dev.clustergov.core.finance.IncomeEntry;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import dev.clustergov.core.testkit.contract.DisputeSamples;
import dev.clustergov.core.testkit.contract.FinanceSamples;
import dev.clustergov.core.testkit.contract.SupervisionSamples;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import dev.clustergov.core.governance.SeatRole;

/**
 * The dossier of one large PO (大型促进组织档案) for the assessment benchmark: the compliant Suzhou PO,
 * recognised for more than three years, with 100 seats in its five layers, 500 member units, {@code n}
 * service activities over the three years up to {@link #DAY} (any of the 32 items, with participants
 * among the members, some closed with or without a reason), 40 disclosures (three annual reports and 37
 * major matters, most on time, some late) with their obligations, 20 disputes, 10 IP agreements, a
 * year's ledger under a published fee schedule, inspections, a self-discipline measure and a rating.
 * The same {@code n} and seed always give the same dossier.
 */
public final class LargeDossiers {

  private LargeDossiers() {}

  /** The day of the assessment. */
  public static final LocalDate DAY = Fixtures.TODAY;
  /** The three years the activities span and the dossier covers. */
  public static final Period YEARS = new Period(DAY.minusYears(3).plusDays(1), DAY);

  public static final int MEMBERS = 500;
  public static final int SEATS = 100;
  public static final int DISCLOSURES = 40;
  public static final int DISPUTES = 20;
  public static final int IP_AGREEMENTS = 10;

  public static Dossier of(int activities, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PromotionOrganization o = organization();
    OrganizationId id = o.id();
    List<Membership> members = OperationGens.roll(id, YEARS.from().minusYears(1), YEARS.from(), MEMBERS, MEMBERS)
        .generate(new SplittableRandom(random.nextLong()), 100).value();
    List<MembershipId> memberIds = members.stream().map(Membership::id).toList();
    List<ServiceActivity> acts = new ArrayList<>(activities);
    for (int i = 1; i <= activities; i++) {
      acts.add(OperationGens.activity("activity-" + i, id, memberIds, YEARS).generate(new SplittableRandom(random.nextLong()), 100).value());
    }
    acts.sort(java.util.Comparator.comparing(ServiceActivity::heldOn).thenComparing(ServiceActivity::id));

    List<Disclosure> disclosures = new ArrayList<>();
    List<DisclosureObligation> obligations = new ArrayList<>();
    for (int year = DAY.getYear() - 3; year < DAY.getYear(); year++) {
      disclosures.add(new Disclosure(new DisclosureId("annual-" + year), 0, id, DisclosureKind.ANNUAL_REPORT, OptionalInt.of(year),
          Optional.empty(), LocalDate.of(year + 1, 3, 1).plusDays(random.nextInt(80)), channel(year), year + "年度工作报告"));
    }
    for (int k = 1; disclosures.size() < DISCLOSURES; k++) {
      LocalDate arisen = YEARS.from().plusDays(random.nextInt(900));
      DisclosureObligation ob = DisclosureObligation.arising(new DisclosureObligationId("obligation-" + k), id, "SeatAppointed.DECISION",
          k, arisen, 30);
      Disclosure d = new Disclosure(new DisclosureId("matter-" + k), 0, id, DisclosureKind.MAJOR_MATTER, OptionalInt.empty(),
          Optional.of(ob.id()), arisen.plusDays(random.nextInt(10) == 0 ? 40 : 5 + random.nextInt(20)), channel(k), "重大事项公告（第" + k + "号）");
      disclosures.add(d);
      obligations.add(ob.fulfilledBy(d));
    }
    disclosures.sort(java.util.Comparator.comparing(Disclosure::publishedOn).thenComparing(Disclosure::id));
    obligations.sort(java.util.Comparator.comparing(DisclosureObligation::arisenOn).thenComparing(DisclosureObligation::id));

    List<Dispute> disputes = new ArrayList<>();
    for (int k = 1; k <= DISPUTES; k++) {
      disputes.add(DisputeSamples.raised(String.format("dispute-%02d", k), id));
    }
    List<IpAgreement> agreements = new ArrayList<>();
    for (int k = 1; k <= IP_AGREEMENTS; k++) {
      agreements.add(DisputeSamples.drafted(String.format("ip-%02d", k), id));
    }

    FeeScheduleId fees = new FeeScheduleId("fees-1");
    List<IncomeEntry> income = new ArrayList<>();
    List<Expenditure> spent = new ArrayList<>();
    for (int k = 1; k <= 100; k++) {
      LocalDate on = DAY.minusDays(1 + random.nextInt(300));
      income.add(k % 2 == 0 ? FinanceSamples.charge("charge-" + k, id, fees, on) : FinanceSamples.donation("gift-" + k, id, on, "1000.00"));
      spent.add(FinanceSamples.expenditure("spent-" + k, id, on, (100 + k) + ".00"));
    }
    income.sort(java.util.Comparator.comparing(IncomeEntry::receivedOn).thenComparing(IncomeEntry::id));
    spent.sort(java.util.Comparator.comparing(Expenditure::paidOn).thenComparing(Expenditure::id));

    List<Inspection> inspections = List.of(SupervisionSamples.opened("inspection-1", id), SupervisionSamples.opened("inspection-2", id));
    SelfDisciplineMeasure measure = SupervisionSamples.convention("measure-1", id);

    return Dossier.builder().from(Fixtures.dossier(o))
        .period(YEARS)
        .memberships(members)
        .activities(acts)
        .disclosures(disclosures)
        .disclosureObligations(obligations)
        .disputes(disputes)
        .ipAgreements(agreements)
        .feeSchedules(List.of(FinanceSamples.schedule(fees.value(), id)))
        .income(income)
        .expenditures(spent)
        .inspections(inspections)
        .selfDisciplineMeasures(List.of(measure))
        .evaluations(List.of(IncentiveGens.evaluation(id, "evaluation-1", dev.clustergov.core.supervision.Rating.SILVER,
            DAY.minusMonths(6), DAY.plusMonths(18))))
        .build();
  }

  private static Channel channel(int n) {
    return new Channel(ChannelKind.WEBSITE, "https://www.sznano.org.cn/xxgk/" + n);
  }

  /** The compliant PO with 100 seats (85 more members of its assembly), recognised on 2023-06-01. */
  public static PromotionOrganization organization() {
    FoundingApplication a = Fixtures.compliantApplication();
    List<BodyInput> bodies = new ArrayList<>(a.governance());
    int seats = bodies.stream().mapToInt(b -> b.seats().size()).sum();
    BodyInput assembly = bodies.get(0);
    List<SeatInput> more = new ArrayList<>(assembly.seats());
    for (int k = 1; seats < SEATS; k++, seats++) {
      more.add(Fixtures.seat(String.format("p-m%03d", k), "会员代表" + k, SeatRole.MEMBER));
    }
    bodies.set(0, new BodyInput(assembly.id(), assembly.layer(), assembly.form(), assembly.name(), more));
    FoundingApplication large = new FoundingApplication(a.name(), a.cluster(), a.authority(), a.guidingBody(), a.founders(), a.type(),
        a.creditCode(), a.charter(), a.partyOrganization(), a.officeAddress(), a.equipment(), a.registeredCapital(), a.staff(),
        a.managementSystems(), a.incomeSources(), a.bankAccount(), bodies, a.legalRepresentative());
    var founding = large.parse().toEither().getOrElseThrow(e -> new IllegalStateException(e.toString()));
    return founding.applyTo(PromotionOrganization.builder().id(Fixtures.ORGANIZATION_ID))
        .proposedOn(LocalDate.of(2023, 1, 10))
        .stage(LifecycleStage.RECOGNISED)
        .creditCode(CreditCode.parse(Fixtures.PO_CREDIT_CODE).get())
        .establishedOn(LocalDate.of(2023, 3, 1))
        .recognisedOn(LocalDate.of(2023, 6, 1))
        .build();
  }
}
