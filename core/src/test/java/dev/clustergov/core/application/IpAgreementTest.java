package dev.clustergov.core.application;

import dev.clustergov.core.ip.IpActivity;
import dev.clustergov.core.ip.PartyKind;
import dev.clustergov.core.application.management.DraftIpAgreement;
import dev.clustergov.core.application.management.TermsInput;
import static dev.clustergov.core.application.SuzhouRegistry.accepted;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static dev.clustergov.core.application.SuzhouRegistry.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.rules.Finding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Drafting, signing and amending IP management agreements (Art.16): each guard on both sides. */
class IpAgreementTest {

  private final DisputeDesk desk = new DisputeDesk();

  @Test
  void a_draft_awaits_every_party_and_takes_effect_with_the_last_signature() {
    IpAgreement a = desk.drafted();
    assertThat(a.inForce()).isFalse();
    assertThat(a.missingSignatures()).containsExactlyInAnyOrder(DisputeDesk.GOVERNMENT, desk.po.name(), DisputeDesk.PARTNER);

    IpAgreement two = desk.signedBy(a, DisputeDesk.GOVERNMENT, desk.po.name());
    assertThat(two.inForce()).isFalse();

    var appended = desk.registry.appendedBy(() -> desk.sign(two, DisputeDesk.PARTNER, null));
    assertThat(appended.value().effective().orElseThrow().number()).isEqualTo(1);
    assertThat(appended.types()).containsExactly("IpAgreementSigned", "IpAgreementInForce");
  }

  @Test
  void shares_summing_to_exactly_one_hundred_are_accepted_and_kept_exactly() {
    IpAgreement a = desk.drafted();
    assertThat(a.latest().terms().shares().get(desk.po.name())).isEqualByComparingTo("33.3333");
    assertThat(a.latest().terms().shareSum()).isEqualByComparingTo(BigDecimal.valueOf(100));
  }

  @Test
  void shares_that_do_not_sum_to_one_hundred_are_refused_with_the_sum_found() {
    List<Finding> f = desk.registry.rejected(() -> desk.draft(desk.terms(DisputeDesk.shares(
        DisputeDesk.GOVERNMENT, "20", desk.po.name(), "33.3333", DisputeDesk.PARTNER, "46.6666"))));

    assertThat(cited(f)).containsExactly("A16-benefit-shares Art.16");
    assertThat(f.get(0).evidence().toString()).contains("sum=99.9999");
  }

  @Test
  void a_zero_or_negative_share_is_refused_even_when_the_sum_is_right() {
    List<Finding> f = desk.registry.rejected(() -> desk.draft(desk.terms(DisputeDesk.shares(
        DisputeDesk.GOVERNMENT, "0", desk.po.name(), "-10", DisputeDesk.PARTNER, "110"))));
    assertThat(ruleIds(f)).containsExactly("A16-benefit-shares");
    assertThat(f.get(0).evidence().toString()).contains("sum=100.0000").contains("notPositive=[" + DisputeDesk.GOVERNMENT + ", " + desk.po.name() + "]");
  }

  @Test
  void a_share_for_someone_who_is_not_a_party_is_refused() {
    List<Finding> f = desk.registry.rejected(() -> desk.draft(desk.terms(DisputeDesk.shares(
        DisputeDesk.GOVERNMENT, "20", desk.po.name(), "30", "某外部公司", "50"))));
    assertThat(ruleIds(f)).containsExactly("A16-benefit-shares");
  }

  @Test
  void the_parties_must_be_government_the_po_itself_and_a_partner() {
    TermsInput t = desk.terms();
    TermsInput noGovernment = new TermsInput(List.of(new TermsInput.PartyInput(DisputeDesk.GOVERNMENT, PartyKind.OTHER), t.parties().get(1),
        t.parties().get(2)), t.duties(), t.ownership(), t.useRights(), t.shares());
    assertThat(cited(desk.registry.rejected(() -> desk.draft(noGovernment)))).containsExactly("A16-parties Art.16");

    TermsInput wrongPo = new TermsInput(List.of(t.parties().get(0), new TermsInput.PartyInput(desk.po.name(), PartyKind.PARTNER),
        t.parties().get(2)), t.duties(), t.ownership(), t.useRights(), t.shares());
    assertThat(ruleIds(desk.registry.rejected(() -> desk.draft(wrongPo)))).containsExactly("A16-parties");
  }

