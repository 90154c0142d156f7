package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.disclosure.Channel;
import dev.clustergov.core.disclosure.ChannelKind;
import dev.clustergov.core.disclosure.Disclosure;
import dev.clustergov.core.disclosure.DisclosureId;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The Art.14 rules, each on both sides of its clause. */
class DisclosureRulesTest {

  private static final LocalDate ESTABLISHED = LocalDate.of(2024, 6, 1);

  private static PromotionOrganization po() {
    return PromotionOrganization.builder().from(Fixtures.compliantOrganization())
        .stage(LifecycleStage.RECOGNISED).establishedOn(ESTABLISHED).build();
  }

  private static DisclosureObligation obligation(LocalDate arisen, Optional<LocalDate> published) {
    DisclosureObligation o = DisclosureObligation.arising(new DisclosureObligationId("dob-1"), Fixtures.ORGANIZATION_ID,
        "OrganizationSuspended", 7, arisen, 30);
    return published.map(p -> o.fulfilledBy(disclosure(DisclosureKind.MAJOR_MATTER, OptionalInt.empty(), p))).orElse(o);
  }

  private static Disclosure disclosure(DisclosureKind kind, OptionalInt year, LocalDate on) {
    return new Disclosure(new DisclosureId("dis-" + on), 1, Fixtures.ORGANIZATION_ID, kind, year,
        kind == DisclosureKind.MAJOR_MATTER ? Optional.of(new DisclosureObligationId("dob-1")) : Optional.empty(), on,
        new Channel(ChannelKind.WEBSITE, "https://www.sznano.org.cn/xxgk"), "公告");
  }

  private static Outcome majorMatter(DisclosureObligation o, LocalDate on) {
    Dossier d = Dossier.builder().from(Fixtures.dossier(po())).addDisclosureObligations(o).build();
    Outcome disclosed = DisclosureRules.MAJOR_MATTER_DISCLOSED.evaluate(d, Fixtures.baseline(), on);
    Outcome onTime = DisclosureRules.MAJOR_MATTER_ON_TIME.evaluate(d, Fixtures.baseline(), on);
    assertThat(disclosed.failed() && onTime.failed()).as("an obligation is overdue or late, never both").isFalse();
    return disclosed.failed() ? disclosed : onTime;
  }

  private static Outcome annual(PromotionOrganization o, List<Disclosure> reports, Policy policy, LocalDate on) {
    Dossier d = Dossier.builder().from(Fixtures.dossier(o)).disclosures(reports).build();
    Outcome disclosed = DisclosureRules.ANNUAL_REPORT_DISCLOSED.evaluate(d, policy, on);
    Outcome onTime = DisclosureRules.ANNUAL_REPORT_ON_TIME.evaluate(d, policy, on);
    return disclosed.failed() ? disclosed : onTime;
  }

  @Test
  void a_late_disclosure_is_an_on_time_finding_and_no_longer_an_overdue_one() {
    DisclosureObligation late = obligation(LocalDate.of(2025, 12, 15), Optional.of(LocalDate.of(2026, 1, 20)));
    Dossier d = Dossier.builder().from(Fixtures.dossier(po())).addDisclosureObligations(late).build();

    assertThat(DisclosureRules.MAJOR_MATTER_DISCLOSED.evaluate(d, Fixtures.baseline(), LocalDate.of(2026, 1, 19)).failed()).isTrue();
    assertThat(DisclosureRules.MAJOR_MATTER_DISCLOSED.evaluate(d, Fixtures.baseline(), LocalDate.of(2026, 1, 20)).passed()).isTrue();
    assertThat(DisclosureRules.MAJOR_MATTER_ON_TIME.evaluate(d, Fixtures.baseline(), LocalDate.of(2026, 1, 20)).evidence().get(0).value())
        .contains("LATE 6 days");
  }

  private static Policy pack(Map<String, String> values) {
    PolicyPack p = PolicyPack.parse(Fixtures.SUZHOU, LocalDate.of(2020, 1, 1), 1, Text.of("苏州", "Suzhou"), values)
        .toEither().getOrElseThrow(e -> new IllegalStateException(e.toString()));
    return PolicyResolver.resolve(List.of(p), Fixtures.SUZHOU, LocalDate.of(2030, 1, 1));
  }

