package dev.clustergov.core.application;

import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.application.establishment.AmendFoundingApplication;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.general.DissolveOrganization;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.application.general.SuspendOrganization;
import dev.clustergov.core.application.management.RaiseDispute;
import dev.clustergov.core.application.management.SignIpAgreement;
import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.application.supervision.RegisterEvaluator;
import static dev.clustergov.core.application.SuzhouRegistry.accepted;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.kernel.RegionCode;

/**
 * Who acts (行为主体): every command is decided with its actor, and each guard over the actor fails
 * exactly when its clause is broken — scope by supervision (Art.6, Art.26), a PO's own bodies (Art.8(2)),
 * signing for oneself (Art.16), raising a dispute as oneself (Art.15) — and every event names the actor.
 */
class ActorTest {

  private final DisputeDesk desk = new DisputeDesk();
  private final SuzhouRegistry registry = desk.registry;
  private final PromotionOrganization po = desk.po;

  private Clustergov as(Actor actor) {
    return registry.gov.as(actor);
  }

  private Actor suzhou() {
    return new Actor.Authority(registry.authority.id());
  }

  private Actor wuxi() {
    return new Actor.Authority(registry.wuxi.id());
  }

  private Actor secretariat(PromotionOrganization o) {
    return new Actor.Secretariat(o.id());
  }

  private AdmitMember.Command admit(String name) {
    return new AdmitMember.Command(po.id(), name, null, MemberKind.ENTERPRISE, null);
  }

  // ---- standing: Art.6, Art.26, Art.8(2) ---------------------------------------------------------------

  @Test
  void a_po_acts_through_its_own_secretariat_and_its_own_supervising_authority_only() {
    accepted(as(secretariat(po)).admitMember().handle(admit("苏州甲材料有限公司")));
    accepted(as(suzhou()).admitMember().handle(admit("苏州乙材料有限公司")));

    PromotionOrganization other = registry.proposed();
    for (Actor nobody : List.of(wuxi(), secretariat(other), new Actor.Member(other.id(), "某会员"),
        new Actor.Evaluator(new EvaluatorId("evaluator-000001")), Actor.PUBLIC)) {
      assertThat(cited(registry.rejected(() -> as(nobody).admitMember().handle(admit("苏州丙材料有限公司")))))
          .as(nobody.label()).containsExactly("A26-actor-standing Art.26 Art.6 Art.8(2)");
    }
  }

  @Test
  void only_the_supervising_authority_takes_a_lifecycle_step_and_only_in_its_own_name() {
    var suspend = new SuspendOrganization.Command(po.id(), OptionalLong.of(po.version()), registry.wuxi.id(), "整改");
    assertThat(SuzhouRegistry.ruleIds(registry.rejected(() -> as(wuxi()).suspendOrganization().handle(suspend))))
        .containsExactly("A26-own-authority");
    // the PO's own authority naming another as the one acting: nobody acts in another's name
    assertThat(SuzhouRegistry.ruleIds(registry.rejected(() -> as(suzhou()).suspendOrganization().handle(suspend))))
        .contains("A26-actor-standing");
    accepted(as(suzhou()).suspendOrganization().handle(
        new SuspendOrganization.Command(po.id(), OptionalLong.of(po.version()), registry.authority.id(), "整改")));
  }

  @Test
  void every_event_names_its_actor() {
    var appended = registry.appendedBy(() -> as(secretariat(po)).admitMember().handle(admit("苏州丁材料有限公司")));
    assertThat(appended.events()).isNotEmpty().allSatisfy(e ->
        assertThat(e.event().data()).containsEntry("actedBy", "secretariat:" + po.id().value()));
    var byHost = registry.appendedBy(() -> registry.gov.admitMember().handle(admit("苏州戊材料有限公司")));
    assertThat(byHost.events()).allSatisfy(e -> assertThat(e.event().data()).containsEntry("actedBy", "host:host"));
  }

  // ---- Art.6: the founding application keeps its cluster and its authority -------------------------------

