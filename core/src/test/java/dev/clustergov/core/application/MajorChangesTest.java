package dev.clustergov.core.application;

import dev.clustergov.core.application.establishment.AmendCharter;
import dev.clustergov.core.application.establishment.ChangeRegisteredCapital;
import static dev.clustergov.core.application.SuzhouRegistry.accepted;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static dev.clustergov.core.application.SuzhouRegistry.list;
import static dev.clustergov.core.application.SuzhouRegistry.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.establishment.FoundingApplication.CharterInput;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.PromotionOrganization;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.governance.BodyId;

/**
 * The decision layer's decisions on the PO's constitution (Art.8(2).1): AmendCharter (修改章程) and
 * ChangeRegisteredCapital (变更注册资金), each a major matter that owes a disclosure within the policy's
 * 30 days (Art.14); every refusal leaves the registry as it was (SuzhouRegistry.refused).
 */
class MajorChangesTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);
  private static final List<String> FOUNDERS = List.of("苏州纳衡科技有限公司", "苏州澄远纳米技术研究所", "苏州市澄湖纳米产业协会");

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;

  static CharterInput charter(List<String> scope, List<String> consenting) {
    return new CharterInput(LocalDate.parse("2025-03-01"), scope, consenting);
  }

  static CharterInput amended() {
    return charter(list("产业研究与规划咨询", "技术创新协同服务", "会展与对外交流", "产业人才培训"), FOUNDERS);
  }

  AmendCharter.Command amend(PromotionOrganization o, String body, CharterInput c) {
    return new AmendCharter.Command(o.id(), OptionalLong.of(o.version()), body == null ? null : new BodyId(body), c);
  }

  ChangeRegisteredCapital.Command capital(PromotionOrganization o, String body, String amount) {
    return new ChangeRegisteredCapital.Command(o.id(), OptionalLong.of(o.version()), body == null ? null : new BodyId(body),
        amount == null ? null : Money.yuan(amount));
  }

  private List<DisclosureObligation> obligations(PromotionOrganization o) {
    return accepted(gov.queries().disclosureObligations(o.id()));
  }

  // ---- AmendCharter ----------------------------------------------------------------------------

  @Test
  void the_member_congress_amends_the_charter_and_a_disclosure_is_owed_in_30_days() {
    PromotionOrganization o = registry.recognised();

    var appended = registry.appendedBy(() -> gov.amendCharter().handle(amend(o, "assembly", amended())));

    PromotionOrganization saved = appended.value();
    assertThat(saved.stage()).isEqualTo(o.stage());
    assertThat(saved.version()).isEqualTo(o.version() + 1);
    assertThat(saved.charter()).hasValueSatisfying(c -> {
      assertThat(c.adoptedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
      assertThat(c.businessScope()).contains("产业人才培训").hasSize(4);
    });
    assertThat(registry.stored(o.id())).isEqualTo(saved);
    var event = appended.majorMatter().event();
    assertThat(event.type()).isEqualTo("CharterAmended");
    assertThat(event.aggregateId()).isEqualTo(o.id().value());
    assertThat(event.data()).containsEntry("decidedBy", "assembly").containsEntry("adoptedOn", "2025-03-01");
    assertThat(appended.events().get(1).event().data()).containsEntry("matter", "CharterAmended")
        .containsEntry("dueOn", "2025-04-02");
    DisclosureObligation ob = obligations(o).stream().filter(x -> x.matter().equals("CharterAmended")).findFirst().orElseThrow();
    assertThat(ob.arisenOn()).isEqualTo(TODAY);
    assertThat(ob.dueOn()).isEqualTo(TODAY.plusDays(30));
    assertThat(ob.eventSequence()).isEqualTo(appended.events().get(0).sequence());
    assertThat(ob.fulfilledBy()).isEmpty();
  }

  @Test
  void an_established_and_a_suspended_po_amend_their_charters_too() {
    PromotionOrganization established = registry.established();
    assertThat(accepted(gov.amendCharter().handle(amend(established, "assembly", amended()))).stage())
        .isEqualTo(established.stage());
    SuzhouRegistry other = new SuzhouRegistry();
    PromotionOrganization suspended = other.suspended();
    assertThat(accepted(other.gov.amendCharter().handle(amend(suspended, "assembly", amended()))).stage())
        .isEqualTo(suspended.stage());
  }

  @Test
  void a_malformed_amendment_lists_every_violation() {
    PromotionOrganization o = registry.established();
    // a day that is not a date is the REST adapter's to report (EstablishmentFieldsTest)
    assertThat(registry.malformed(() -> gov.amendCharter().handle(amend(o, null,
        new CharterInput(null, list("研究", " "), null)))))
        .containsExactlyInAnyOrder("decidedBy:required", "charter.adoptedOn:required", "charter.businessScope[1]:required");
    assertThat(registry.malformed(() -> gov.amendCharter().handle(amend(o, "assembly",
        new CharterInput(LocalDate.of(1900, 1, 1), list("研究"), FOUNDERS)))))
        .containsExactly("charter.adoptedOn:date-range");
    assertThat(registry.malformed(() -> gov.amendCharter().handle(amend(o, "assembly", null))))
        .containsExactly("charter:required");
    assertThat(registry.malformed(() -> gov.amendCharter().handle(amend(o, "assembly",
        new CharterInput(LocalDate.parse("2025-03-04"), list("研究"), FOUNDERS)))))
        .containsExactly("charter.adoptedOn:future-date");
  }

  @Test
  void only_a_body_of_the_decision_layer_amends_the_charter_citing_Art_8_2_1() {
    PromotionOrganization o = registry.recognised();
    assertThat(cited(registry.rejected(() -> gov.amendCharter().handle(amend(o, "council", amended())))))
        .containsExactly("A8.2.1-decision-layer-decides Art.8(2).1");
    assertThat(ruleIds(registry.rejected(() -> gov.amendCharter().handle(amend(o, "secretariat", amended())))))
        .containsExactly("A8.2.1-decision-layer-decides");
    assertThat(ruleIds(registry.rejected(() -> gov.amendCharter().handle(amend(o, "no-such-body", amended())))))
        .containsExactly("A8.2.1-decision-layer-decides");
  }

  @Test
  void an_amendment_without_every_founders_consent_or_without_a_business_scope_is_refused() {
    PromotionOrganization o = registry.recognised();
    assertThat(cited(registry.rejected(() -> gov.amendCharter().handle(amend(o, "assembly",
        charter(list("产业研究与规划咨询"), FOUNDERS.subList(0, 2)))))))
        .containsExactly("A8.2-charter-consensus Art.8(2)");
    // every blocking finding at once: the wrong body, no business scope, two founders without consent
    assertThat(ruleIds(registry.rejected(() -> gov.amendCharter().handle(amend(o, "council", charter(list(), FOUNDERS.subList(0, 1)))))))
        .containsExactlyInAnyOrder("A8.2.1-decision-layer-decides", "A7.2-charter", "A8.2-charter-consensus");
  }

  @Test
  void a_po_being_founded_or_revoked_cannot_amend_its_charter() {
    PromotionOrganization proposed = registry.proposed();
    assertThat(cited(registry.rejected(() -> gov.amendCharter().handle(amend(proposed, "assembly", amended())))))
        .containsExactly("A6-lifecycle Art.6");
    SuzhouRegistry other = new SuzhouRegistry();
    PromotionOrganization revoked = other.revoked();
    assertThat(ruleIds(other.rejected(() -> other.gov.amendCharter().handle(amend(revoked, "assembly", amended())))))
        .containsExactly("A6-lifecycle");
  }

  @Test
  void a_stale_version_is_a_conflict() {
    PromotionOrganization o = registry.established();
    accepted(gov.amendCharter().handle(amend(o, "assembly", amended())));
    assertThat(registry.refused(() -> gov.amendCharter().handle(amend(o, "assembly", amended()))))
        .isEqualTo(new Refusal.Conflict("PromotionOrganization", o.id().value(), o.version(), o.version() + 1));
    assertThat(registry.refused(() -> gov.changeRegisteredCapital().handle(capital(o, "assembly", "600000.00"))))
        .isInstanceOf(Refusal.Conflict.class);
  }

  // ---- ChangeRegisteredCapital -----------------------------------------------------------------

  @Test
  void the_member_congress_changes_the_capital_with_the_old_and_new_amount_and_a_disclosure_is_owed() {
    PromotionOrganization o = registry.recognised();

    var appended = registry.appendedBy(() -> gov.changeRegisteredCapital().handle(capital(o, "assembly", "800000")));

    PromotionOrganization saved = appended.value();
    assertThat(saved.stage()).isEqualTo(o.stage());
    assertThat(saved.version()).isEqualTo(o.version() + 1);
    assertThat(saved.registeredCapital()).isEqualTo(Money.yuan("800000.00"));
    assertThat(registry.stored(o.id()).registeredCapital()).isEqualTo(Money.yuan("800000.00"));
    var event = appended.majorMatter().event();
    assertThat(event.type()).isEqualTo("CapitalChanged");
    assertThat(event.data()).containsEntry("decidedBy", "assembly").containsEntry("from", "500000.00")
        .containsEntry("to", "800000.00");
    DisclosureObligation ob = obligations(o).stream().filter(x -> x.matter().equals("CapitalChanged")).findFirst().orElseThrow();
    assertThat(ob.dueOn()).isEqualTo(TODAY.plusDays(30));
  }

  @Test
  void a_capital_below_the_local_minimum_is_refused_citing_Art_7_2_and_the_minimum_itself_is_accepted() {
    PromotionOrganization o = registry.recognised();
    assertThat(cited(registry.rejected(() -> gov.changeRegisteredCapital().handle(capital(o, "assembly", "29999.99")))))
        .containsExactly("A7.2-capital Art.7(2)");
    assertThat(ruleIds(registry.rejected(() -> gov.changeRegisteredCapital().handle(capital(o, "assembly", "0")))))
        .containsExactly("A7.2-capital");
    assertThat(ruleIds(registry.rejected(() -> gov.changeRegisteredCapital().handle(capital(o, "council", "1000.00")))))
        .containsExactlyInAnyOrder("A8.2.1-decision-layer-decides", "A7.2-capital");
    assertThat(accepted(gov.changeRegisteredCapital().handle(capital(o, "assembly", "30000.00"))).registeredCapital())
        .isEqualTo(Money.yuan("30000.00"));
  }

  @Test
  void a_malformed_capital_change_lists_every_violation() {
    PromotionOrganization o = registry.established();
    // a negative amount or one below a fen is the REST adapter's to report (EstablishmentFieldsTest): Money holds neither
    assertThat(registry.malformed(() -> gov.changeRegisteredCapital().handle(capital(o, null, null))))
        .containsExactlyInAnyOrder("decidedBy:required", "amount:required");
    assertThat(registry.malformed(() -> gov.changeRegisteredCapital().handle(capital(o, "assembly", null))))
        .containsExactly("amount:required");
  }

  @Test
  void only_the_decision_layer_changes_the_capital() {
    PromotionOrganization o = registry.established();
    assertThat(cited(registry.rejected(() -> gov.changeRegisteredCapital().handle(capital(o, "supervisors", "600000.00")))))
        .containsExactly("A8.2.1-decision-layer-decides Art.8(2).1");
  }

  @Test
  void a_po_being_founded_or_revoked_cannot_change_its_capital() {
    PromotionOrganization proposed = registry.proposed();
    assertThat(ruleIds(registry.rejected(() -> gov.changeRegisteredCapital().handle(capital(proposed, "assembly", "600000.00")))))
        .containsExactly("A6-lifecycle");
    SuzhouRegistry other = new SuzhouRegistry();
    PromotionOrganization revoked = other.revoked();
    assertThat(ruleIds(other.rejected(() -> other.gov.changeRegisteredCapital().handle(capital(revoked, "assembly", "600000.00")))))
        .containsExactly("A6-lifecycle");
  }

  @Test
  void the_decision_layer_guard_is_in_the_rule_book() {
    assertThat(gov.ruleBook().guards()).extracting(dev.clustergov.core.rules.Guard::id).contains("A8.2.1-decision-layer-decides");
    assertThat(gov.ruleBook().idsCiting(dev.clustergov.core.guideline.Citation.point(8, 2, 1)))
        .contains("A8.2.1-decision-layer-decides");
  }
}
