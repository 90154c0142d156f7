package dev.clustergov.adapters.rest;

import dev.clustergov.core.ip.IpActivity;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.dispute.Route;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.application.management.PublishFeeSchedule.Pricing;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.finance.PayeeRelation;
import dev.clustergov.core.ip.PartyKind;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.finance.FeeKind;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.ChannelKind;
import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.adapters.rest.demo.DemoData;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.establishment.AppointToBody;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.establishment.FoundingApplication.BankInput;
import dev.clustergov.core.application.establishment.FoundingApplication.SeatInput;
import dev.clustergov.core.application.establishment.FoundingApplication.SystemInput;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.management.AdoptManagementSystem;
import dev.clustergov.core.application.management.AmendIpAgreement;
import dev.clustergov.core.application.management.ChangeBankAccount;
import dev.clustergov.core.application.management.DraftIpAgreement;
import dev.clustergov.core.application.management.HireStaff;
import dev.clustergov.core.application.management.PublishDisclosure;
import dev.clustergov.core.application.management.PublishFeeSchedule;
import dev.clustergov.core.application.management.PublishFeeSchedule.ItemInput;
import dev.clustergov.core.application.management.PublishFeeSchedule.TierInput;
import dev.clustergov.core.application.management.RaiseDispute;
import dev.clustergov.core.application.management.RecordCharge;
import dev.clustergov.core.application.management.RecordDisputeStep;
import dev.clustergov.core.application.management.RecordExpenditure;
import dev.clustergov.core.application.management.RecordIncome;
import dev.clustergov.core.application.management.ReviseManagementSystem;
import dev.clustergov.core.application.management.SignIpAgreement;
import dev.clustergov.core.application.management.TermsInput;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.finance.FeeSchedule;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.governance.SeatRole;

/**
 * The stored format of chapter 3's events (管理, Art.9–16), pinned before they became typed: on the demo registry a new
 * PO is founded and every management command is run on it so that each event type and variant is recorded — a system
 * adopted and revised, fee schedules (a new edition, dues by tier, a fixed service fee), income, expenditure (with and
 * without a scope item), the bank account, a hire, every kind of disclosure (a major matter and its correction, with
 * the obligation arisen), every dispute step (each route of escalation), and an IP agreement drafted, signed into
 * force, amended and signed again. Lines as in {@link EventFormatGoldenTest}: everything but the instant.
 */
class ManagementEventsGoldenTest {

  static final String GOLDEN = "/golden/management-events.txt";

  static <T> T ok(Either<Refusal, T> r) {
    return r.getOrElseThrow(refusal -> new IllegalStateException("refused: " + refusal));
  }

  static List<String> managementEvents() {
    InMemoryClustergov memory = new InMemoryClustergov();
    Demo.loadAll(memory.ports(), DemoData.Size.SMALL);
    long before = last(memory);
    Clustergov gov = Clustergov.using(memory.ports());
    new Story(gov, memory).run();
    return lines(memory, before);
  }

  static long last(InMemoryClustergov memory) {
    long after = 0;
    while (true) {
      List<RecordedEvent> page = memory.ports().events().read(after, 1000);
      if (page.isEmpty()) {
        return after;
      }
      after = page.get(page.size() - 1).sequence();
    }
  }

  static List<String> lines(InMemoryClustergov memory, long after) {
    List<String> lines = new ArrayList<>();
    while (true) {
      List<RecordedEvent> page = memory.ports().events().read(after, 1000);
      if (page.isEmpty()) {
        return lines;
      }
      for (RecordedEvent r : page) {
        lines.add(r.sequence() + " " + r.event().canonical().replaceAll("(?m)^at=.*\\n", "").replace("\n", " | "));
        after = r.sequence();
      }
    }
  }

  /** Chapter 3 on one PO of the free 苏州 cluster (the demo's {@code cluster-000006}). */
  static final class Story {
    final Clustergov gov;
    final InMemoryClustergov memory;