  @Test
  void creation_protection_and_utilisation_each_need_a_party() {
    TermsInput t = desk.terms();
    TermsInput noProtection = new TermsInput(t.parties(), Map.of(IpActivity.CREATION, List.of(DisputeDesk.PARTNER),
        IpActivity.UTILISATION, List.of("某外部公司")), t.ownership(), t.useRights(), t.shares());
    List<Finding> f = desk.registry.rejected(() -> desk.draft(noProtection));
    assertThat(ruleIds(f)).containsExactly("A16-duties");
    assertThat(f.get(0).evidence().toString()).contains("unassigned=[PROTECTION]").contains("notParties=[某外部公司]");
  }

  @Test
  void ownership_and_use_must_be_stated_among_the_parties() {
    TermsInput t = desk.terms();
    TermsInput none = new TermsInput(t.parties(), t.duties(), List.of(), List.of(new TermsInput.UseRightInput("某外部公司", "使用")), t.shares());
    assertThat(ruleIds(desk.registry.rejected(() -> desk.draft(none)))).containsExactly("A16-ownership", "A16-use-rights");
  }

  @Test
  void malformed_terms_report_every_field() {
    TermsInput t = desk.terms();
    // an unknown party kind or activity is the REST adapter's to report (RoutesContract)
    TermsInput bad = new TermsInput(List.of(new TermsInput.PartyInput("", null), t.parties().get(1), t.parties().get(1)),
        Map.of(IpActivity.CREATION, List.of(" ")), t.ownership(), t.useRights(),
        DisputeDesk.shares(DisputeDesk.GOVERNMENT, "20.00001", desk.po.name(), "1000"));
    assertThat(desk.registry.malformed(() -> desk.draft(bad))).containsExactlyInAnyOrder(
        "terms.parties[0].name:required", "terms.parties[0].kind:required", "terms.duties.CREATION[0]:required",
        "terms.shares." + DisputeDesk.GOVERNMENT + ":scale", "terms.shares." + desk.po.name() + ":range");
  }

  @Test
  void only_an_operating_po_drafts_agreements() {
    DisputeDesk other = new DisputeDesk();
    var proposed = other.registry.propose(other.registry.application(x -> x.name = "苏州市纳米新材料产业集群第二促进会"));
    var refusal = other.registry.rejected(() -> other.gov().draftIpAgreement().handle(
        new DraftIpAgreement.Command(proposed.id(), "协议", other.terms())));
    assertThat(ruleIds(refusal)).contains("A6-lifecycle");
  }

  @Test
  void a_signature_by_a_non_party_twice_or_when_nothing_awaits_is_refused() {
    IpAgreement a = desk.drafted();
    assertThat(cited(desk.registry.rejected(() -> desk.sign(a, "某外部公司", null)))).containsExactly("A16-signatures Art.16");
    IpAgreement once = desk.signedBy(a, DisputeDesk.GOVERNMENT);
    assertThat(ruleIds(desk.registry.rejected(() -> desk.sign(once, DisputeDesk.GOVERNMENT, null)))).containsExactly("A16-signatures");
    IpAgreement all = desk.signedBy(once, desk.po.name(), DisputeDesk.PARTNER);
    assertThat(ruleIds(desk.registry.rejected(() -> desk.sign(all, DisputeDesk.PARTNER, null)))).containsExactly("A16-signatures");
  }

  @Test
  void a_signature_dated_before_the_text_or_after_today_is_refused_and_the_text_s_own_day_and_today_are_accepted() {
    IpAgreement a = desk.drafted();
    LocalDate drafted = desk.today();
    desk.daysPass(3);
    List<Finding> early = desk.registry.rejected(() -> desk.sign(a, DisputeDesk.GOVERNMENT, drafted.minusDays(1).toString()));
    assertThat(cited(early)).containsExactly("A16-signature-date Art.16");
    assertThat(early.get(0).evidence().toString()).contains("signedOnBeforeRevisionProposed=" + drafted.minusDays(1) + " < " + drafted);
    List<Finding> late = desk.registry.rejected(() -> desk.sign(a, DisputeDesk.GOVERNMENT, desk.today().plusDays(1).toString()));
    assertThat(ruleIds(late)).containsExactly("A16-signature-date");
    assertThat(late.get(0).evidence().toString()).contains("signedOnAfterToday=" + desk.today().plusDays(1) + " > " + desk.today());

    IpAgreement one = accepted(desk.sign(a, DisputeDesk.GOVERNMENT, drafted.toString()));
    accepted(desk.sign(one, DisputeDesk.PARTNER, desk.today().toString()));
  }