  @Test
  void a_major_matter_disclosed_on_its_due_day_passes() {
    LocalDate arisen = LocalDate.of(2025, 12, 15);   // due 2026-01-14, across the year end

    assertThat(majorMatter(obligation(arisen, Optional.of(LocalDate.of(2026, 1, 14))), LocalDate.of(2026, 3, 1)).passed()).isTrue();
  }

  @Test
  void a_major_matter_disclosed_a_day_late_fails_with_one_day() {
    Outcome o = majorMatter(obligation(LocalDate.of(2025, 12, 15), Optional.of(LocalDate.of(2026, 1, 15))), LocalDate.of(2026, 3, 1));

    assertThat(o.failed()).isTrue();
    assertThat(o.evidence().get(0).value()).contains("due 2026-01-14: LATE 1 days");
  }

  @Test
  void a_major_matter_not_disclosed_fails_once_its_due_day_has_passed_with_the_days_overdue() {
    DisclosureObligation open = obligation(LocalDate.of(2024, 2, 10), Optional.empty());   // due 2024-03-11 (leap February)

    assertThat(majorMatter(open, LocalDate.of(2024, 3, 11)).passed()).isTrue();
    assertThat(majorMatter(open, LocalDate.of(2024, 3, 12)).evidence().get(0).value()).contains("due 2024-03-11: OVERDUE 1 days");
  }

  @Test
  void a_disclosure_published_after_the_assessment_day_does_not_count_yet() {
    DisclosureObligation later = obligation(LocalDate.of(2025, 1, 1), Optional.of(LocalDate.of(2025, 3, 1)));

    assertThat(majorMatter(later, LocalDate.of(2025, 2, 10)).evidence().get(0).value()).contains("OVERDUE 10 days");
  }

  @Test
  void an_annual_report_published_by_31_may_of_the_next_year_passes_and_one_missing_fails_from_1_june() {
    Disclosure onTime = disclosure(DisclosureKind.ANNUAL_REPORT, OptionalInt.of(2024), LocalDate.of(2025, 5, 31));

    assertThat(annual(po(), List.of(onTime), Fixtures.baseline(), LocalDate.of(2025, 6, 1)).passed()).isTrue();
    assertThat(annual(po(), List.of(), Fixtures.baseline(), LocalDate.of(2025, 5, 31)).passed()).isTrue();
    assertThat(annual(po(), List.of(), Fixtures.baseline(), LocalDate.of(2025, 6, 1)).evidence().get(0).value())
        .isEqualTo("[2024 due 2025-05-31: OVERDUE 1 days]");
  }

  @Test
  void a_report_of_another_year_does_not_count() {
    Disclosure wrongYear = disclosure(DisclosureKind.ANNUAL_REPORT, OptionalInt.of(2023), LocalDate.of(2025, 3, 1));

    assertThat(annual(po(), List.of(wrongYear), Fixtures.baseline(), LocalDate.of(2025, 6, 1)).failed()).isTrue();
  }

  @Test
  void a_po_dissolved_before_the_year_ended_owes_no_report_for_it() {
    PromotionOrganization dissolved = PromotionOrganization.builder().from(po())
        .stage(LifecycleStage.DISSOLVED).stageChangedOn(LocalDate.of(2024, 12, 31)).build();
    PromotionOrganization dissolvedAfter = PromotionOrganization.builder().from(dissolved).stageChangedOn(LocalDate.of(2025, 1, 1)).build();

    assertThat(annual(dissolved, List.of(), Fixtures.baseline(), LocalDate.of(2026, 1, 1)).passed()).isTrue();
    assertThat(annual(dissolvedAfter, List.of(), Fixtures.baseline(), LocalDate.of(2026, 1, 1)).failed()).isTrue();
  }

