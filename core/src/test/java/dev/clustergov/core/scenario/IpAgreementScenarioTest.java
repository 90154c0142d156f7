package dev.clustergov.core.scenario;

import dev.clustergov.core.ip.IpActivity;
import dev.clustergov.core.ip.PartyKind;
import static dev.clustergov.core.scenario.ScenarioDesk.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.management.AmendIpAgreement;
import dev.clustergov.core.application.management.DraftIpAgreement;
import dev.clustergov.core.application.management.SignIpAgreement;
import dev.clustergov.core.application.management.TermsInput;
import dev.clustergov.core.application.management.TermsInput.OwnershipInput;
import dev.clustergov.core.application.management.TermsInput.PartyInput;
import dev.clustergov.core.application.management.TermsInput.UseRightInput;
import dev.clustergov.core.ip.IpAgreement;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Art.16 as a story: 建立"共建共享"的知识产权管理制度，通过签订知识产权管理协议，明确政府、集群发展
 * 促进组织、合作共建单位等各方在知识产权创造、保护和运用中的责任和义务，以及知识产权的归属、使用和
 * 利益分配. The park's administration, the PO and the nano institute agree how to share a joint
 * research programme's IP; a first text that shares 99.9999 % is sent back with the sum; the agreement
 * takes effect with the last signature; a new partner joins by an amendment that every party signs.
 */
class IpAgreementScenarioTest {

  private static final String PARK = "苏州市澄湖产业园管理委员会";
  private static final String INSTITUTE = "苏州澄远纳米技术研究所";
  private static final String ENTERPRISE = "苏州纳衡科技有限公司";

  private final ScenarioDesk desk = new ScenarioDesk();

  @Test
  void government_po_and_partners_co_build_and_share_and_every_party_signs_every_text() {
    String po = desk.po.name();

    // the first text shares 20 + 33.3333 + 46.6666 = 99.9999 %: sent back, citing Art.16
    assertThat(desk.refusedCiting(() -> draft(terms(List.of(PARK, po, INSTITUTE), "20", "33.3333", "46.6666"))))
        .containsExactly("A16-benefit-shares Art.16");

    // the corrected text: creation by the institute and the PO, protection by the PO, use by the park and the institute
    IpAgreement draft = accepted(draft(terms(List.of(PARK, po, INSTITUTE), "20", "33.3333", "46.6667")));
    assertThat(draft.inForce()).isFalse();

    // 共建: it takes effect only when the last party has signed
    IpAgreement signed = sign(sign(draft, PARK), po);
    assertThat(signed.inForce()).isFalse();
    IpAgreement inForce = sign(signed, INSTITUTE);
    assertThat(inForce.effective().orElseThrow().number()).isEqualTo(1);

    // a partner joins: the amendment waits for all four, and until then the first text stays in force
    IpAgreement amended = accepted(desk.gov.amendIpAgreement().handle(new AmendIpAgreement.Command(desk.po.id(),
        inForce.id(), OptionalLong.of(inForce.version()), terms(List.of(PARK, po, INSTITUTE, ENTERPRISE), "20", "30", "30", "20"))));
    IpAgreement threeOfFour = sign(sign(sign(amended, ENTERPRISE), po), INSTITUTE);
    assertThat(threeOfFour.effective().orElseThrow().number()).isEqualTo(1);
    IpAgreement allFour = sign(threeOfFour, PARK);
    assertThat(allFour.effective().orElseThrow().number()).isEqualTo(2);
    assertThat(allFour.effective().orElseThrow().terms().shares().get(ENTERPRISE)).isEqualByComparingTo("20");

    // and the PO's IP management system is on record (Art.16)
    var report = accepted(desk.gov.queries().compliance(desk.po.id()));
    assertThat(report.outcomeOf("A16-ip-system").orElseThrow().outcome().passed()).isTrue();
    assertThat(desk.eventTypes()).containsSubsequence("IpAgreementDrafted", "IpAgreementSigned", "IpAgreementInForce",
        "IpAgreementAmended", "IpAgreementSigned", "IpAgreementInForce");
  }

  private io.vavr.control.Either<dev.clustergov.core.application.Refusal, IpAgreement> draft(TermsInput terms) {
    return desk.gov.draftIpAgreement().handle(new DraftIpAgreement.Command(desk.po.id(), "纳米材料共性技术联合攻关知识产权管理协议", terms));
  }

  private IpAgreement sign(IpAgreement a, String party) {
    return accepted(desk.gov.signIpAgreement().handle(new SignIpAgreement.Command(desk.po.id(), a.id(),
        OptionalLong.of(a.version()), party, "法定代表人", null)));
  }

  private TermsInput terms(List<String> parties, String... shares) {
    String po = desk.po.name();
    List<PartyInput> ps = new java.util.ArrayList<>();
    for (String p : parties) {
      ps.add(new PartyInput(p, p.equals(PARK) ? PartyKind.GOVERNMENT : p.equals(po) ? PartyKind.PROMOTION_ORGANIZATION : PartyKind.PARTNER));
    }
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < parties.size(); i++) {
      m.put(parties.get(i), new BigDecimal(shares[i]));
    }
    return new TermsInput(ps, Map.of(IpActivity.CREATION, List.of(INSTITUTE, po), IpActivity.PROTECTION, List.of(po), IpActivity.UTILISATION,
        List.of(PARK, INSTITUTE)),
        List.of(new OwnershipInput("联合攻关形成的发明专利", List.of(INSTITUTE, po)), new OwnershipInput("共性检测方法", List.of(po))),
        List.of(new UseRightInput(PARK, "在园区内公益性推广"), new UseRightInput(INSTITUTE, "科研使用")), m);
  }
}
