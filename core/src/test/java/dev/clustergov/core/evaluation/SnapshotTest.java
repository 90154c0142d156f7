package dev.clustergov.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.disclosure.Channel;
import dev.clustergov.core.disclosure.ChannelKind;
import dev.clustergov.core.disclosure.Disclosure;
import dev.clustergov.core.disclosure.DisclosureId;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeId;
import dev.clustergov.core.dispute.Step;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.finance.AccountHolder;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.ip.Signature;
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
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.ImmutableDossier;
import dev.clustergov.core.supervision.DisciplinaryAction;
import dev.clustergov.core.supervision.DisciplinaryActionId;
import dev.clustergov.core.supervision.DisciplineKind;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionId;
import dev.clustergov.core.supervision.MeasureId;
import dev.clustergov.core.supervision.MeasureKind;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import dev.clustergov.core.testkit.contract.DisputeSamples;
import dev.clustergov.core.testkit.contract.FinanceSamples;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.gen.IncentiveGens;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The dossier snapshot an evaluation is fingerprinted by (Art.28): what it keeps, in which order, the
 * line each record writes and the SHA-256 of the text. Every expectation is written here by hand — the
 * record ids and lines as they must read, and the digests of the standard's own test vectors — never
 * read back from {@link Snapshot}.
 */
class SnapshotTest {

  static final LocalDate DAY = LocalDate.of(2026, 6, 30);
  static final OrganizationId PO = Fixtures.ORGANIZATION_ID;

  /**
   * Three records of a kind: {@code -10} five days before the day, {@code -3} the day after, {@code -1} on the day — in
   * that order, so that keeping them in the order given would fail the id order {@code -1}, {@code -10}. (Ordering by the
   * records' whole text would give the id order too: see {@link #a_record_s_text_begins_with_its_type_and_id}.)
   */
  static <T> List<T> three(Function<Integer, Function<LocalDate, T>> make) {
    return List.of(make.apply(10).apply(DAY.minusDays(5)), make.apply(3).apply(DAY.plusDays(1)), make.apply(1).apply(DAY));
  }

  static Membership member(int n, LocalDate joined) {
    return new Membership(new MembershipId("member-" + n), 0, PO, "成员" + n, Optional.empty(), MemberKind.ENTERPRISE, joined,
        Optional.empty());
  }

  static ServiceActivity activity(int n, LocalDate on) {
    return new ServiceActivity(new ActivityId("activity-" + n), 0, PO, FunctionItem.all().head(), "活动" + n, on, Delivery.DIRECT,
        List.of(), List.of(), true, Optional.empty(), Outcomes.NONE);
  }

  static Dispute dispute(int n, LocalDate on) {
    return new Dispute(new DisputeId("dispute-" + n), 0, PO, "争议" + n, List.of("甲", "乙"),
        List.of(new Step(StepKind.RAISED, on, "甲", Capacity.MEMBER, Optional.empty(), Optional.empty())));
  }

  /** A dossier with three records of every dated part (see {@link #three}). */
  static Dossier dossier() {
    return ImmutableDossier.copyOf(Fixtures.compliantDossier())
        .withDisclosures(three(n -> on -> new Disclosure(new DisclosureId("disclosure-" + n), 0, PO, DisclosureKind.MAJOR_MATTER,
            OptionalInt.empty(), Optional.of(new DisclosureObligationId("obligation-" + n)), on, new Channel(ChannelKind.WEBSITE, "https://example.org/" + n), "公告" + n)))
        .withDisclosureObligations(three(n -> on -> DisclosureObligation.arising(new DisclosureObligationId("obligation-" + n), PO,
            "SeatAppointed.DECISION", n, on, 30)))
        .withDisputes(three(n -> on -> dispute(n, on)))
        .withIncome(three(n -> on -> FinanceSamples.donation("income-" + n, PO, on, "1000.00")))
        .withExpenditures(three(n -> on -> FinanceSamples.expenditure("spent-" + n, PO, on, "100.00")))
        .withMemberships(three(n -> on -> member(n, on)))
        .withPlatforms(three(n -> on -> new Platform(new PlatformId("platform-" + n), 0, PO, "平台" + n, PlatformKind.PILOT_BASE,
            PlatformRole.BUILT, "运营方", on, true, Optional.empty())))
        .withActivities(three(n -> on -> activity(n, on)))
        .withSanctions(three(n -> on -> IncentiveGens.sanction(PO, Fixtures.AUTHORITY_ID, "sanction-" + n, SanctionKind.WARNING, on,
            Optional.empty())))
        .withInspections(three(n -> on -> new Inspection(new InspectionId("inspection-" + n), 0, PO, Fixtures.AUTHORITY_ID, on, "检查" + n,
            List.of())))
        .withSelfDisciplineMeasures(three(n -> on -> new SelfDisciplineMeasure(new MeasureId("measure-" + n), 0, PO,
            MeasureKind.CONVENTION, "公约" + n, new BodyId("congress"), on)))
        .withDisciplinaryActions(three(n -> on -> new DisciplinaryAction(new DisciplinaryActionId("action-" + n), 0, PO,
            new MembershipId("member-2"), new MeasureId("measure-2"), DisciplineKind.CRITICISM, on, "理由" + n)));
  }