    Story(Clustergov gov, InMemoryClustergov memory) {
      this.gov = gov;
      this.memory = memory;
    }

    LocalDate today() {
      return memory.ports().clock().today();
    }

    void nextDay() {
      memory.clock().advance(Duration.ofDays(1));
    }

    void run() {
      // the demo's cluster left free for the README's walk, by its id: this fixture names no cluster of its own
      String cluster = gov.queries().clusters().stream().filter(c -> c.id().value().equals("cluster-000006"))
          .findFirst().orElseThrow().id().value();
      String authority = gov.queries().authorities().stream().filter(a -> a.name().equals("苏州市工业和信息化局"))
          .findFirst().orElseThrow().id().value();
      FoundingApplication a = Demo.application("苏州市澄远生物医药产业集群促进会", cluster, authority, "苏州", "320500", "苏州澄瑞医药股份有限公司",
          "苏州澄远生物医学工程研究所", "苏州市澄远医疗器械行业协会", "苏州市澄湖路218号");
      a = new FoundingApplication(a.name(), a.cluster(), a.authority(), a.guidingBody(), a.founders(), a.type(), a.creditCode(),
          a.charter(), a.partyOrganization(), a.officeAddress(), a.equipment(), a.registeredCapital(), a.staff(),
          List.of(new SystemInput(ManagementSystemKind.PERSONNEL, "人事管理制度", LocalDate.parse("2025-01-15")), new SystemInput(ManagementSystemKind.FINANCIAL, "财务管理制度", LocalDate.parse("2025-01-15")),
              new SystemInput(ManagementSystemKind.ARCHIVES, "档案管理制度", LocalDate.parse("2025-01-15"))),
          a.incomeSources(), a.bankAccount(), a.governance(), a.legalRepresentative());
      PromotionOrganization o = ok(gov.proposeOrganization().handle(new ProposeOrganization.Command(a)));
      String first17 = "51320500MJ9876543";
      o = ok(gov.establishOrganization().handle(new EstablishOrganization.Command(o.id(), OptionalLong.of(o.version()),
          CreditCode.parse(first17 + CreditCode.checkCharacter(first17)).get())));
      nextDay();

      // Art.9: adopted, then revised
      o = ok(gov.adoptManagementSystem().handle(new AdoptManagementSystem.Command(o.id(), OptionalLong.of(o.version()),
          ManagementSystemKind.ADMINISTRATIVE, "行政管理制度（试行）", today())));
      o = ok(gov.reviseManagementSystem().handle(new ReviseManagementSystem.Command(o.id(), OptionalLong.empty(),
          ManagementSystemKind.PERSONNEL, "人事管理制度（2025年修订）", today())));

      // Art.11: dues by tier, a new edition, a fixed service fee; charges under both
      FeeSchedule dues = ok(gov.publishFeeSchedule().handle(new PublishFeeSchedule.Command(o.id(), null, OptionalLong.empty(), FeeKind.DUES,
          "会费标准", today(), "促进会官网 www.example.org.cn 公告栏",
          List.of(new ItemInput("dues", "会费", Pricing.TIERED, null, null, null, List.of(new TierInput("理事单位", Money.yuan("10000.00")),
              new TierInput("会员单位", Money.yuan("2000.00"))))))));
      nextDay();
      dues = ok(gov.publishFeeSchedule().handle(new PublishFeeSchedule.Command(o.id(), dues.id(), OptionalLong.of(dues.version()),
          FeeKind.DUES, "会费标准", today(), "会员通讯 2025年第1期",
          List.of(new ItemInput("dues", "会费", Pricing.TIERED, null, null, null, List.of(new TierInput("理事单位", Money.yuan("12000.00")),
              new TierInput("会员单位", Money.yuan("2500.00")))),
              new ItemInput("entry", "入会费", Pricing.FIXED, Money.yuan("500.00"), null, null, null)))));
      FeeSchedule services = ok(gov.publishFeeSchedule().handle(new PublishFeeSchedule.Command(o.id(), null, OptionalLong.empty(),
          FeeKind.SERVICE_FEES, "检测服务收费标准", today(), "促进会官网 www.example.org.cn",
          List.of(new ItemInput("test", "检测服务", Pricing.FIXED, Money.yuan("800.00"), null, null, null),
              new ItemInput("consult", "咨询服务", Pricing.RANGE, null, Money.yuan("1000.00"), Money.yuan("5000.00"), null)))));
      ok(gov.recordCharge().handle(new RecordCharge.Command(o.id(), dues.id(), "dues", "会员单位", Money.yuan("2500.00"),
          today(), "苏州康翊生物科技有限公司")));
      ok(gov.recordCharge().handle(new RecordCharge.Command(o.id(), services.id(), "consult", null, Money.yuan("3200.50"),
          today(), "苏州睿岚医疗器械有限公司")));

      // Art.10: income and expenditure
      ok(gov.recordIncome().handle(new RecordIncome.Command(o.id(), IncomeKind.GOVERNMENT_APPROPRIATION, Money.yuan("300000.00"),
          today(), "苏州市澄湖产业园财政局")));
      ok(gov.recordIncome().handle(new RecordIncome.Command(o.id(), IncomeKind.DONATION, Money.yuan("5000"), today(),
          "苏州澄远公益基金会")));
      ok(gov.recordExpenditure().handle(new RecordExpenditure.Command(o.id(), Money.yuan("8000.00"), today(),
          "王晓明", "s-1", PayeeRelation.STAFF, "三月工资", true, false, null)));
      ok(gov.recordExpenditure().handle(new RecordExpenditure.Command(o.id(), Money.yuan("12000.00"), today(),
          "苏州会展服务有限公司", null, PayeeRelation.OTHER, "产业对接会场地租赁", false, true, "会展与对外交流")));

      // Art.12 and Art.13
      o = ok(gov.changeBankAccount().handle(new ChangeBankAccount.Command(o.id(), OptionalLong.empty(),
          new BankInput(o.name(), "62223205009876543210", "澄信银行苏州分行"))));
      o = ok(gov.hireStaff().handle(new HireStaff.Command(o.id(), OptionalLong.empty(), new PersonId("s-13"), "郑晓东", StaffCategory.PROFESSIONAL_TECHNICAL,
          Recruitment.OPEN_RECRUITMENT, today(), Money.yuan("15000.00"), Money.yuan("14000.00")))).organization();
      o = ok(gov.hireStaff().handle(new HireStaff.Command(o.id(), OptionalLong.empty(), new PersonId("s-14"), "钱立新", StaffCategory.MANAGEMENT,
          Recruitment.DIRECT_APPOINTMENT, today(), Money.yuan("30000.00"), Money.yuan("15000.00")))).organization();

      // Art.14: a major matter (an appointment to the decision layer) arises; every kind of disclosure, one a correction
      nextDay();
      o = ok(gov.appointToBody().handle(new AppointToBody.Command(o.id(), OptionalLong.of(o.version()), new BodyId("assembly"),
          new SeatInput(new PersonId("p-m9"), "孔德明", SeatRole.MEMBER, List.of()))));
      DisclosureObligation obligation = ok(gov.queries().disclosureObligations(o.id())).get(0);
      nextDay();
      String site = "https://www.swsb.org.cn/xxgk/";
      ok(gov.publishDisclosure().handle(new PublishDisclosure.Command(o.id(), DisclosureKind.MAJOR_MATTER, null, obligation.id(), today(),
          ChannelKind.WEBSITE, site + obligation.id().value(), "关于增补会员大会代表的公告")));
      ok(gov.publishDisclosure().handle(new PublishDisclosure.Command(o.id(), DisclosureKind.MAJOR_MATTER, null, obligation.id(), today(),
          ChannelKind.WEBSITE, site + obligation.id().value() + "-1", "关于增补会员大会代表的公告（更正）")));
      ok(gov.publishDisclosure().handle(new PublishDisclosure.Command(o.id(), DisclosureKind.ANNUAL_REPORT, 2024, null, today(),
          ChannelKind.WEBSITE, site + "ndbg/2024", "2024年度工作报告")));
      ok(gov.publishDisclosure().handle(new PublishDisclosure.Command(o.id(), DisclosureKind.FEE_STANDARD, null, null, today(),
          ChannelKind.WEBSITE, site + "sfbz", "会费标准（2025年版）")));
      ok(gov.publishDisclosure().handle(new PublishDisclosure.Command(o.id(), DisclosureKind.OTHER, null, null, today(),
          ChannelKind.WEBSITE, site + "tz/1", "关于举办生物医药产业对接会的通知")));

      // Art.15: every step of the procedure
      String a1 = "苏州康翊生物科技有限公司";
      String b1 = "苏州睿岚医疗器械有限公司";
      String c1 = "苏州澄瑞医药股份有限公司";
      Dispute d1 = raise(o, "共享实验室使用时段争议", List.of(a1, b1), a1, "MEMBER");
      Dispute d2 = raise(o, "会费分档标准争议", List.of(b1, c1), "理事会", "GOVERNANCE_BODY");
      Dispute d3 = raise(o, "联合研发成果署名争议", List.of(a1, c1), c1, "MEMBER");
      nextDay();
      step(o, d1, "CONSULTATION_OPENED", "卫思源", "SECRETARIAT", null, null);
      step(o, d1, "RESOLVED_BY_CONSULTATION", "卫思源", "SECRETARIAT", null, "双方同意按使用时长分配时段");
      step(o, d2, "CONSULTATION_OPENED", "理事会", "GOVERNANCE_BODY", null, "召开理事会协商");
      step(o, d2, "CONSULTATION_FAILED", "理事会", "GOVERNANCE_BODY", null, null);
      step(o, d2, "MEDIATION_OPENED", "褚海波", "MEDIATOR", null, null);
      step(o, d2, "RESOLVED_BY_MEDIATION", "褚海波", "MEDIATOR", null, "调解协议书");
      step(o, d3, "CONSULTATION_OPENED", "卫思源", "SECRETARIAT", null, null);
      step(o, d3, "CONSULTATION_FAILED", "卫思源", "SECRETARIAT", null, "协商未果");
      step(o, d3, "MEDIATION_OPENED", "卫思源", "SECRETARIAT", null, null);
      nextDay();
      step(o, d3, "MEDIATION_FAILED", "卫思源", "SECRETARIAT", null, null);
      step(o, d3, "ESCALATED", c1, "PARTY", "EXTERNAL_MEDIATION", "申请人民调解委员会调解");
      step(o, d3, "ESCALATED", c1, "PARTY", "ARBITRATION", null);
      step(o, d3, "CLOSED", "卫思源", "SECRETARIAT", null, "澄湖仲裁委员会裁决书〔2025〕苏仲裁字第12号");

      // Art.16: drafted, signed into force, amended, signed again
      String government = "苏州市生物医药产业园管理委员会";
      String partner = "苏州澄远理工学院";
      IpAgreement agreement = ok(gov.draftIpAgreement().handle(new DraftIpAgreement.Command(o.id(), "生物医药共性技术知识产权管理协议",
          terms(o, government, partner, "20", "30", "50"))));
      sign(o, agreement, government, "分管副局长", null);
      sign(o, agreement, o.name(), "秘书长", today().toString());
      nextDay();
      sign(o, agreement, partner, "科学技术研究院院长", null);
      agreement = ok(gov.amendIpAgreement().handle(new AmendIpAgreement.Command(o.id(), agreement.id(), OptionalLong.empty(),
          terms(o, government, partner, "10", "33.3333", "56.6667"))));
      sign(o, agreement, government, "分管副局长", null);
      sign(o, agreement, o.name(), "秘书长", null);
      sign(o, agreement, partner, "科学技术研究院院长", null);
    }

