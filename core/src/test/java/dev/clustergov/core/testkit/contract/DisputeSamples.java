package dev.clustergov.core.testkit.contract;

import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeId;
import dev.clustergov.core.dispute.Route;
import dev.clustergov.core.dispute.Step;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.ip.IpActivity;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.ip.IpAgreementId;
import dev.clustergov.core.ip.Ownership;
import dev.clustergov.core.ip.Party;
import dev.clustergov.core.ip.PartyKind;
import dev.clustergov.core.ip.Revision;
import dev.clustergov.core.ip.Signature;
import dev.clustergov.core.ip.Terms;
import dev.clustergov.core.ip.UseRight;
import dev.clustergov.core.organization.OrganizationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sample disputes (Art.15) and IP agreements (Art.16) for the port contracts, at version 0, about
 * the PO {@code org-001} of {@link Samples} unless told otherwise.
 */
public final class DisputeSamples {
  private DisputeSamples() {}

  public static final OrganizationId PO = new OrganizationId("org-001");
  public static final OrganizationId OTHER_PO = new OrganizationId("org-002");
  /** The day the samples' disputes are raised and their agreements drafted. */
  public static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  /** A dispute just raised by a member about shared equipment, between two members. */
  public static Dispute raised(String id, OrganizationId organization) {
    return new Dispute(new DisputeId(id), 0, organization, "共享中试设备使用时段分配争议",
        List.of("苏州纳衡科技有限公司", "苏州某纳米材料有限公司"),
        List.of(new Step(StepKind.RAISED, DAY, "苏州纳衡科技有限公司", Capacity.MEMBER, Optional.empty(), Optional.empty())));
  }

  /** A dispute that went every long way: consultation and mediation failed, arbitration, closed with an award. */
  public static Dispute closedAfterArbitration(String id) {
    Dispute d = raised(id, PO);
    d = d.with(new Step(StepKind.CONSULTATION_OPENED, DAY.plusDays(2), "陈静", Capacity.SECRETARIAT, Optional.empty(), Optional.of("召开协商会")));
    d = d.with(new Step(StepKind.CONSULTATION_FAILED, DAY.plusDays(20), "陈静", Capacity.SECRETARIAT, Optional.empty(), Optional.empty()));
    d = d.with(new Step(StepKind.MEDIATION_OPENED, DAY.plusDays(21), "王芳", Capacity.MEDIATOR, Optional.empty(), Optional.empty()));
    d = d.with(new Step(StepKind.MEDIATION_FAILED, DAY.plusDays(35), "王芳", Capacity.MEDIATOR, Optional.empty(), Optional.of("双方未达成一致\n另附说明")));
    d = d.with(new Step(StepKind.ESCALATED, DAY.plusDays(35), "苏州纳衡科技有限公司", Capacity.PARTY, Optional.of(Route.ARBITRATION), Optional.empty()));
    return d.with(new Step(StepKind.CLOSED, DAY.plusDays(120), "陈静", Capacity.SECRETARIAT, Optional.empty(), Optional.of("澄湖仲裁委员会裁决书（2025）苏仲裁字第1号")));
  }

  public static final String GOVERNMENT = "苏州市澄湖产业园管理委员会";
  public static final String ORGANIZATION = "苏州市澄远生物医药产业集群发展促进会";
  public static final String PARTNER = "苏州某医药研究院";
  public static final String SECOND_PARTNER = "苏州某生物医药龙头企业有限公司";

  /** Co-build and share terms among government, the PO and one partner, shares 20 / 33.3333 / 46.6667. */
  public static Terms terms() {
    return new Terms(
        List.of(new Party(GOVERNMENT, PartyKind.GOVERNMENT), new Party(ORGANIZATION, PartyKind.PROMOTION_ORGANIZATION),
            new Party(PARTNER, PartyKind.PARTNER)),
        Map.of(IpActivity.CREATION, new TreeSet<>(List.of(PARTNER, ORGANIZATION)),
            IpActivity.PROTECTION, new TreeSet<>(List.of(ORGANIZATION)),
            IpActivity.UTILISATION, new TreeSet<>(List.of(GOVERNMENT, PARTNER))),
        List.of(new Ownership("联合研发形成的专利", new TreeSet<>(List.of(ORGANIZATION, PARTNER))),
            new Ownership("公共检测方法", new TreeSet<>(List.of(ORGANIZATION)))),
        List.of(new UseRight(GOVERNMENT, "公益性推广使用"), new UseRight(PARTNER, "独占实施五年")),
        new TreeMap<>(Map.of(GOVERNMENT, new BigDecimal("20"), ORGANIZATION, new BigDecimal("33.3333"),
            PARTNER, new BigDecimal("46.6667"))));
  }

  /** The terms with a second partner who takes half of the first one's share. */
  public static Terms termsWithSecondPartner() {
    Terms t = terms();
    List<Party> parties = new java.util.ArrayList<>(t.parties());
    parties.add(new Party(SECOND_PARTNER, PartyKind.PARTNER));
    TreeMap<String, BigDecimal> shares = new TreeMap<>(t.shares());
    shares.put(PARTNER, new BigDecimal("23.3333"));
    shares.put(SECOND_PARTNER, new BigDecimal("23.3334"));
    return new Terms(parties, t.duties(), t.ownership(), t.useRights(), shares);
  }

  /** An agreement drafted, not yet signed. */
  public static IpAgreement drafted(String id, OrganizationId organization) {
    return new IpAgreement(new IpAgreementId(id), 0, organization, "纳米材料共性技术联合攻关知识产权管理协议",
        List.of(new Revision(1, DAY, terms(), List.of())));
  }

  /**
   * In force at revision 1 from {@code DAY + 2} (signed on DAY, DAY + 1, DAY + 2), with an amendment adding a partner
   * proposed on {@code DAY + 30} and signed by two of four on {@code DAY + 31}.
   */
  public static IpAgreement amendedHalfSigned(String id) {
    return amendedHalfSigned(id, PO);
  }

  /** {@link #amendedHalfSigned(String)} of {@code organization}. */
  public static IpAgreement amendedHalfSigned(String id, OrganizationId organization) {
    Revision first = new Revision(1, DAY, terms(), List.of(
        new Signature(GOVERNMENT, "李主任", DAY), new Signature(ORGANIZATION, "张伟", DAY.plusDays(1)),
        new Signature(PARTNER, "赵院长", DAY.plusDays(2))));
    Revision second = new Revision(2, DAY.plusDays(30), termsWithSecondPartner(), List.of(
        new Signature(SECOND_PARTNER, "孙总", DAY.plusDays(31)), new Signature(ORGANIZATION, "张伟", DAY.plusDays(31))));
    return new IpAgreement(new IpAgreementId(id), 0, organization, "纳米材料共性技术联合攻关知识产权管理协议", List.of(first, second));
  }
}
