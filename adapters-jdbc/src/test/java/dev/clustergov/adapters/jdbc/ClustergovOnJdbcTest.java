package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.ip.IpActivity;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.dispute.Route;
import dev.clustergov.core.ip.PartyKind;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.ChannelKind;
import dev.clustergov.core.dispute.Capacity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.establishment.AmendFoundingApplication;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import io.vavr.control.Either;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.kernel.Money;

/**
 * The use cases over the JDBC adapter, as a host wires them: founders propose a PO with an
 * incomplete application, establishment is refused with its findings and changes nothing, they amend,
 * it is established and then recognised by its authority — every step in the event log.
 */
class ClustergovOnJdbcTest {

  abstract static class On {
    abstract Database database();

    /** The fixtures' cluster and authority on {@code c}, the clock at the fixtures' day, and the use cases over it. */
    static Clustergov seeded(Connected c) {
      c.clock().set(Fixtures.TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
      c.jdbc().ports().clusters().save(Fixtures.cluster());
      c.jdbc().ports().authorities().save(Fixtures.authority());
      return Clustergov.using(c.jdbc().ports());
    }

    /** The fixtures' compliant PO, proposed and established. */
    static PromotionOrganization established(Clustergov gov) {
      PromotionOrganization po = gov.proposeOrganization().handle(new ProposeOrganization.Command(Fixtures.compliantApplication())).get();
      return gov.establishOrganization().handle(new EstablishOrganization.Command(po.id(), OptionalLong.of(po.version()),
          Fixtures.PO_CODE)).get();
    }

    @Test
    void propose_then_a_refused_establishment_then_amend_establish_and_recognise() {
      Connected c = Connected.to(database());
      Clustergov gov = seeded(c);

      FoundingApplication complete = Fixtures.compliantApplication();
      FoundingApplication withoutGovernance = new FoundingApplication(complete.name(), complete.cluster(), complete.authority(),
          complete.guidingBody(), complete.founders(), complete.type(), complete.creditCode(), complete.charter(),
          complete.partyOrganization(), complete.officeAddress(), complete.equipment(), complete.registeredCapital(),
          complete.staff(), complete.managementSystems(), complete.incomeSources(), complete.bankAccount(), List.of());

      PromotionOrganization proposed = gov.proposeOrganization().handle(new ProposeOrganization.Command(withoutGovernance)).get();
      assertThat(proposed.id().value()).isEqualTo("org-000001");
      String before = Tables.dump(c.dataSource());

      Either<Refusal, PromotionOrganization> refused = gov.establishOrganization().handle(
          new EstablishOrganization.Command(proposed.id(), OptionalLong.of(1), Fixtures.PO_CODE));

      assertThat(refused.isLeft()).isTrue();
      assertThat(((Refusal.Rejected) refused.getLeft()).rejection().findings()).extracting(Finding::rule)
          .anyMatch(rule -> rule.startsWith("A8.2"));
      assertThat(Tables.dump(c.dataSource())).as("a refused command changes nothing").isEqualTo(before);

      PromotionOrganization amended = gov.amendFoundingApplication().handle(
          new AmendFoundingApplication.Command(proposed.id(), OptionalLong.of(1), complete)).get();
      PromotionOrganization established = gov.establishOrganization().handle(
          new EstablishOrganization.Command(proposed.id(), OptionalLong.of(amended.version()), Fixtures.PO_CODE)).get();
      PromotionOrganization recognised = gov.recogniseOrganization().handle(
          new RecogniseOrganization.Command(proposed.id(), OptionalLong.of(established.version()), Fixtures.AUTHORITY_ID)).get();

      assertThat(recognised.stage()).isEqualTo(LifecycleStage.RECOGNISED);
      assertThat(c.jdbc().ports().organizations().find(proposed.id())).contains(recognised);
      assertThat(c.jdbc().ports().events().read(0, 100)).extracting(e -> e.event().type())
          .containsExactly("OrganizationProposed", "FoundingApplicationAmended", "OrganizationEstablished", "OrganizationRecognised");
      assertThat(c.jdbc().ports().events().read(0, 100)).extracting(RecordedEvent::sequence).containsExactly(1L, 2L, 3L, 4L);
      assertThat(c.jdbc().verifier().verify()).isInstanceOf(EventChainVerifier.Verdict.Intact.class);

      disputesAndAnIpAgreement(c, gov, recognised);
      operation(c, gov, recognised);
    }

    /**
     * Chapter 4 over JDBC: members, a platform, activities and their coverage read back as recorded; a refused
     * activity (a participant who is not a member) and a refused admission write nothing.
     */
    private void operation(Connected c, Clustergov gov, PromotionOrganization po) {
      var member = gov.admitMember().handle(new dev.clustergov.core.application.operation.AdmitMember.Command(po.id(), "苏州纳衡科技有限公司",
          dev.clustergov.core.organization.CreditCode.parse(Fixtures.creditCode("91320500MA0002132")).get(), dev.clustergov.core.operation.MemberKind.ENTERPRISE, null)).get();
      var platform = gov.registerPlatform().handle(new dev.clustergov.core.application.operation.RegisterPlatform.Command(po.id(), "纳米材料中试基地",
          dev.clustergov.core.operation.PlatformKind.PILOT_BASE, dev.clustergov.core.operation.PlatformRole.BUILT, "苏州澄湖纳米科技发展有限公司", null, false, "产能有限，先向出资共建成员开放")).get();
      var outcomes = new dev.clustergov.core.application.operation.RecordServiceActivity.OutcomesInput(dev.clustergov.core.kernel.Money.yuan("12000000.00"),
          null, dev.clustergov.core.kernel.Money.yuan("0.01"), java.util.Map.of(dev.clustergov.core.operation.TalentLevel.HIGH_LEVEL, 3));
      var activity = gov.recordServiceActivity().handle(new dev.clustergov.core.application.operation.RecordServiceActivity.Command(po.id(),
          dev.clustergov.core.guideline.FunctionItem.parse("Art.21(3)").get(), "中试熟化对接会", null, dev.clustergov.core.operation.Delivery.BROKERED,
          List.of(member.id()), List.of("南京澈言理工学院", "上海某投资公司"), true, null,
          outcomes)).get();
      String before = Tables.dump(c.dataSource());
      var refused = gov.recordServiceActivity().handle(new dev.clustergov.core.application.operation.RecordServiceActivity.Command(po.id(),
          dev.clustergov.core.guideline.FunctionItem.parse("Art.21(3)").get(), "中试熟化对接会", null, dev.clustergov.core.operation.Delivery.BROKERED,
          List.of(member.id(), new dev.clustergov.core.operation.MembershipId("member-999999")), List.of(), true, null, null));
      assertThat(((Refusal.Rejected) refused.getLeft()).rejection().findings()).extracting(Finding::rule)
          .containsExactly("A17-participants-members");
      var twice = gov.admitMember().handle(new dev.clustergov.core.application.operation.AdmitMember.Command(po.id(), "苏州纳维科技",
          dev.clustergov.core.organization.CreditCode.parse(Fixtures.creditCode("91320500MA0002132")).get(), dev.clustergov.core.operation.MemberKind.ENTERPRISE, null));
      assertThat(twice.isLeft()).isTrue();
      assertThat(Tables.dump(c.dataSource())).as("refused operation commands change nothing").isEqualTo(before);

      var period = dev.clustergov.core.finance.Period.assessedOn(c.clock().today());
      assertThat(gov.queries().memberships(po.id()).get()).containsExactly(member);
      assertThat(gov.queries().platforms(po.id()).get()).containsExactly(platform);
      assertThat(gov.queries().activities(po.id(), period).get()).containsExactly(activity);
      var coverage = gov.queries().coverage(po.id(), period).get();
      assertThat(coverage.activeFunctions()).isEqualTo(1);
      assertThat(coverage.total().outcomes().supplyContracts().toString()).isEqualTo("0.01");
      assertThat(coverage.total().outsideUnitCount()).isEqualTo(2);
      assertThat(c.jdbc().verifier().verify()).isInstanceOf(EventChainVerifier.Verdict.Intact.class);
    }

    /** Art.15–16 over JDBC: a dispute through consultation to arbitration, an agreement signed into force; refusals write nothing. */
    private void disputesAndAnIpAgreement(Connected c, Clustergov gov, PromotionOrganization po) {
      var d = gov.raiseDispute().handle(new dev.clustergov.core.application.management.RaiseDispute.Command(po.id(), "共享中试线使用争议",
          List.of("甲公司", "乙公司"), "甲公司", Capacity.MEMBER, null)).get();
      String before = Tables.dump(c.dataSource());
      var tooEarly = gov.recordDisputeStep().handle(new dev.clustergov.core.application.management.RecordDisputeStep.Command(po.id(),
          d.id(), OptionalLong.of(d.version()), StepKind.ESCALATED, null, "甲公司", Capacity.PARTY, Route.LITIGATION, null));
      assertThat(((Refusal.Rejected) tooEarly.getLeft()).rejection().findings()).extracting(Finding::rule)
          .containsExactly("A15-consultation-first");
      assertThat(Tables.dump(c.dataSource())).as("a refused step changes nothing").isEqualTo(before);
      for (String step : List.of("CONSULTATION_OPENED", "CONSULTATION_FAILED")) {
        d = gov.recordDisputeStep().handle(new dev.clustergov.core.application.management.RecordDisputeStep.Command(po.id(),
            d.id(), OptionalLong.of(d.version()), StepKind.valueOf(step), null, "陈静", Capacity.SECRETARIAT, null, null)).get();
      }
      d = gov.recordDisputeStep().handle(new dev.clustergov.core.application.management.RecordDisputeStep.Command(po.id(),
          d.id(), OptionalLong.of(d.version()), StepKind.ESCALATED, null, "甲公司", Capacity.PARTY, Route.ARBITRATION, null)).get();
      assertThat(c.jdbc().ports().disputes().find(d.id())).contains(d);

      var terms = new dev.clustergov.core.application.management.TermsInput(
          List.of(new dev.clustergov.core.application.management.TermsInput.PartyInput("苏州市澄湖产业园管理委员会", PartyKind.GOVERNMENT),
              new dev.clustergov.core.application.management.TermsInput.PartyInput(po.name(), PartyKind.PROMOTION_ORGANIZATION),
              new dev.clustergov.core.application.management.TermsInput.PartyInput("苏州某研究院", PartyKind.PARTNER)),
          java.util.Map.of(IpActivity.CREATION, List.of("苏州某研究院"), IpActivity.PROTECTION, List.of(po.name()), IpActivity.UTILISATION, List.of("苏州市澄湖产业园管理委员会")),
          List.of(new dev.clustergov.core.application.management.TermsInput.OwnershipInput("联合研发专利", List.of("苏州某研究院", po.name()))),
          List.of(new dev.clustergov.core.application.management.TermsInput.UseRightInput("苏州市澄湖产业园管理委员会", "公益推广")),
          java.util.Map.of("苏州市澄湖产业园管理委员会", new java.math.BigDecimal("33.3333"), po.name(), new java.math.BigDecimal("33.3333"),
              "苏州某研究院", new java.math.BigDecimal("33.3334")));
      var a = gov.draftIpAgreement().handle(new dev.clustergov.core.application.management.DraftIpAgreement.Command(po.id(), "知识产权管理协议", terms)).get();
      for (String party : List.of("苏州市澄湖产业园管理委员会", po.name(), "苏州某研究院")) {
        a = gov.signIpAgreement().handle(new dev.clustergov.core.application.management.SignIpAgreement.Command(po.id(), a.id(),
            OptionalLong.of(a.version()), party, "代表", null)).get();
      }
      assertThat(a.inForce()).isTrue();
      assertThat(c.jdbc().ports().ipAgreements().find(a.id())).contains(a);
      assertThat(c.jdbc().verifier().verify()).isInstanceOf(EventChainVerifier.Verdict.Intact.class);
    }

    @Test
    void a_suspension_creates_its_disclosure_obligation_in_the_same_transaction_and_a_non_public_disclosure_changes_nothing() {
      Connected c = Connected.to(database());
      Clustergov gov = seeded(c);
      PromotionOrganization po = established(gov);
      po = gov.recogniseOrganization().handle(new RecogniseOrganization.Command(po.id(), OptionalLong.of(po.version()), Fixtures.AUTHORITY_ID)).get();
      po = gov.suspendOrganization().handle(new dev.clustergov.core.application.general.SuspendOrganization.Command(po.id(),
          OptionalLong.of(po.version()), Fixtures.AUTHORITY_ID, "年度检查发现问题，限期整改")).get();

      var obligation = gov.queries().disclosureObligations(po.id()).get();
      assertThat(obligation).singleElement().satisfies(o -> {
        assertThat(o.matter()).isEqualTo("OrganizationSuspended");
        assertThat(o.dueOn()).isEqualTo(Fixtures.TODAY.plusDays(30));
      });
      assertThat(c.jdbc().ports().events().read(0, 100)).extracting(e -> e.event().type()).endsWith("OrganizationSuspended", "DisclosureObligationArisen");
      String before = Tables.dump(c.dataSource());

      var refused = gov.publishDisclosure().handle(new dev.clustergov.core.application.management.PublishDisclosure.Command(po.id(), DisclosureKind.MAJOR_MATTER, null,
          obligation.get(0).id(), Fixtures.TODAY, ChannelKind.WEBSITE, "http://192.168.10.2/notice", "暂停公告"));

      assertThat(((Refusal.Rejected) refused.getLeft()).rejection().findings()).extracting(Finding::rule).containsExactly("A14-public-channel");
      assertThat(Tables.dump(c.dataSource())).as("a refused command changes nothing").isEqualTo(before);
      var published = gov.publishDisclosure().handle(new dev.clustergov.core.application.management.PublishDisclosure.Command(po.id(), DisclosureKind.MAJOR_MATTER, null,
          obligation.get(0).id(), Fixtures.TODAY, ChannelKind.WEBSITE, "https://www.sznano.org.cn/notice/1", "暂停公告")).get();
      assertThat(gov.queries().disclosureObligations(po.id()).get().get(0).fulfilledBy()).contains(published.id());
      assertThat(gov.queries().dueDisclosures(Fixtures.AUTHORITY_ID, Fixtures.TODAY).get()).isEmpty();
      assertThat(c.jdbc().verifier().verify()).isInstanceOf(EventChainVerifier.Verdict.Intact.class);
    }

    @Test
    void an_amended_charter_is_stored_with_its_disclosure_obligation_and_a_refused_one_changes_nothing() {
      Connected c = Connected.to(database());
      Clustergov gov = seeded(c);
      PromotionOrganization po = established(gov);
      var founders = Fixtures.compliantApplication().charter().consentingFounders();
      var charter = new FoundingApplication.CharterInput(Fixtures.TODAY,
          List.of("产业研究与规划咨询", "技术创新协同服务", "产业人才培训"), founders);
      String before = Tables.dump(c.dataSource());

      var refused = gov.amendCharter().handle(new dev.clustergov.core.application.establishment.AmendCharter.Command(
          po.id(), OptionalLong.of(po.version()), new BodyId("council"), charter));

      assertThat(((Refusal.Rejected) refused.getLeft()).rejection().findings()).extracting(Finding::rule)
          .containsExactly("A8.2.1-decision-layer-decides");
      assertThat(Tables.dump(c.dataSource())).as("a refused command changes nothing").isEqualTo(before);

      PromotionOrganization amended = gov.amendCharter().handle(new dev.clustergov.core.application.establishment.AmendCharter.Command(
          po.id(), OptionalLong.of(po.version()), new BodyId("assembly"), charter)).get();

      assertThat(amended.version()).isEqualTo(po.version() + 1);
      assertThat(c.jdbc().ports().organizations().find(po.id())).contains(amended);
      assertThat(amended.charter().orElseThrow().businessScope()).contains("产业人才培训");
      assertThat(gov.queries().disclosureObligations(po.id()).get()).singleElement().satisfies(o -> {
        assertThat(o.matter()).isEqualTo("CharterAmended");
        assertThat(o.dueOn()).isEqualTo(Fixtures.TODAY.plusDays(30));
      });
      assertThat(c.jdbc().ports().events().read(0, 100)).extracting(e -> e.event().type()).endsWith("CharterAmended", "DisclosureObligationArisen");
      assertThat(c.jdbc().verifier().verify()).isInstanceOf(EventChainVerifier.Verdict.Intact.class);
    }

    @Test
    void a_dissolution_entered_late_is_stored_owing_from_the_members_decision_beside_an_undated_suspension_and_the_chain_holds() {
      // decision 0545: a lifecycle matter given its day carries it; one without (the format of every event before) is as it was
      Connected c = Connected.to(database());
      Clustergov gov = seeded(c);
      PromotionOrganization po = established(gov);
      po = gov.recogniseOrganization().handle(new RecogniseOrganization.Command(po.id(), OptionalLong.of(po.version()), Fixtures.AUTHORITY_ID)).get();
      po = gov.suspendOrganization().handle(new dev.clustergov.core.application.general.SuspendOrganization.Command(po.id(),
          OptionalLong.of(po.version()), Fixtures.AUTHORITY_ID, "年度检查发现问题，限期整改")).get();
      c.clock().set(Fixtures.TODAY.plusDays(40).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());

      gov.dissolveOrganization().handle(new dev.clustergov.core.application.general.DissolveOrganization.Command(po.id(),
          OptionalLong.of(po.version()), "成员大会决议注销", Fixtures.TODAY.plusDays(5))).get();

      var events = c.jdbc().ports().events().read(0, 100);
      assertThat(events).filteredOn(e -> e.event().type().equals("OrganizationSuspended")).singleElement()
          .satisfies(e -> assertThat(e.event().data()).doesNotContainKey("decidedOn"));
      assertThat(events).filteredOn(e -> e.event().type().equals("OrganizationDissolved")).singleElement()
          .satisfies(e -> assertThat(e.event().data()).containsEntry("decidedOn", Fixtures.TODAY.plusDays(5).toString()));
      assertThat(c.jdbc().ports().disclosureObligations().ofOrganization(po.id())).filteredOn(o -> o.matter().equals("OrganizationDissolved"))
          .singleElement().satisfies(o -> assertThat(o.dueOn()).isEqualTo(Fixtures.TODAY.plusDays(35)));
      assertThat(c.jdbc().verifier().verify()).isInstanceOf(EventChainVerifier.Verdict.Intact.class);
    }

    @Test
    void a_capital_change_entered_late_is_stored_owing_from_its_decision_day_and_a_dispute_goes_from_mediation_to_arbitration() {
      Connected c = Connected.to(database());
      Clustergov gov = seeded(c);
      PromotionOrganization po = established(gov);
      c.clock().set(Fixtures.TODAY.plusDays(40).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());

      po = gov.changeRegisteredCapital().handle(new dev.clustergov.core.application.establishment.ChangeRegisteredCapital.Command(po.id(),
          OptionalLong.of(po.version()), new BodyId("assembly"), Money.yuan("800000"), Fixtures.TODAY.plusDays(2))).get();

      var obligation = c.jdbc().ports().disclosureObligations().ofOrganization(po.id());
      assertThat(obligation).singleElement().satisfies(o -> {
        assertThat(o.arisenOn()).isEqualTo(Fixtures.TODAY.plusDays(2));
        assertThat(o.dueOn()).isEqualTo(Fixtures.TODAY.plusDays(32));
      });
      assertThat(c.jdbc().ports().events().read(0, 100)).filteredOn(e -> e.event().type().equals("CapitalChanged"))
          .singleElement().satisfies(e -> assertThat(e.event().data()).containsEntry("decidedOn", Fixtures.TODAY.plusDays(2).toString()));
      // published in time, entered now: stored with its true day, so the obligation was met
      gov.publishDisclosure().handle(new dev.clustergov.core.application.management.PublishDisclosure.Command(po.id(), DisclosureKind.MAJOR_MATTER, null,
          obligation.get(0).id(), Fixtures.TODAY.plusDays(20), ChannelKind.WEBSITE, "https://www.sznano.org.cn/notice/2", "注册资金变更公告")).get();
      assertThat(c.jdbc().ports().disclosureObligations().find(obligation.get(0).id()).orElseThrow()
          .deadline(Fixtures.TODAY.plusDays(40)).status()).isEqualTo(dev.clustergov.core.disclosure.Deadline.Status.MET);

      var d = gov.raiseDispute().handle(new dev.clustergov.core.application.management.RaiseDispute.Command(po.id(), "共享中试线使用争议",
          List.of("甲公司", "乙公司"), "甲公司", Capacity.MEMBER, null)).get();
      for (String[] step : List.of(new String[] {"CONSULTATION_OPENED", "SECRETARIAT", null}, new String[] {"CONSULTATION_FAILED", "SECRETARIAT", null},
          new String[] {"ESCALATED", "PARTY", "EXTERNAL_MEDIATION"}, new String[] {"ESCALATED", "PARTY", "ARBITRATION"})) {
        d = gov.recordDisputeStep().handle(new dev.clustergov.core.application.management.RecordDisputeStep.Command(po.id(),
            d.id(), OptionalLong.of(d.version()), StepKind.valueOf(step[0]), null, "陈静", Capacity.valueOf(step[1]), (step[2] == null ? null : Route.valueOf(step[2])), null)).get();
      }
      assertThat(c.jdbc().ports().disputes().find(d.id())).hasValueSatisfying(stored -> {
        assertThat(stored.route()).contains(dev.clustergov.core.dispute.Route.ARBITRATION);
        assertThat(stored.state()).isEqualTo(dev.clustergov.core.dispute.DisputeState.ESCALATED);
      });
      assertThat(c.jdbc().verifier().verify()).isInstanceOf(EventChainVerifier.Verdict.Intact.class);
    }
  }

  @Nested
  class H2Memory extends On {
    @Override
    Database database() {
      return Database.H2_MEMORY;
    }
  }

  @Nested
  class PostgreSQL extends On {
    @Override
    Database database() {
      return Database.POSTGRESQL;
    }
  }
}