    Dispute raise(PromotionOrganization o, String subject, List<String> parties, String by, String capacity) {
      return ok(gov.raiseDispute().handle(new RaiseDispute.Command(o.id(), subject, parties, by, Capacity.valueOf(capacity), today())));
    }

    void step(PromotionOrganization o, Dispute d, String step, String actor, String capacity, String route, String note) {
      ok(gov.recordDisputeStep().handle(new RecordDisputeStep.Command(o.id(), d.id(), OptionalLong.empty(), StepKind.valueOf(step), null,
          actor, Capacity.valueOf(capacity), (route == null ? null : Route.valueOf(route)), note)));
    }

    void sign(PromotionOrganization o, IpAgreement a, String party, String signatory, String on) {
      ok(gov.signIpAgreement().handle(new SignIpAgreement.Command(o.id(), a.id(), OptionalLong.empty(), party, signatory, on == null ? null : LocalDate.parse(on))));
    }

    static TermsInput terms(PromotionOrganization o, String government, String partner, String g, String p, String q) {
      Map<String, BigDecimal> shares = new LinkedHashMap<>();
      shares.put(government, new BigDecimal(g));
      shares.put(o.name(), new BigDecimal(p));
      shares.put(partner, new BigDecimal(q));
      return new TermsInput(
          List.of(new TermsInput.PartyInput(government, PartyKind.GOVERNMENT), new TermsInput.PartyInput(o.name(), PartyKind.PROMOTION_ORGANIZATION),
              new TermsInput.PartyInput(partner, PartyKind.PARTNER)),
          Map.of(IpActivity.CREATION, List.of(partner, o.name()), IpActivity.PROTECTION, List.of(o.name()), IpActivity.UTILISATION, List.of(government, partner)),
          List.of(new TermsInput.OwnershipInput("联合攻关形成的发明专利", List.of(partner, o.name()))),
          List.of(new TermsInput.UseRightInput(government, "公益性推广使用")), shares);
    }
  }

