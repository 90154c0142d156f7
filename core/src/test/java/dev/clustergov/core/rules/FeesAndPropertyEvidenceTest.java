package dev.clustergov.core.rules;

import static dev.clustergov.core.testkit.fixtures.Fixtures.TODAY;
import static dev.clustergov.core.testkit.fixtures.Fixtures.baseline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.finance.ChargeBasis;
import dev.clustergov.core.finance.Expenditure;
import dev.clustergov.core.finance.FeeKind;
import dev.clustergov.core.finance.FeeSchedule;
import dev.clustergov.core.finance.FeeScheduleId;
import dev.clustergov.core.finance.IncomeEntry;
import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.finance.LedgerEntryId;
import dev.clustergov.core.finance.PayeeRelation;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.testkit.contract.FinanceSamples;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Art.11 (要建立公开透明的会费或服务收费标准制度) re-checked over the books, one way of charging outside a published
 * standard at a time, with the exact reason the rule gives; and Art.10 (不得侵占、私分、挪用): what the finding says
 * about each suspect payment and their total. The price list is {@link FinanceSamples#edition}: 材料检测 800.00 fixed.
 */
class FeesAndPropertyEvidenceTest {

  static final OrganizationId ID = Fixtures.ORGANIZATION_ID;
  static final LocalDate PUBLISHED = FinanceSamples.DAY;
  static final LocalDate SECOND_EDITION = PUBLISHED.plusDays(10);

  static FeeSchedule serviceFees(String id) {
    return FinanceSamples.schedule(id, ID);
  }

  static FeeSchedule dues(String id) {
    return new FeeSchedule(new FeeScheduleId(id), 0, ID, FeeKind.DUES, "会费标准", List.of(FinanceSamples.edition(1, PUBLISHED)));
  }

  static IncomeEntry charge(IncomeKind kind, String schedule, int edition, String item, String amount, LocalDate on) {
    return new IncomeEntry(new LedgerEntryId("in-1"), ID, kind, Money.yuan(amount), on, "会员单位甲",
        Optional.of(new ChargeBasis(new FeeScheduleId(schedule), edition, item, Optional.empty())), on);
  }

  static IncomeEntry test(String schedule, int edition, String amount, LocalDate on) {
    return charge(IncomeKind.SERVICE_INCOME, schedule, edition, "test", amount, on);
  }

  static Outcome books(List<FeeSchedule> schedules, IncomeEntry... income) {
    Dossier d = ImmutableDossier.copyOf(Fixtures.compliantDossier()).withFeeSchedules(schedules).withIncome(income);
    return ManagementRules.CHARGES_UNDER_STANDARDS.evaluate(d, baseline(), TODAY);
  }

  static String problems(Outcome o) {
    assertThat(o.failed()).isTrue();
    return o.evidence().get(0).toString();
  }

  @Test
  void a_charge_at_the_published_price_of_the_edition_in_force_passes_and_is_counted() {
    Outcome o = books(List.of(serviceFees("fee-1")), test("fee-1", 1, "800.00", PUBLISHED),
        FinanceSamples.donation("in-2", ID, PUBLISHED, "99.00"));
    assertThat(o.passed()).isTrue();
    assertThat(o.evidence().get(0)).isEqualTo(new Evidence("charges", "1"));
  }

  @Test
  void a_charge_under_a_schedule_that_is_not_published_fails() {
    assertThat(problems(books(List.of(serviceFees("fee-1")), test("fee-9", 1, "800.00", PUBLISHED))))
        .isEqualTo("chargesOutsideStandards=[in-1: schedule fee-9 is not published]");
  }

  @Test
  void the_charge_is_judged_by_the_schedule_it_names_not_the_first_one() {
    assertThat(books(List.of(dues("fee-0"), serviceFees("fee-1")), test("fee-1", 1, "800.00", PUBLISHED)).passed()).isTrue();
  }

  @Test
  void dues_charged_under_a_service_fee_schedule_fail() {
    assertThat(problems(books(List.of(serviceFees("fee-1")),
        charge(IncomeKind.MEMBERSHIP_DUES, "fee-1", 1, "test", "800.00", PUBLISHED))))
        .isEqualTo("chargesOutsideStandards=[in-1: MEMBERSHIP_DUES charged under a SERVICE_FEES schedule]");
  }

  @Test
  void a_charge_the_day_before_the_first_edition_was_published_fails_and_on_the_day_passes() {
    LocalDate before = PUBLISHED.minusDays(1);
    assertThat(problems(books(List.of(serviceFees("fee-1")), test("fee-1", 1, "800.00", before))))
        .isEqualTo("chargesOutsideStandards=[in-1: no edition of fee-1 was published on or before " + before + "]");
    assertThat(books(List.of(serviceFees("fee-1")), test("fee-1", 1, "800.00", PUBLISHED)).passed()).isTrue();
  }

  @Test
  void a_charge_one_fen_above_the_price_fails_naming_the_item_and_edition() {
    assertThat(problems(books(List.of(serviceFees("fee-1")), test("fee-1", 1, "800.01", PUBLISHED))))
        .startsWith("chargesOutsideStandards=[in-1: 800.01 is not the price of test in fee-1 edition 1: ");
    assertThat(problems(books(List.of(serviceFees("fee-1")), test("fee-1", 1, "799.99", PUBLISHED))))
        .startsWith("chargesOutsideStandards=[in-1: 799.99 is not the price of test in fee-1 edition 1: ");
  }

  @Test
  void a_charge_for_an_item_the_edition_does_not_have_fails() {
    assertThat(problems(books(List.of(serviceFees("fee-1")),
        charge(IncomeKind.SERVICE_INCOME, "fee-1", 1, "massage", "800.00", PUBLISHED))))
        .isEqualTo("chargesOutsideStandards=[in-1: edition 1 of fee-1 in force on " + PUBLISHED + " has no item massage]");
  }

  @Test
  void a_charge_naming_a_superseded_edition_fails_from_the_day_the_next_is_published() {
    FeeSchedule two = serviceFees("fee-1").withEdition(FinanceSamples.edition(2, SECOND_EDITION));
    assertThat(books(List.of(two), test("fee-1", 1, "800.00", SECOND_EDITION.minusDays(1))).passed()).isTrue();
    assertThat(problems(books(List.of(two), test("fee-1", 1, "800.00", SECOND_EDITION))))
        .isEqualTo("chargesOutsideStandards=[in-1: charged under edition 1 but edition 2 was in force]");
    assertThat(books(List.of(two), test("fee-1", 2, "800.00", SECOND_EDITION)).passed()).isTrue();
    assertThat(problems(books(List.of(two), test("fee-1", 2, "800.00", SECOND_EDITION.minusDays(1)))))
        .isEqualTo("chargesOutsideStandards=[in-1: charged under edition 2 but edition 1 was in force]");
  }

  /**
   * Issue 20: what a person reads of each charge outside the standards names the charge by its day and amount, the
   * schedule by its title and the item by its name, in Chinese and in English alike — the ids only in the JSON.
   */
  @Test
  void each_charge_outside_the_standards_is_said_in_chinese_and_english_without_ids() {
    FeeSchedule two = serviceFees("fee-1").withEdition(FinanceSamples.edition(2, SECOND_EDITION));
    List<Outcome> failed = List.of(
        books(List.of(serviceFees("fee-1")), test("fee-9", 1, "800.00", PUBLISHED)),
        books(List.of(serviceFees("fee-1")), charge(IncomeKind.MEMBERSHIP_DUES, "fee-1", 1, "test", "800.00", PUBLISHED)),
        books(List.of(serviceFees("fee-1")), test("fee-1", 1, "800.00", PUBLISHED.minusDays(1))),
        books(List.of(serviceFees("fee-1")), test("fee-1", 1, "800.01", PUBLISHED)),
        books(List.of(serviceFees("fee-1")), charge(IncomeKind.SERVICE_INCOME, "fee-1", 1, "massage", "800.00", PUBLISHED)),
        books(List.of(two), test("fee-1", 1, "800.00", SECOND_EDITION)));
    List<String> found = new java.util.ArrayList<>();
    for (Outcome o : failed) {
      dev.clustergov.core.kernel.Text line = o.evidence().get(0).line();
      dev.clustergov.core.testkit.ChineseTerms.lineProblems(line.zh()).forEach(p -> found.add(line.zh() + " — " + p));
      dev.clustergov.core.testkit.ChineseTerms.mismatch(line.zh(), line.en()).forEach(p -> found.add(line.zh() + " | " + line.en() + " — " + p));
      if (line.en().matches("(?s).*\\b(in|fee)-\\d.*")) {
        found.add(line.en() + " — an id in the English words");
      }
    }
    assertThat(found).isEmpty();
    // each fact once (decision 0601): the charge by its day, kind and amount, then what is wrong with it
    String title = serviceFees("fee-1").title();
    String item = FinanceSamples.edition(1, PUBLISHED).item("test").orElseThrow().name();
    assertThat(failed.get(3).evidence().get(0).line()).isEqualTo(dev.clustergov.core.kernel.Text.of(
        "未按公开收费标准收取的费用：" + dev.clustergov.core.kernel.Dates.zh(PUBLISHED) + "收取的服务收费800.01元不是“" + title + "”第1版中“"
            + item + "”的收费金额",
        "charges outside the published standards: 800.01 yuan of service fees received on " + dev.clustergov.core.kernel.Dates.en(PUBLISHED)
            + " is not the price of “" + item + "” in edition 1 of “" + title + "”"));
    for (Outcome o : failed) {
      dev.clustergov.core.kernel.Text line = o.evidence().get(0).line();
      assertThat(line.zh()).as("the amount said once: %s", line.zh()).containsOnlyOnce("800.0");
      assertThat(line.en()).as("the amount said once: %s", line.en()).containsOnlyOnce("800.0");
      assertThat(java.util.regex.Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日").matcher(line.zh()).results().count())
          .as("the day said once: %s", line.zh()).isEqualTo(1);
      assertThat(java.util.regex.Pattern.compile("\\d{1,2} [A-Z][a-z]+ \\d{4}").matcher(line.en()).results().count())
          .as("the day said once: %s", line.en()).isEqualTo(1);
    }
  }

  /**
   * The refusal of a charge (A11-charge-under-published-standard) names its day and its amount as evidence of their own;
   * the problem says neither again (decision 0601).
   */
  @Test
  void a_refused_charge_says_its_day_and_amount_once() {
    ManagementRules.Charging.UnderSchedule off = new ManagementRules.Charging.UnderSchedule(ID, new FeeScheduleId("fee-1"),
        Optional.of(serviceFees("fee-1")), PUBLISHED, "test", Optional.empty(), Money.yuan("800.01"));
    Finding f = ManagementRules.CHARGE_UNDER_STANDARD.check(off).orElseThrow();
    String zh = String.join("；", f.evidence().stream().map(e -> e.line().zh()).toList());
    String en = String.join("; ", f.evidence().stream().map(e -> e.line().en()).toList());
    assertThat(zh).containsOnlyOnce("800.01").containsOnlyOnce(dev.clustergov.core.kernel.Dates.zh(PUBLISHED)).contains("所收金额不是“");
    assertThat(en).containsOnlyOnce("800.01").containsOnlyOnce(dev.clustergov.core.kernel.Dates.en(PUBLISHED))
        .contains("the amount charged is not the price of “");

    ManagementRules.Charging.UnderSchedule early = new ManagementRules.Charging.UnderSchedule(ID, new FeeScheduleId("fee-1"),
        Optional.of(serviceFees("fee-1")), PUBLISHED.minusDays(1), "test", Optional.empty(), Money.yuan("800.00"));
    Finding g = ManagementRules.CHARGE_UNDER_STANDARD.check(early).orElseThrow();
    assertThat(String.join("；", g.evidence().stream().map(e -> e.line().zh()).toList()))
        .containsOnlyOnce(dev.clustergov.core.kernel.Dates.zh(PUBLISHED.minusDays(1))).containsOnlyOnce("800.00");
  }

  @Test
  void the_shared_charge_check_says_nothing_about_a_charge_at_its_standard() {
    assertThat(ManagementRules.chargeProblem(serviceFees("fee-1"), PUBLISHED, "test", Optional.empty(), Money.yuan("800.00"))).isEmpty();
    assertThat(ManagementRules.chargeProblem(serviceFees("fee-1"), PUBLISHED, "training", Optional.of("会员"), Money.yuan("0.01")))
        .isEmpty();
    assertThat(ManagementRules.chargeProblem(serviceFees("fee-1"), PUBLISHED, "training", Optional.of("会员"), Money.yuan("0.02")))
        .hasValueSatisfying(p -> assertThat(p).startsWith("0.02 (tier 会员) is not the price of training in fee-1 edition 1: "));
  }

  /** The words of a charge off its tier's price name the tier in both languages, and a charge without a tier names none. */
  @Test
  void the_words_of_a_charge_off_its_price_name_its_tier() {
    var tiered = ManagementRules.chargeWords(serviceFees("fee-1"), PUBLISHED, "training", Optional.of("会员"), Optional.empty());
    assertThat(tiered.zh()).startsWith("所收金额（会员档）不是“").contains("第1版中“");
    assertThat(tiered.en()).startsWith("the amount charged (tier 会员) is not the price of “");
    var plain = ManagementRules.chargeWords(serviceFees("fee-1"), PUBLISHED, "test", Optional.empty(), Optional.empty());
    assertThat(plain.zh()).startsWith("所收金额不是“");
    assertThat(plain.en()).startsWith("the amount charged is not the price of “");
  }

  // ---- Art.10: the evidence of a private taking -------------------------------------------------------

  static Expenditure pay(String id, String payee, PayeeRelation relation, PayeeRelation declared, boolean payroll, boolean onStaff,
      String amount, String scope) {
    return new Expenditure(new LedgerEntryId(id), ID, Money.yuan(amount), TODAY, payee, Optional.empty(), relation, declared, onStaff,
        "用途", payroll, false, Optional.ofNullable(scope), TODAY);
  }

  @Test
  void a_private_taking_is_reported_with_each_payment_described_and_their_exact_total() {
    Dossier d = ImmutableDossier.copyOf(Fixtures.compliantDossier()).withExpenditures(
        pay("exp-1", "工作人员1", PayeeRelation.STAFF, PayeeRelation.OTHER, true, false, "5000.00", null),
        pay("exp-2", "某发起单位", PayeeRelation.FOUNDER, PayeeRelation.FOUNDER, false, false, "1234.56", "理事会旅游"),
        pay("exp-3", "某会展公司", PayeeRelation.OTHER, PayeeRelation.OTHER, false, false, "99999.00", null));
    Outcome o = ManagementRules.NO_PRIVATE_TAKING.evaluate(d, baseline(), TODAY);
    assertThat(o.failed()).isTrue();
    assertThat(o.evidence().get(0).toString()).isEqualTo("suspectExpenditures=["
        + "exp-1 " + TODAY + " 5000.00 to 工作人员1 (STAFF, declared OTHER) for 用途 [payroll declared, payee not on staff] scope=none, "
        + "exp-2 " + TODAY + " 1234.56 to 某发起单位 (FOUNDER) for 用途 scope=理事会旅游]");
    assertThat(o.evidence().get(1)).isEqualTo(new Evidence("suspectTotal", "6234.56"));
  }

  @Test
  void payroll_to_someone_on_the_staff_is_not_a_taking() {
    Dossier d = ImmutableDossier.copyOf(Fixtures.compliantDossier()).withExpenditures(
        pay("exp-1", "工作人员1", PayeeRelation.STAFF, PayeeRelation.STAFF, true, true, "5000.00", null));
    assertThat(ManagementRules.NO_PRIVATE_TAKING.evaluate(d, baseline(), TODAY).passed()).isTrue();
  }
}