  @Test
  void every_part_keeps_the_records_dated_on_or_before_the_day_in_id_order() {
    Dossier s = Snapshot.of(dossier(), DAY);
    assertThat(s.disclosures()).extracting(x -> x.id().value()).containsExactly("disclosure-1", "disclosure-10");
    assertThat(s.disclosureObligations()).extracting(x -> x.id().value()).containsExactly("obligation-1", "obligation-10");
    assertThat(s.disputes()).extracting(x -> x.id().value()).containsExactly("dispute-1", "dispute-10");
    assertThat(s.income()).extracting(x -> x.id().value()).containsExactly("income-1", "income-10");
    assertThat(s.expenditures()).extracting(x -> x.id().value()).containsExactly("spent-1", "spent-10");
    assertThat(s.memberships()).extracting(x -> x.id().value()).containsExactly("member-1", "member-10");
    assertThat(s.platforms()).extracting(x -> x.id().value()).containsExactly("platform-1", "platform-10");
    assertThat(s.activities()).extracting(x -> x.id().value()).containsExactly("activity-1", "activity-10");
    assertThat(s.sanctions()).extracting(x -> x.id().value()).containsExactly("sanction-1", "sanction-10");
    assertThat(s.inspections()).extracting(x -> x.id().value()).containsExactly("inspection-1", "inspection-10");
    assertThat(s.selfDisciplineMeasures()).extracting(x -> x.id().value()).containsExactly("measure-1", "measure-10");
    assertThat(s.disciplinaryActions()).extracting(x -> x.id().value()).containsExactly("action-1", "action-10");
  }

  @Test
  void the_text_writes_the_header_then_one_line_a_kept_record_of_every_part() {
    String text = Snapshot.text(Snapshot.of(dossier(), DAY), DAY);
    List<String> lines = Arrays.asList(text.split("\n"));
    assertThat(lines.get(0)).isEqualTo("clustergov-dossier/1");
    assertThat(lines.get(1)).isEqualTo("day 2026-06-30");
    assertThat(lines).filteredOn(l -> l.startsWith("period ")).hasSize(1);
    assertThat(lines).filteredOn(l -> l.startsWith("organization ")).hasSize(1);
    assertThat(lines).filteredOn(l -> l.startsWith("cluster ")).hasSize(1);
    assertThat(lines).filteredOn(l -> l.startsWith("authority ")).hasSize(1);
    assertThat(lines).filteredOn(l -> l.startsWith("recognisedPeersInCluster ")).hasSize(1);
    assertThat(lines).last().asString().startsWith("rest ");
    for (String part : List.of("disclosure", "disclosureObligation", "dispute", "income", "expenditure", "membership", "platform",
        "activity", "sanction", "inspection", "selfDisciplineMeasure", "disciplinaryAction")) {
      assertThat(lines).as(part).filteredOn(l -> l.startsWith(part + " ")).hasSize(2);
    }
    // the lines of a part follow the order of the ids
    assertThat(lines).filteredOn(l -> l.startsWith("membership ")).containsExactly(
        "membership member-1|成员1|-|ENTERPRISE|2026-06-30|-", "membership member-10|成员10|-|ENTERPRISE|2026-06-25|-");
  }

  @Test
  void undated_parts_write_a_line_each_too() {
    Dossier d = ImmutableDossier.copyOf(Fixtures.compliantDossier())
        .withIpAgreements(DisputeSamples.drafted("ip-2", PO), DisputeSamples.drafted("ip-1", PO))
        .withFeeSchedules(FinanceSamples.schedule("fees-1", PO))
        .withAccountSharedWith(new AccountHolder(PO, AccountHolder.Role.FOUNDER, "发起单位甲"));
    List<String> lines = Arrays.asList(Snapshot.text(Snapshot.of(d, DAY), DAY).split("\n"));
    assertThat(lines).filteredOn(l -> l.startsWith("ipAgreement ")).hasSize(2);
    assertThat(lines).filteredOn(l -> l.startsWith("feeSchedule ")).hasSize(1);
    assertThat(lines).filteredOn(l -> l.startsWith("accountSharedWith ")).singleElement().asString().contains("发起单位甲");
  }