  @Test
  void an_amendment_cannot_move_the_po_to_another_cluster() {
    PromotionOrganization proposed = registry.proposed();
    var other = accepted(registry.gov.registerCluster().handle(
        new RegisterCluster.Command("苏州市华岑高端装备集群", new RegionCode("320500"), "高端装备", ClusterLevel.MUNICIPAL, 300)));
    var account = proposed.bankAccount().orElseThrow();
    var amend = new AmendFoundingApplication.Command(proposed.id(), OptionalLong.of(proposed.version()),
        registry.application(d -> {
          d.cluster = other.id();
          d.name = proposed.name();
          d.bankAccount = new FoundingApplication.BankInput(account.holder(), account.number(), account.bank());
        }));
    assertThat(cited(registry.rejected(() -> as(secretariat(proposed)).amendFoundingApplication().handle(amend))))
        .containsExactly("A6-application-keeps-supervision Art.6");
    // the same amendment keeping cluster and authority is accepted
    accepted(as(secretariat(proposed)).amendFoundingApplication().handle(new AmendFoundingApplication.Command(
        proposed.id(), OptionalLong.of(proposed.version()), registry.application(d -> {
          d.name = proposed.name();
          d.bankAccount = new FoundingApplication.BankInput(account.holder(), account.number(), account.bank());
        }))));
  }

  // ---- Art.16: each party signs for itself -----------------------------------------------------------

  private SignIpAgreement.Command sign(IpAgreement a, String party) {
    return new SignIpAgreement.Command(po.id(), a.id(), OptionalLong.of(a.version()), party, "签署代表", null);
  }

  @Test
  void each_party_signs_for_itself_and_for_no_other() {
    IpAgreement a = desk.drafted();
    Actor partner = new Actor.Member(po.id(), DisputeDesk.PARTNER);

    // nobody signs for another party
    assertThat(cited(registry.rejected(() -> as(secretariat(po)).signIpAgreement().handle(sign(a, DisputeDesk.GOVERNMENT)))))
        .containsExactly("A16-signs-for-itself Art.16");
    assertThat(cited(registry.rejected(() -> as(secretariat(po)).signIpAgreement().handle(sign(a, DisputeDesk.PARTNER)))))
        .containsExactly("A16-signs-for-itself Art.16");
    assertThat(cited(registry.rejected(() -> as(suzhou()).signIpAgreement().handle(sign(a, po.name())))))
        .containsExactly("A16-signs-for-itself Art.16");
    assertThat(cited(registry.rejected(() -> as(new Actor.Member(po.id(), "苏州某其他单位")).signIpAgreement()
        .handle(sign(a, DisputeDesk.PARTNER))))).containsExactly("A16-signs-for-itself Art.16");
    assertThat(cited(registry.rejected(() -> as(partner).signIpAgreement().handle(sign(a, po.name())))))
        .containsExactly("A16-signs-for-itself Art.16");

    // each for itself: the agreement comes into force
    IpAgreement signed = accepted(as(suzhou()).signIpAgreement().handle(sign(a, DisputeDesk.GOVERNMENT)));
    signed = accepted(as(secretariat(po)).signIpAgreement().handle(sign(signed, po.name())));
    signed = accepted(as(partner).signIpAgreement().handle(sign(signed, DisputeDesk.PARTNER)));
    assertThat(signed.pending()).isEmpty();
    assertThat(signed.inForce()).isTrue();
  }

  @Test
  void a_member_unit_known_by_its_membership_id_signs_under_its_registered_name() {
    IpAgreement a = desk.signedBy(desk.drafted(), DisputeDesk.GOVERNMENT, po.name());
    var partner = accepted(registry.gov.admitMember().handle(new AdmitMember.Command(po.id(), DisputeDesk.PARTNER, null, MemberKind.RESEARCH_INSTITUTE, null)));
    var other = accepted(registry.gov.admitMember().handle(new AdmitMember.Command(po.id(), "苏州某其他研究院", null, MemberKind.RESEARCH_INSTITUTE, null)));
    assertThat(cited(registry.rejected(() -> as(new Actor.Member(po.id(), other.id().value())).signIpAgreement()
        .handle(sign(a, DisputeDesk.PARTNER))))).containsExactly("A16-signs-for-itself Art.16");
    IpAgreement signed = accepted(as(new Actor.Member(po.id(), partner.id().value())).signIpAgreement().handle(sign(a, DisputeDesk.PARTNER)));
    assertThat(signed.inForce()).isTrue();
  }

  // ---- Art.15: a dispute is raised by whom it concerns ---------------------------------------------------

