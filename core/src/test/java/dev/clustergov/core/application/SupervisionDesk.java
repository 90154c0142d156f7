package dev.clustergov.core.application;

import dev.clustergov.core.application.general.ReinstateOrganization;
import dev.clustergov.core.application.general.SuspendOrganization;
import dev.clustergov.core.application.supervision.AdoptSelfDisciplineMeasure;
import dev.clustergov.core.application.supervision.ImposeSanction;
import dev.clustergov.core.application.supervision.LiftSanction;
import dev.clustergov.core.application.supervision.OpenInspection;
import dev.clustergov.core.application.supervision.RecordInspectionFinding;
import dev.clustergov.core.application.supervision.RectifyFinding;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.MeasureKind;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/** The Suzhou registry with a recognised PO, and short ways to inspect, sanction and keep self-discipline (Art.24–29). */
final class SupervisionDesk {
  final SuzhouRegistry registry = new SuzhouRegistry();
  PromotionOrganization po = registry.recognised();

  Clustergov gov() {
    return registry.gov;
  }

  AuthorityId own() {
    return registry.authority.id();
  }

  AuthorityId wuxi() {
    return registry.wuxi.id();
  }

  LocalDate today() {
    return registry.memory.clock().today();
  }

  void daysPass(int days) {
    registry.memory.clock().advance(java.time.Duration.ofDays(days));
  }

  PromotionOrganization current() {
    po = registry.stored(po.id());
    return po;
  }

  Either<Refusal, Inspection> open(AuthorityId by, LocalDate on) {
    return gov().openInspection().handle(new OpenInspection.Command(po.id(), by, "2026年度事中事后监督检查", on));
  }

  Either<Refusal, Inspection> note(Inspection i, AuthorityId by, LocalDate rectifyBy, LocalDate on) {
    return gov().recordInspectionFinding().handle(new RecordInspectionFinding.Command(po.id(), i.id(),
        OptionalLong.of(i.version()), by, Citation.of("Art.9"), "保密安全管理制度未建立", rectifyBy, on));
  }

  Either<Refusal, Inspection> rectify(Inspection i, int n, AuthorityId by, LocalDate on) {
    return gov().rectifyFinding().handle(new RectifyFinding.Command(po.id(), i.id(), n, OptionalLong.of(i.version()), by, on,
        "已印发保密安全管理制度", "苏纳促〔2026〕3号"));
  }

  Either<Refusal, Sanction> impose(AuthorityId by, SanctionKind kind, LocalDate rectifyBy) {
    return gov().imposeSanction().handle(new ImposeSanction.Command(po.id(), OptionalLong.empty(), by, kind, List.of(Citation.of("Art.9"), Citation.of("Art.14")),
        "检查发现问题逾期未整改", rectifyBy, null));
  }

  Either<Refusal, Sanction> lift(Sanction s, AuthorityId by, LocalDate on) {
    return gov().liftSanction().handle(new LiftSanction.Command(po.id(), s.id(), OptionalLong.of(s.version()), by, on, "整改完成"));
  }

  Either<Refusal, PromotionOrganization> suspend(AuthorityId by) {
    return gov().suspendOrganization().handle(new SuspendOrganization.Command(po.id(), OptionalLong.empty(), by, "年度检查发现问题"));
  }

  Either<Refusal, PromotionOrganization> reinstate(AuthorityId by) {
    return gov().reinstateOrganization().handle(new ReinstateOrganization.Command(po.id(), OptionalLong.empty(), by, "整改完成"));
  }

  Either<Refusal, SelfDisciplineMeasure> adopt(String body, LocalDate on) {
    return gov().adoptSelfDisciplineMeasure().handle(new AdoptSelfDisciplineMeasure.Command(po.id(), MeasureKind.CONVENTION,
        "苏州纳米新材料集群自律公约", new BodyId(body), on));
  }
}