  /**
   * What makes PIT's mutants of {@code Snapshot.of}'s sort keys ({@code x -> x.id().value()} returning "") equivalent
   * (docs/pit-equivalent-mutants.md): with every key "", {@code sorted} orders the records by their whole text, and a
   * record's text is its type, then {@code [id=}, its id and {@code ", "}. An id has only letters, digits, '.', '_' and
   * '-', all after ',' — so the texts of two records of a part compare as their ids do, and a shared id falls back to the
   * rest of the text, as the original does. Should a record's text ever begin otherwise, this fails and the mutants are
   * no longer known to be equivalent.
   */
  @Test
  void a_record_s_text_begins_with_its_type_and_id() {
    Dossier s = Snapshot.of(ImmutableDossier.copyOf(dossier())
        .withIpAgreements(DisputeSamples.drafted("ip-2", PO), DisputeSamples.drafted("ip-1", PO))
        .withFeeSchedules(FinanceSamples.schedule("fees-2", PO), FinanceSamples.schedule("fees-1", PO)), DAY);
    List<List<? extends Object>> parts = List.of(s.disclosures(), s.disclosureObligations(), s.disputes(), s.ipAgreements(),
        s.income(), s.expenditures(), s.feeSchedules(), s.memberships(), s.platforms(), s.activities(), s.sanctions(),
        s.inspections(), s.selfDisciplineMeasures(), s.disciplinaryActions());
    List<String> ids = List.of("disclosure-1", "obligation-1", "dispute-1", "ip-1", "income-1", "spent-1", "fees-1", "member-1",
        "platform-1", "activity-1", "sanction-1", "inspection-1", "measure-1", "action-1");
    for (int i = 0; i < parts.size(); i++) {
      assertThat(parts.get(i)).as("part %d", i).hasSize(2);
      assertThat(String.valueOf(parts.get(i).get(0))).as("part %d", i)
          .matches("(?s)[A-Za-z]+[\\[{]id=" + java.util.regex.Pattern.quote(ids.get(i)) + ", .*");
    }
  }

  @Test
  void a_membership_and_an_activity_write_every_field_their_free_text_escaped() {
    Membership m = new Membership(new MembershipId("m-1"), 3, PO, "甲|乙,丙-丁\\", Optional.empty(), MemberKind.RESEARCH_INSTITUTE,
        LocalDate.of(2025, 1, 2), Optional.of(LocalDate.of(2026, 1, 3)));
    ServiceActivity a = new ServiceActivity(new ActivityId("a-1"), 2, PO, FunctionItem.all().head(), "路演|对接", LocalDate.of(2026, 5, 6),
        Delivery.DIRECT, List.of(new MembershipId("m-2"), new MembershipId("m-1")), List.of("外,部", "单位"), false,
        Optional.of("限-额"), new Outcomes(Money.yuan("1.50"), Money.ZERO, Money.yuan("2.00"),
            List.of(new TalentIntake(TalentLevel.HIGHLY_SKILLED, 2), new TalentIntake(TalentLevel.LEADING, 1))));
    Dossier d = ImmutableDossier.copyOf(Fixtures.compliantDossier()).withMemberships(m).withActivities(a);
    List<String> lines = Arrays.asList(Snapshot.text(Snapshot.of(d, DAY), DAY).split("\n"));
    String item = FunctionItem.all().head().citation().format();
    assertThat(lines).contains("membership m-1|甲\\\\p乙\\\\c丙\\\\d丁\\\\\\\\|-|RESEARCH_INSTITUTE|2025-01-02|2026-01-03");
    // participants sorted, talents ordered by level, the closed reason marked with +
    assertThat(lines).contains("activity a-1|" + item + "|路演\\\\p对接|2026-05-06|DIRECT|m-1,m-2,|单位,外\\\\c部|false|+限\\\\d额|1.50|0.00|2.00|"
        + "LEADING:1,HIGHLY_SKILLED:2,");
  }

