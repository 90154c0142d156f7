package dev.clustergov.core.rules;

import static dev.clustergov.core.testkit.fixtures.Fixtures.TODAY;
import static dev.clustergov.core.testkit.fixtures.Fixtures.baseline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.finance.AccountHolder;
import dev.clustergov.core.finance.BankAccount;
import dev.clustergov.core.finance.ChargeBasis;
import dev.clustergov.core.finance.Expenditure;
import dev.clustergov.core.finance.FeeScheduleId;
import dev.clustergov.core.finance.IncomeEntry;
import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.finance.LedgerEntryId;
import dev.clustergov.core.finance.PayeeRelation;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.management.HireTerms;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.management.StaffMember;
import dev.clustergov.core.organization.Founder;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.contract.FinanceSamples;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of Art.9–13 holds on the compliant dossier and fails on a breakage of exactly its clause. */
class ManagementRulesTest {

  static final PromotionOrganization PO = Fixtures.compliantOrganization();
  static final OrganizationId ID = PO.id();

  static Dossier base() {
    return Fixtures.compliantDossier();
  }

  static UnaryOperator<Dossier> org(UnaryOperator<PromotionOrganization> f) {
    return d -> d.with(f.apply(d.organization()));
  }

  static Expenditure pay(String payee, PayeeRelation relation, boolean payroll, boolean onStaff, boolean feeFunded, String scope) {
    return new Expenditure(new LedgerEntryId("exp-1"), ID, Money.yuan("5000.00"), TODAY, payee, Optional.empty(), relation,
        PayeeRelation.OTHER, onStaff, "用途", payroll, feeFunded, Optional.ofNullable(scope), TODAY);
  }

  static UnaryOperator<Dossier> spend(Expenditure e) {
    return d -> ImmutableDossier.copyOf(d).withExpenditures(e);
  }

  static StaffMember hire(Recruitment r, String salary, String benchmark) {
    return new StaffMember(new PersonId("staff-new"), "吴昊", StaffCategory.MANAGEMENT, r,
        Optional.of(new HireTerms(TODAY, Money.yuan(salary), Money.yuan(benchmark))));
  }

  static UnaryOperator<Dossier> staff(StaffMember s) {
    return org(o -> {
      List<StaffMember> all = new ArrayList<>(o.staff());
      all.add(s);
      return PromotionOrganization.builder().from(o).staff(all).build();
    });
  }

  static UnaryOperator<Dossier> without(ManagementSystemKind k) {
    return org(o -> PromotionOrganization.builder().from(o)
        .managementSystems(o.managementSystems().stream().filter(s -> s.kind() != k).toList()).build());
  }

  static final String SCOPE = "技术创新协同服务";

  /** rule id → (a compliant variation that must pass, a breakage that must fail). */
  static final Map<String, List<UnaryOperator<Dossier>>> CASES = Map.ofEntries(
      Map.entry("A9-personnel-system", List.of(d -> d, without(ManagementSystemKind.PERSONNEL))),
      Map.entry("A9-administrative-system", List.of(d -> d, without(ManagementSystemKind.ADMINISTRATIVE))),
      Map.entry("A9-financial-system", List.of(d -> d, without(ManagementSystemKind.FINANCIAL))),
      Map.entry("A9-business-system", List.of(d -> d, without(ManagementSystemKind.BUSINESS))),
      Map.entry("A9-confidentiality-security-system", List.of(d -> d, without(ManagementSystemKind.CONFIDENTIALITY_SECURITY))),
      Map.entry("A10-no-private-taking", List.of(
          spend(pay("工作人员1", PayeeRelation.STAFF, true, true, false, null)),
          spend(pay("工作人员1", PayeeRelation.STAFF, true, false, false, null)))),
      Map.entry("A11-charges-under-published-standards", List.of(
          d -> ImmutableDossier.copyOf(d).withFeeSchedules(FinanceSamples.schedule("fee-1", ID))
              .withIncome(new IncomeEntry(new LedgerEntryId("in-1"), ID, IncomeKind.SERVICE_INCOME, Money.yuan("800.00"), TODAY, "甲",
                  Optional.of(new ChargeBasis(new FeeScheduleId("fee-1"), 1, "test", Optional.empty())), TODAY)),
          d -> ImmutableDossier.copyOf(d).withFeeSchedules(FinanceSamples.schedule("fee-1", ID))
              .withIncome(new IncomeEntry(new LedgerEntryId("in-1"), ID, IncomeKind.SERVICE_INCOME, Money.yuan("800.01"), TODAY, "甲",
                  Optional.of(new ChargeBasis(new FeeScheduleId("fee-1"), 1, "test", Optional.empty())), TODAY)))),
      Map.entry("A11-fees-for-business-scope", List.of(
          spend(pay("某会展公司", PayeeRelation.OTHER, false, false, true, SCOPE)),
          spend(pay("某会展公司", PayeeRelation.OTHER, false, false, true, "理事会旅游")))),
      Map.entry("A12-own-account", List.of(d -> d, org(o -> PromotionOrganization.builder().from(o)
          .bankAccount(new BankAccount("苏州纳衡科技有限公司", "1", "银行")).build()))),
      Map.entry("A12-account-not-shared", List.of(
          d -> ImmutableDossier.copyOf(d).withAccountSharedWith(new AccountHolder(ID, AccountHolder.Role.ORGANIZATION, PO.name())),
          d -> ImmutableDossier.copyOf(d).withAccountSharedWith(new AccountHolder(ID, AccountHolder.Role.ORGANIZATION, PO.name()),
              new AccountHolder(new OrganizationId("org-other"), AccountHolder.Role.FOUNDER, "某公司")))),
      Map.entry("A13-open-recruitment", List.of(staff(hire(Recruitment.OPEN_RECRUITMENT, "100.00", "100.00")),
          staff(hire(Recruitment.SECONDMENT, "100.00", "100.00")))),
      Map.entry("A13-market-salary", List.of(staff(hire(Recruitment.OPEN_RECRUITMENT, "15000.00", "10000.00")),
          staff(hire(Recruitment.OPEN_RECRUITMENT, "15000.01", "10000.00")))));