  private RaiseDispute.Command raise(String raisedBy, String capacity) {
    return new RaiseDispute.Command(po.id(), "共享中试设备使用时段分配争议", List.of(DisputeDesk.MEMBER_A, DisputeDesk.MEMBER_B),
        raisedBy, Capacity.valueOf(capacity), null);
  }

  @Test
  void a_member_raises_a_dispute_in_its_own_name_as_a_party_and_a_governance_body_through_the_secretariat() {
    Actor memberA = new Actor.Member(po.id(), DisputeDesk.MEMBER_A);
    assertThat(cited(registry.rejected(() -> as(memberA).raiseDispute().handle(raise(DisputeDesk.MEMBER_B, "MEMBER")))))
        .as("in another member's name").containsExactly("A15-raised-by-itself Art.15");
    assertThat(cited(registry.rejected(() -> as(memberA).raiseDispute().handle(raise("理事会", "GOVERNANCE_BODY")))))
        .as("as a governance body").containsExactly("A15-raised-by-itself Art.15");
    Actor outsider = new Actor.Member(po.id(), "苏州某第三方单位");
    assertThat(cited(registry.rejected(() -> as(outsider).raiseDispute().handle(raise("苏州某第三方单位", "MEMBER")))))
        .as("not one of the parties it names").containsExactly("A15-raised-by-itself Art.15");
    assertThat(cited(registry.rejected(() -> as(secretariat(po)).raiseDispute().handle(raise(DisputeDesk.MEMBER_A, "MEMBER")))))
        .as("a secretariat in a member's name").containsExactly("A15-raised-by-itself Art.15");

    accepted(as(memberA).raiseDispute().handle(raise(DisputeDesk.MEMBER_A, "MEMBER")));
    accepted(as(secretariat(po)).raiseDispute().handle(raise("理事会", "GOVERNANCE_BODY")));
  }

  // ---- the registry's identities: Art.2, Art.7(2), Art.12, Art.6 -----------------------------------------