  @Test
  void ends_and_lifts_after_the_day_are_undone_and_later_dispute_steps_dropped() {
    Membership left = new Membership(new MembershipId("m-1"), 0, PO, "甲", Optional.empty(), MemberKind.ENTERPRISE, DAY.minusYears(1),
        Optional.of(DAY.plusDays(1)));
    Membership gone = new Membership(new MembershipId("m-2"), 0, PO, "乙", Optional.empty(), MemberKind.ENTERPRISE, DAY.minusYears(1),
        Optional.of(DAY));
    Sanction liftedLater = IncentiveGens.sanction(PO, Fixtures.AUTHORITY_ID, "s-1", SanctionKind.WARNING, DAY.minusDays(9),
        Optional.of(DAY.plusDays(1)));
    Sanction lifted = IncentiveGens.sanction(PO, Fixtures.AUTHORITY_ID, "s-2", SanctionKind.WARNING, DAY.minusDays(9), Optional.of(DAY));
    Dispute d = dispute(1, DAY.minusDays(3)).with(new Step(StepKind.CONSULTATION_OPENED, DAY, "秘书处", Capacity.SECRETARIAT,
        Optional.empty(), Optional.empty())).with(new Step(StepKind.CONSULTATION_FAILED, DAY.plusDays(1), "秘书处", Capacity.SECRETARIAT,
        Optional.empty(), Optional.empty()));
    Dossier s = Snapshot.of(ImmutableDossier.copyOf(Fixtures.compliantDossier()).withMemberships(left, gone)
        .withSanctions(liftedLater, lifted).withDisputes(d), DAY);
    assertThat(s.memberships()).extracting(Membership::leftOn).containsExactly(Optional.empty(), Optional.of(DAY));
    assertThat(s.sanctions()).extracting(Sanction::liftedOn).containsExactly(Optional.empty(), Optional.of(DAY));
    assertThat(s.disputes().get(0).steps()).extracting(Step::kind).containsExactly(StepKind.RAISED, StepKind.CONSULTATION_OPENED);
  }

  @Test
  void an_ip_agreement_keeps_the_revisions_and_signatures_given_by_the_day_and_one_drafted_later_is_left_out() {
    LocalDate drafted = DisputeSamples.DAY;
    IpAgreement a = DisputeSamples.amendedHalfSigned("ip-1", PO);
    Dossier d = ImmutableDossier.copyOf(Fixtures.compliantDossier()).withIpAgreements(a);

    assertThat(Snapshot.of(d, drafted.minusDays(1)).ipAgreements()).as("drafted after the day").isEmpty();
    IpAgreement twoSigned = Snapshot.of(d, drafted.plusDays(1)).ipAgreements().get(0);
    assertThat(twoSigned.revisions()).singleElement().extracting(r -> r.signatures().size()).isEqualTo(2);
    assertThat(twoSigned.inForce()).as("the partner signed the next day").isFalse();
    IpAgreement inForce = Snapshot.of(d, drafted.plusDays(2)).ipAgreements().get(0);
    assertThat(inForce.inForce()).isTrue();
    IpAgreement amendmentUnsigned = Snapshot.of(d, drafted.plusDays(30)).ipAgreements().get(0);
    assertThat(amendmentUnsigned.revisions()).hasSize(2);
    assertThat(amendmentUnsigned.latest().signatures()).isEmpty();
    assertThat(amendmentUnsigned.effective().orElseThrow().number()).isEqualTo(1);
  }

  @Test
  void a_signature_given_after_the_day_changes_neither_the_snapshot_nor_its_hash() {
    IpAgreement a = DisputeSamples.amendedHalfSigned("ip-1", PO);
    LocalDate day = DisputeSamples.DAY.plusDays(35);
    IpAgreement later = a.withLatest(a.latest().with(new Signature(DisputeSamples.GOVERNMENT, "李主任", day.plusDays(1))));
    Dossier before = ImmutableDossier.copyOf(Fixtures.compliantDossier()).withIpAgreements(a);
    Dossier after = ImmutableDossier.copyOf(Fixtures.compliantDossier()).withIpAgreements(later);

    assertThat(Snapshot.text(Snapshot.of(after, day), day)).isEqualTo(Snapshot.text(Snapshot.of(before, day), day));
    assertThat(Snapshot.text(Snapshot.of(after, day.plusDays(1)), day.plusDays(1)))
        .as("from its own day on it is there").isNotEqualTo(Snapshot.text(Snapshot.of(before, day.plusDays(1)), day.plusDays(1)));
  }