  static Stream<Arguments> rules() {
    return ManagementRules.ALL.stream().map(r -> Arguments.of(r.id(), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void holds_on_the_compliant_variation_and_fails_on_the_breakage_of_its_clause(String id, Rule rule) {
    assertThat(CASES).as("every Art.9–13 rule has its two sides here").containsKey(id);
    Dossier ok = CASES.get(id).get(0).apply(base());
    Dossier broken = CASES.get(id).get(1).apply(base());
    assertThat(rule.evaluate(ok, baseline(), TODAY).failed()).as(id + " on the compliant side").isFalse();
    assertThat(rule.evaluate(broken, baseline(), TODAY).failed()).as(id + " on the broken side").isTrue();
    assertThat(rule.evaluate(base(), baseline(), TODAY).failed()).as(id + " on the compliant dossier").isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void a_founders_own_recorded_account_counts_as_shared_even_without_the_registry(String id, Rule rule) {
    if (!id.equals("A12-account-not-shared")) {
      return;
    }
    Dossier d = org(o -> PromotionOrganization.builder().from(o).founders(o.founders().stream()
        .map(f -> new Founder(f.name(), f.kind(), f.creditCode(), o.bankAccount().map(BankAccount::number))).toList()).build()).apply(base());
    assertThat(rule.evaluate(d, baseline(), TODAY).failed()).isTrue();
  }

  /**
   * An expenditure said in words, by hand: a relation declared otherwise and a payroll entry whose payee is not on the
   * staff are said in both languages, and left out when they do not hold.
   */
  @Test
  void an_expenditure_says_a_relation_declared_otherwise_and_a_payroll_entry_off_the_staff() {
    Expenditure odd = pay("某公司", PayeeRelation.FOUNDER, true, false, false, null);
    Text words = (Text) ManagementRules.describe(odd).words();
    assertThat(words.zh()).contains("（发起单位，申报为其他）").contains("，申报为工资但收款人不是本组织工作人员").endsWith("，业务范围事项：无");
    assertThat(words.en()).contains("(founder, declared as other)").contains("; declared as payroll, but the payee is not on the staff");
    Expenditure plain = new Expenditure(new LedgerEntryId("exp-2"), ID, Money.yuan("5000.00"), TODAY, "某公司", Optional.empty(),
        PayeeRelation.OTHER, PayeeRelation.OTHER, true, "用途", true, false, Optional.of("产业研究"), TODAY);
    Text said = (Text) ManagementRules.describe(plain).words();
    assertThat(said.zh()).contains("（其他）").doesNotContain("申报为").endsWith("，业务范围事项：产业研究");
    assertThat(said.en()).contains("(other)").doesNotContain("declared as");
  }
}
