package dev.clustergov.core.testkit.contract;

import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.DisciplinaryAction;
import dev.clustergov.core.supervision.DisciplinaryActionId;
import dev.clustergov.core.supervision.DisciplineKind;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionFinding;
import dev.clustergov.core.supervision.InspectionId;
import dev.clustergov.core.supervision.MeasureId;
import dev.clustergov.core.supervision.MeasureKind;
import dev.clustergov.core.supervision.Rectification;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionId;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Sample inspections, sanctions and self-discipline records (Art.24–29) for the port contracts, at
 * version 0, about the POs {@code org-001} and {@code org-002} of {@link Samples}, by {@link Samples#AUTHORITY}.
 */
public final class SupervisionSamples {
  private SupervisionSamples() {}

  public static final OrganizationId PO = DisputeSamples.PO;
  public static final OrganizationId OTHER_PO = DisputeSamples.OTHER_PO;
  static final LocalDate DAY = LocalDate.of(2025, 4, 1);

  /** An inspection just opened, no finding yet. */
  public static Inspection opened(String id, OrganizationId organization) {
    return new Inspection(new InspectionId(id), 0, organization, Samples.AUTHORITY, DAY, "2025年度事中事后监督检查", List.of());
  }

  /** An inspection with two findings, the first rectified with its evidence, the second open. */
  public static Inspection withFindings(String id) {
    return opened(id, PO)
        .with(new InspectionFinding(1, DAY.plusDays(1), Citation.article(9), "保密安全管理制度未建立", DAY.plusDays(31), Optional.empty()))
        .with(new InspectionFinding(2, DAY.plusDays(2), Citation.point(8, 2, 2), "监事兼任秘书长\n需调整", DAY.plusDays(60), Optional.empty()))
        .rectify(1, new Rectification(DAY.plusDays(20), "已制定并印发保密安全管理制度", "苏纳促〔2025〕12号"));
  }

  public static Sanction warning(String id, OrganizationId organization) {
    return new Sanction(new SanctionId(id), 0, organization, Samples.AUTHORITY, SanctionKind.WARNING, DAY,
        List.of(Citation.article(14)), "未按期披露年度报告", Optional.empty(), Optional.empty());
  }

  /** A rectification order on two grounds, lifted. */
  public static Sanction liftedOrder(String id) {
    return new Sanction(new SanctionId(id), 0, PO, Samples.AUTHORITY, SanctionKind.RECTIFICATION_ORDER, DAY,
        List.of(Citation.article(9), Citation.point(8, 2, 2)), "检查发现问题逾期未整改", Optional.of(DAY.plusDays(30)),
        Optional.of(DAY.plusDays(25)));
  }

  public static SelfDisciplineMeasure convention(String id, OrganizationId organization) {
    return new SelfDisciplineMeasure(new MeasureId(id), 0, organization, MeasureKind.CONVENTION, "苏州市恒岳纳米新材料集群自律公约",
        new BodyId("congress"), DAY);
  }

  public static DisciplinaryAction criticism(String id, OrganizationId organization, MeasureId measure) {
    return new DisciplinaryAction(new DisciplinaryActionId(id), 0, organization, new MembershipId("member-7"), measure,
        DisciplineKind.CRITICISM, DAY.plusDays(10), "违反自律公约低价倾销");
  }
}