  @Test
  void one_credit_code_belongs_to_one_po() {
    PromotionOrganization second = registry.proposed();
    assertThat(po.creditCode()).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(Fixtures.PO_CREDIT_CODE));
    assertThat(SuzhouRegistry.ruleIds(registry.rejected(() -> registry.gov.establishOrganization().handle(
        new EstablishOrganization.Command(second.id(), OptionalLong.of(second.version()), Fixtures.PO_CODE)))))
        .containsExactly("A2-one-credit-code");
    accepted(registry.gov.establishOrganization().handle(new EstablishOrganization.Command(second.id(),
        OptionalLong.of(second.version()), Fixtures.code("51320500MJ7654321"))));
  }

  @Test
  void the_same_founding_application_filed_twice_founds_one_po_and_a_name_is_free_again_once_its_po_is_dissolved() {
    var application = registry.application(d -> {
      d.name = "苏州市纳米新材料产业发展促进中心";
      d.bankAccount = new FoundingApplication.BankInput(d.name, "32250199883600000777", "澄信银行苏州分行");
    });
    PromotionOrganization first = accepted(registry.gov.proposeOrganization().handle(new ProposeOrganization.Command(application)));
    assertThat(SuzhouRegistry.ruleIds(registry.rejected(() -> registry.gov.proposeOrganization().handle(
        new ProposeOrganization.Command(application))))).containsExactly("A7.2-name-unique-in-cluster", "A12-account-not-shared");

    accepted(registry.gov.dissolveOrganization().handle(
        new DissolveOrganization.Command(first.id(), OptionalLong.of(first.version()), "发起单位决定不再组建")));
    accepted(registry.gov.proposeOrganization().handle(new ProposeOrganization.Command(registry.application(d -> {
      d.name = "苏州市纳米新材料产业发展促进中心";
      d.bankAccount = new FoundingApplication.BankInput(d.name, "32250199883600000778", "澄信银行苏州分行");
    }))));
  }

  @Test
  void a_proposal_sent_again_under_its_idempotency_key_answers_with_the_po_it_founded_and_founds_no_second() {
    var application = registry.application(d -> {
      d.name = "苏州市纳米新材料产业协同创新促进会";
      d.bankAccount = new FoundingApplication.BankInput(d.name, "32250199883600000999", "澄信银行苏州分行");
    });
    Clustergov bureau = as(suzhou());
    var first = registry.appendedBy(() -> bureau.proposeOrganization().handle(new ProposeOrganization.Command(application, "k-2026-0001")));
    var again = registry.appendedBy(() -> bureau.proposeOrganization().handle(new ProposeOrganization.Command(application, "k-2026-0001")));
    assertThat(again.value().id()).isEqualTo(first.value().id());
    assertThat(again.events()).as("the retry records nothing").isEmpty();

    // the key for another application, or sent by another actor, is malformed; no key at all: the name is taken (Art.7(2))
    var other = registry.application(d -> d.name = "苏州市纳米新材料产业另一促进会");
    assertThat(registry.malformed(() -> bureau.proposeOrganization().handle(new ProposeOrganization.Command(other, "k-2026-0001"))))
        .containsExactly("Idempotency-Key:reused");
    assertThat(registry.malformed(() -> registry.gov.proposeOrganization().handle(new ProposeOrganization.Command(application, "k-2026-0001"))))
        .containsExactly("Idempotency-Key:reused");
    assertThat(registry.malformed(() -> bureau.proposeOrganization().handle(new ProposeOrganization.Command(application, "键"))))
        .containsExactly("Idempotency-Key:format");
    assertThat(SuzhouRegistry.ruleIds(registry.rejected(() -> bureau.proposeOrganization().handle(new ProposeOrganization.Command(application)))))
        .contains("A7.2-name-unique-in-cluster");
  }

  @Test
  void no_filing_takes_another_pos_account_so_no_filing_changes_another_pos_verdict() {
    String theirs = po.bankAccount().orElseThrow().number();
    var founderWithIt = registry.application(d -> {
      d.name = "苏州市纳米新材料产业联合会";
      d.bankAccount = new FoundingApplication.BankInput(d.name, "32250199883600000888", "澄信银行苏州分行");
      d.founders = List.of(new FoundingApplication.FounderInput(d.founders.get(0).name(), d.founders.get(0).kind(),
          d.founders.get(0).creditCode(), theirs));
    });
    var before = accepted(registry.gov.queries().compliance(po.id()));
    assertThat(SuzhouRegistry.ruleIds(registry.rejected(() -> registry.gov.proposeOrganization().handle(
        new ProposeOrganization.Command(founderWithIt))))).containsExactly("A12-account-not-shared");
    assertThat(accepted(registry.gov.queries().compliance(po.id())).findings()).isEqualTo(before.findings());

    var ownAccount = registry.application(d -> {
      d.name = "苏州市纳米新材料产业联合会";
      d.bankAccount = new FoundingApplication.BankInput(d.name, theirs, "澄信银行苏州分行");
    });
    assertThat(SuzhouRegistry.ruleIds(registry.rejected(() -> registry.gov.proposeOrganization().handle(
        new ProposeOrganization.Command(ownAccount))))).containsExactly("A12-account-not-shared");
  }

  @Test
  void one_authority_is_entered_for_each_jurisdiction() {
    assertThat(cited(registry.rejected(() -> registry.gov.registerAuthority().handle(
        new RegisterAuthority.Command("苏州市工业和信息化局（重复录入）", new RegionCode("320500"))))))
        .containsExactly("A6-one-authority-per-jurisdiction Art.6");
    accepted(registry.gov.registerAuthority().handle(new RegisterAuthority.Command("常州市工业和信息化局", new RegionCode("320400"))));
  }

  @Test
  void an_authority_registers_an_evaluator_only_in_its_own_name() {
    var register = new RegisterEvaluator.Command(registry.wuxi.id(), "苏州某评价咨询有限公司",
        dev.clustergov.core.organization.CreditCode.parse(Fixtures.creditCode("91320500MA7777777")).get(), null, null);
    assertThat(SuzhouRegistry.ruleIds(registry.rejected(() -> as(suzhou()).registerEvaluator().handle(register))))
        .containsExactly("A26-actor-standing");
    accepted(as(wuxi()).registerEvaluator().handle(register));
  }

  @Test
  void a_host_acts_as_itself_and_an_authority_id_is_only_its_own() {
    assertThat(registry.gov.actor()).isEqualTo(Actor.HOST);
    assertThat(registry.gov.as(suzhou()).actor()).isEqualTo(new Actor.Authority(new AuthorityId(registry.authority.id().value())));
  }
}