  @Test
  void every_problem_of_a_signature_is_reported_at_once() {
    IpAgreement amended = accepted(desk.amend(desk.inForce(), desk.termsWithSecondPartner()));
    LocalDate before = desk.po.proposedOn().minusDays(1);
    List<Finding> f = desk.registry.rejected(() -> desk.sign(amended, "某外部公司", before.toString()));
    assertThat(ruleIds(f)).containsExactly("A16-signatures", "A16-signature-date");
    assertThat(f.get(1).evidence()).extracting(e -> e.name()).containsExactly("signedOnBeforeOrganizationProposed",
        "signedOnBeforeRevisionProposed", "signedOnBeforePreviousInForce");
    assertThat(f.get(1).evidence().toString()).contains("signedOnBeforeOrganizationProposed=" + before + " < " + desk.po.proposedOn());
  }

  @Test
  void an_agreement_takes_effect_on_the_day_of_the_last_signature_it_needs_and_its_event_says_which_day() {
    IpAgreement a = desk.drafted();
    LocalDate drafted = desk.today();
    desk.daysPass(10);
    IpAgreement one = accepted(desk.sign(a, DisputeDesk.GOVERNMENT, drafted.plusDays(2).toString()));
    IpAgreement two = accepted(desk.sign(one, desk.po.name(), drafted.plusDays(7).toString()));
    var appended = desk.registry.appendedBy(() -> desk.sign(two, DisputeDesk.PARTNER, drafted.plusDays(4).toString()));

    IpAgreement all = appended.value();
    assertThat(all.inForceSince()).as("the latest signature's day, not the last entered").contains(drafted.plusDays(7));
    assertThat(all.inForceOn(drafted.plusDays(6))).isFalse();
    assertThat(all.inForceOn(drafted.plusDays(7))).isTrue();
    assertThat(appended.events().get(1).event().data()).containsEntry("on", drafted.plusDays(7).toString()).containsEntry("revision", "1");
  }

  @Test
  void an_amendment_keeps_the_terms_in_force_until_every_party_old_and_new_has_signed_it() {
    IpAgreement a = desk.inForce();
    IpAgreement amended = accepted(desk.amend(a, desk.termsWithSecondPartner()));
    assertThat(amended.effective().orElseThrow().number()).isEqualTo(1);
    assertThat(amended.pending().orElseThrow().number()).isEqualTo(2);
    assertThat(amended.missingSignatures()).hasSize(4);

    IpAgreement three = desk.signedBy(amended, DisputeDesk.GOVERNMENT, desk.po.name(), DisputeDesk.SECOND_PARTNER);
    assertThat(three.effective().orElseThrow().number()).as("still the old terms").isEqualTo(1);
    IpAgreement all = desk.signedBy(three, DisputeDesk.PARTNER);
    assertThat(all.effective().orElseThrow().number()).isEqualTo(2);
    assertThat(all.effective().orElseThrow().terms().partyNames()).contains(DisputeDesk.SECOND_PARTNER);
  }

  @Test
  void a_party_an_amendment_drops_must_sign_it_too() {
    IpAgreement withFour = desk.signedBy(accepted(desk.draft(desk.termsWithSecondPartner())),
        DisputeDesk.GOVERNMENT, desk.po.name(), DisputeDesk.PARTNER, DisputeDesk.SECOND_PARTNER);
    IpAgreement dropped = accepted(desk.amend(withFour, desk.terms()));
    assertThat(dropped.missingSignatures()).contains(DisputeDesk.SECOND_PARTNER);
    accepted(desk.sign(dropped, DisputeDesk.SECOND_PARTNER, null));
  }

  @Test
  void no_second_amendment_while_one_awaits_signatures_and_a_bad_amendment_changes_nothing() {
    IpAgreement amended = accepted(desk.amend(desk.inForce(), desk.termsWithSecondPartner()));
    assertThat(cited(desk.registry.rejected(() -> desk.amend(amended, desk.terms())))).containsExactly("A16-one-pending-revision Art.16");

    IpAgreement draft = desk.drafted();
    assertThat(ruleIds(desk.registry.rejected(() -> desk.amend(draft, desk.terms())))).containsExactly("A16-one-pending-revision");
    IpAgreement inForce = desk.inForce();
    assertThat(ruleIds(desk.registry.rejected(() -> desk.amend(inForce, desk.terms(DisputeDesk.shares(
        DisputeDesk.GOVERNMENT, "50", desk.po.name(), "50", DisputeDesk.PARTNER, "0.0001")))))).containsExactly("A16-benefit-shares");
  }
}