  @Test
  void a_years_report_is_owed_by_a_po_established_by_the_policys_day_of_that_year_and_not_by_one_established_after() {
    // attack pass F12 (decision 0519): a PO established on 2024-12-08 owed a 2024 report; the baseline keeps that reading
    // (凡在12月31日以前登记成立的……均应参加年检), a local pack of 06-30 moves a PO established later to the next year
    PromotionOrganization december = PromotionOrganization.builder().from(po()).establishedOn(LocalDate.of(2024, 12, 8)).build();
    PromotionOrganization lastDay = PromotionOrganization.builder().from(po()).establishedOn(LocalDate.of(2024, 12, 31)).build();
    PromotionOrganization newYear = PromotionOrganization.builder().from(po()).establishedOn(LocalDate.of(2025, 1, 1)).build();
    LocalDate after2024Due = LocalDate.of(2025, 6, 1);
    assertThat(annual(december, List.of(), Fixtures.baseline(), after2024Due).evidence().get(0).value())
        .isEqualTo("[2024 due 2025-05-31: OVERDUE 1 days]");
    assertThat(annual(lastDay, List.of(), Fixtures.baseline(), after2024Due).failed()).isTrue();
    assertThat(annual(newYear, List.of(), Fixtures.baseline(), after2024Due).passed()).isTrue();

    Policy midYear = pack(Map.of("disclosure.annualReportEstablishedBy", "06-30"));
    PromotionOrganization june30 = PromotionOrganization.builder().from(po()).establishedOn(LocalDate.of(2024, 6, 30)).build();
    PromotionOrganization july1 = PromotionOrganization.builder().from(po()).establishedOn(LocalDate.of(2024, 7, 1)).build();
    assertThat(annual(june30, List.of(), midYear, after2024Due).failed()).as("established on the day: owes 2024").isTrue();
    assertThat(annual(july1, List.of(), midYear, after2024Due).passed()).as("established the day after: owes no 2024 report").isTrue();
    assertThat(annual(december, List.of(), midYear, after2024Due).passed()).isTrue();
    // its first report is the next year's, owed as any other
    assertThat(annual(december, List.of(), midYear, LocalDate.of(2026, 6, 1)).evidence().get(0).value())
        .isEqualTo("[2025 due 2026-05-31: OVERDUE 1 days]");
  }

  @Test
  void a_local_date_of_29_february_is_the_28th_in_a_common_year() {
    Policy leapDay = pack(Map.of("disclosure.annualReportDue", "02-29"));

    assertThat(annual(po(), List.of(), leapDay, LocalDate.of(2025, 2, 28)).passed()).isTrue();
    assertThat(annual(po(), List.of(), leapDay, LocalDate.of(2025, 3, 1)).evidence().get(0).value())
        .isEqualTo("[2024 due 2025-02-28: OVERDUE 1 days]");
    Disclosure on29 = disclosure(DisclosureKind.ANNUAL_REPORT, OptionalInt.of(2027), LocalDate.of(2028, 2, 29));
    PromotionOrganization from2027 = PromotionOrganization.builder().from(po()).establishedOn(LocalDate.of(2027, 1, 1)).build();
    assertThat(annual(from2027, List.of(on29), leapDay, LocalDate.of(2028, 3, 1)).passed()).isTrue();
  }

  @Test
  void both_rules_are_advisory_until_a_pack_makes_them_binding() {
    Policy binding = pack(Map.of("rules.bindingAdvisories", "A14-annual-report-disclosed"));

    assertThat(DisclosureRules.ANNUAL_REPORT_DISCLOSED.severityUnder(Fixtures.baseline())).isEqualTo(Severity.ADVISORY);
    assertThat(DisclosureRules.ANNUAL_REPORT_DISCLOSED.severityUnder(binding)).isEqualTo(Severity.BLOCKING);
    assertThat(DisclosureRules.MAJOR_MATTER_DISCLOSED.severityUnder(binding)).isEqualTo(Severity.ADVISORY);
  }

  @Test
  void every_rule_and_guard_of_art_14_cites_it() {
    assertThat(RuleBook.standard().idsCiting(dev.clustergov.core.guideline.Citation.article(14))).containsExactly(
        "A14-major-matter-disclosed", "A14-major-matter-on-time", "A14-annual-report-disclosed", "A14-annual-report-on-time",
        "A14-public-channel", "A14-own-obligation", "A14-disclosure-date", "A14-decision-date");
  }
}