  @Test
  void two_records_sharing_an_id_are_ordered_by_their_text_whatever_order_they_came_in() {
    Membership b = member(1, DAY.minusDays(2));
    Membership a = new Membership(b.id(), 0, PO, "另一成员", Optional.empty(), MemberKind.ENTERPRISE, DAY.minusDays(2), Optional.empty());
    Membership c = member(0, DAY.minusDays(2));
    Dossier one = Snapshot.of(ImmutableDossier.copyOf(Fixtures.compliantDossier()).withMemberships(b, c, a), DAY);
    Dossier two = Snapshot.of(ImmutableDossier.copyOf(Fixtures.compliantDossier()).withMemberships(a, b, c), DAY);
    // "Membership[id=MembershipId[value=member-1], …, name=另一成员" sorts before "…, name=成员1" (U+53E6 < U+6210)
    assertThat(one.memberships()).extracting(Membership::name).containsExactly("成员0", "另一成员", "成员1");
    assertThat(two.memberships()).extracting(Membership::name).containsExactly("成员0", "另一成员", "成员1");
    // and when the only two records share it
    assertThat(Snapshot.of(ImmutableDossier.copyOf(Fixtures.compliantDossier()).withMemberships(b, a), DAY).memberships())
        .extracting(Membership::name).containsExactly("另一成员", "成员1");
  }

  @Test
  void the_hash_is_the_sha_256_of_the_text_in_lower_case_hex() {
    // the test vectors of FIPS 180-2
    assertThat(Snapshot.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Snapshot.hash("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  /** The parts {@link Snapshot#keeping} sifts record by record, named as the snapshot's entries name them. */
  static final List<String> SIFTED = List.of("disclosure", "disclosureObligation", "dispute", "ipAgreement", "income", "expenditure",
      "feeSchedule", "membership", "platform", "activity", "sanction", "inspection", "selfDisciplineMeasure", "disciplinaryAction");

  /**
   * The dossier as recorded by a moment (decision 0505): keeping every record gives the dossier's own lines; keeping none
   * leaves only the parts that are one value; refusing one record (by its part and key) drops exactly its line, for a
   * record of every sifted part.
   */
  @Test
  void keeping_drops_exactly_the_records_it_refuses_by_part_and_key() {
    Dossier canonical = Snapshot.of(ImmutableDossier.copyOf(dossier())
        .withIpAgreements(DisputeSamples.drafted("ip-1", PO)).withFeeSchedules(FinanceSamples.schedule("fees-1", PO)), DAY);
    List<Snapshot.Entry> all = Snapshot.entries(canonical, DAY);
    assertThat(Snapshot.entries(Snapshot.keeping(canonical, (part, key) -> true), DAY)).isEqualTo(all);
    List<Snapshot.Entry> none = Snapshot.entries(Snapshot.keeping(canonical, (part, key) -> false), DAY);
    assertThat(none).extracting(Snapshot.Entry::part).doesNotContainAnyElementsOf(SIFTED)
        .contains("day", "period", "organization", "cluster", "authority", "recognisedPeersInCluster");
    assertThat(none).isEqualTo(all.stream().filter(e -> !SIFTED.contains(e.part())).toList());
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (Snapshot.Entry e : all) {
      if (SIFTED.contains(e.part())) {
        seen.add(e.part());
        List<Snapshot.Entry> without = Snapshot.entries(
            Snapshot.keeping(canonical, (part, key) -> !(part.equals(e.part()) && key.equals(e.key()))), DAY);
        assertThat(without).as(e.part() + " " + e.key()).isEqualTo(all.stream().filter(x -> x != e).toList());
      }
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(SIFTED);
  }

  /** A dossier as recorded writes the text of its lines, whose hash is the snapshot's; its moment is a sequence number, 0 or more. */
  @Test
  void a_dossier_as_recorded_writes_the_snapshots_text_and_hash() {
    Dossier canonical = Snapshot.of(dossier(), DAY);
    List<Snapshot.Entry> lines = new java.util.ArrayList<>(Snapshot.entries(canonical, DAY));
    var id = new dev.clustergov.core.supervision.EvaluationId("evaluation-1");
    DossierAsRecorded kept = new DossierAsRecorded(id, 0, lines);
    lines.clear();
    assertThat(kept.entries()).isNotEmpty();
    assertThat(kept.text()).isEqualTo(Snapshot.text(canonical, DAY)).startsWith(Snapshot.FORMAT);
    assertThat(kept.hash()).isEqualTo(Snapshot.hash(Snapshot.text(canonical, DAY))).hasSize(64);
    assertThat(new DossierAsRecorded(id, 7, List.of()).recordedThrough()).isEqualTo(7);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DossierAsRecorded(id, -1, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DossierAsRecorded(null, 0, List.of()))
        .isInstanceOf(NullPointerException.class);
  }
}