  /** Every event type chapter 3 records, including each dispute step. */
  static final List<String> TYPES = List.of("ManagementSystemAdopted", "ManagementSystemRevised", "FeeSchedulePublished",
      "ChargeRecorded", "IncomeRecorded", "ExpenditureRecorded", "BankAccountChanged", "StaffHired", "DisclosurePublished",
      "DisclosureObligationArisen", "DisputeRaised", "ConsultationOpened", "DisputeResolvedByConsultation", "ConsultationFailed",
      "MediationOpened", "DisputeResolvedByMediation", "MediationFailed", "DisputeEscalated", "DisputeClosed",
      "IpAgreementDrafted", "IpAgreementAmended", "IpAgreementSigned", "IpAgreementInForce");

  @Test
  void chapter_3s_events_keep_their_recorded_format() throws IOException {
    List<String> actual = managementEvents();
    if (Boolean.getBoolean("clustergov.golden.write")) {
      Path out = Path.of("src/test/resources" + GOLDEN);
      Files.writeString(out, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
    }
    TreeSet<String> types = new TreeSet<>();
    actual.forEach(l -> types.add(l.replaceAll("^\\d+ type=([A-Za-z]+) .*$", "$1")));
    assertThat(types).as("every event type of chapter 3 is recorded").containsAll(TYPES);
    List<String> expected;
    try (InputStream in = ManagementEventsGoldenTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as("golden file " + GOLDEN).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
      assertThat(actual.get(i)).as("event line " + (i + 1)).isEqualTo(expected.get(i));
    }
    assertThat(actual).hasSameSizeAs(expected);
  }
}
