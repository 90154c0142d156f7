package dev.clustergov.core.application;

import dev.clustergov.core.application.establishment.AmendFoundingApplication;
import dev.clustergov.core.application.establishment.AppointToBody;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.RemoveFromBody;
import dev.clustergov.core.application.general.DissolveOrganization;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.general.ReinstateOrganization;
import dev.clustergov.core.application.general.RevokeRecognition;
import dev.clustergov.core.application.general.SuspendOrganization;
import static dev.clustergov.core.application.SuzhouRegistry.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import io.vavr.control.Either;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.governance.SeatRole;

class DissolveOrganizationTest {

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;

  private DissolveOrganization.Command dissolve(PromotionOrganization o, String reason) {
    return new DissolveOrganization.Command(o.id(), OptionalLong.of(o.version()), reason);
  }

  @Test
  void a_recognised_po_is_dissolved_by_its_members_with_one_event() {
    PromotionOrganization o = registry.recognised();

    var appended = registry.appendedBy(() -> gov.dissolveOrganization().handle(dissolve(o, "成员大会决议注销")));

    assertThat(appended.value().stage()).isEqualTo(LifecycleStage.DISSOLVED);
    assertThat(appended.value().version()).isEqualTo(o.version() + 1);
    assertThat(appended.majorMatter().event().type()).isEqualTo("OrganizationDissolved");
    assertThat(appended.majorMatter().event().data()).containsEntry("from", "RECOGNISED").containsEntry("to", "DISSOLVED")
        .containsEntry("reason", "成员大会决议注销");
    // dissolved after establishment: 已注销 (TERMS-zh, lifecycle states)
    assertThat(appended.value().foundingAbandoned()).isFalse();
    assertThat(appended.value().stageLabel().zh()).isEqualTo("已注销");
    assertThat(appended.value().stageLabel().en()).isEqualTo("dissolved");
  }

  @Test
  void founders_may_give_up_a_po_that_is_only_proposed() {
    PromotionOrganization o = registry.proposed();

    PromotionOrganization given = registry.accepted(gov.dissolveOrganization().handle(dissolve(o, "发起单位撤回")));
    assertThat(given.stage()).isEqualTo(LifecycleStage.DISSOLVED);
    // dissolved while proposed, never established: 终止筹建, never 已注销 (Guard A6-lifecycle: “筹建中的为终止筹建”)
    assertThat(given.establishedOn()).isEmpty();
    assertThat(given.foundingAbandoned()).isTrue();
    assertThat(given.stageLabel().zh()).isEqualTo("已终止筹建");
    assertThat(given.stageLabel().en()).isEqualTo("founding ended");
  }

  /** Decision 0597: a refused dissolution of a PO still proposed names the operation 终止筹建; of an established one, 注销. */
  @Test
  void a_refused_end_of_founding_is_named_so_and_a_refused_dissolution_so() {
    PromotionOrganization proposed = registry.proposed();
    var early = new DissolveOrganization.Command(proposed.id(), OptionalLong.of(proposed.version()), "发起单位撤回",
        proposed.proposedOn().minusDays(1));
    var refused = (Refusal.Rejected) registry.refused(() -> gov.dissolveOrganization().handle(early));
    assertThat(refused.rejection().command()).isEqualTo("DissolveOrganization");
    assertThat(refused.rejection().render(dev.clustergov.core.kernel.Language.ZH)).startsWith("“终止筹建”操作未通过：");

    PromotionOrganization recognised = registry.recognised();
    var late = new DissolveOrganization.Command(recognised.id(), OptionalLong.of(recognised.version()), "成员单位大会决议注销",
        recognised.proposedOn().minusDays(1));
    var refusedToo = (Refusal.Rejected) registry.refused(() -> gov.dissolveOrganization().handle(late));
    assertThat(refusedToo.rejection().render(dev.clustergov.core.kernel.Language.ZH)).startsWith("“注销”操作未通过：");
  }

  /**
   * Decision 0599: a PO whose founding was ended (终止筹建) was never registered, so it is never said to be 已注销 — every
   * refusal of a later command names its stage 已终止筹建 · founding ended, whichever guard sees the stage (the lifecycle,
   * the founding application, the books); the JSON's code stays DISSOLVED. One dissolved after establishment reads 已注销.
   */
  @Test
  void a_refusal_on_a_po_whose_founding_ended_names_its_true_state() {
    PromotionOrganization ended = registry.accepted(gov.dissolveOrganization().handle(dissolve(registry.proposed(), "发起单位撤回")));
    List<dev.clustergov.core.rules.Evidence> stages = stagesNamedRefusing(ended);
    assertThat(stages).hasSizeGreaterThanOrEqualTo(5);
    assertThat(stages).allSatisfy(e -> {
      assertThat(e.value()).isEqualTo("DISSOLVED");
      assertThat(e.line().zh()).isEqualTo("当前状态：已终止筹建");
      assertThat(e.line().en()).isEqualTo("current stage: founding ended");
    });

    assertThat(stagesNamedRefusing(registry.dissolved())).isNotEmpty()
        .allSatisfy(e -> assertThat(e.line()).isEqualTo(dev.clustergov.core.kernel.Text.of("当前状态：已注销", "current stage: dissolved")));
  }

  /** The evidence naming the PO's stage in the refusals of commands that {@code o}, dissolved, no longer takes. */
  private List<dev.clustergov.core.rules.Evidence> stagesNamedRefusing(PromotionOrganization o) {
    OptionalLong v = OptionalLong.of(o.version());
    List<Supplier<Either<Refusal, ?>>> commands = List.of(
        () -> gov.recogniseOrganization().handle(new RecogniseOrganization.Command(o.id(), v, registry.authority.id())),
        () -> gov.establishOrganization().handle(new EstablishOrganization.Command(o.id(), v, Fixtures.PO_CODE)),
        () -> gov.amendFoundingApplication().handle(new AmendFoundingApplication.Command(o.id(), v, registry.application())),
        () -> gov.admitMember().handle(new dev.clustergov.core.application.operation.AdmitMember.Command(o.id(), "苏州澄信科技有限公司",
            Fixtures.code("91320500MA0009001"), dev.clustergov.core.operation.MemberKind.ENTERPRISE, null)),
        () -> gov.recordIncome().handle(new dev.clustergov.core.application.management.RecordIncome.Command(o.id(),
            dev.clustergov.core.finance.IncomeKind.DONATION, dev.clustergov.core.kernel.Money.yuan("100.00"), o.proposedOn(), "苏州某基金会")));
    List<dev.clustergov.core.rules.Evidence> stages = new java.util.ArrayList<>();
    for (var command : commands) {
      registry.rejected(command).forEach(f -> f.evidence().stream()
          .filter(e -> e.name().equals("stage") || e.name().equals("from") && f.rule().equals("A6-lifecycle")).forEach(stages::add));
    }
    return stages;
  }

  @Test
  void a_blank_reason_is_malformed() {
    PromotionOrganization o = registry.recognised();

    assertThat(registry.malformed(() -> gov.dissolveOrganization().handle(dissolve(o, "\t")))).containsExactly("reason:required");
  }

  @Test
  void an_unknown_po_is_not_found() {
    assertThat(registry.refused(() -> gov.dissolveOrganization().handle(
        new DissolveOrganization.Command(new OrganizationId("org-999999"), OptionalLong.empty(), "注销"))))
        .isEqualTo(new Refusal.NotFound("organization", "org-999999"));
  }

  @Test
  void a_stale_version_is_a_conflict() {
    PromotionOrganization o = registry.recognised();

    assertThat(registry.refused(() -> gov.dissolveOrganization().handle(
        new DissolveOrganization.Command(o.id(), OptionalLong.of(o.version() + 1), "注销"))))
        .isInstanceOf(Refusal.Conflict.class);
  }

  @Test
  void a_dissolved_po_is_final_every_later_command_is_refused_citing_the_lifecycle() {
    everyCommandIsRefusedAsFinal(registry.dissolved());
  }

  @Test
  void a_revoked_po_is_final_every_later_command_is_refused_citing_the_lifecycle() {
    everyCommandIsRefusedAsFinal(registry.revoked());
  }

  private void everyCommandIsRefusedAsFinal(PromotionOrganization o) {
    OptionalLong v = OptionalLong.of(o.version());
    var own = registry.authority.id();
    List<Supplier<Either<Refusal, PromotionOrganization>>> commands = List.of(
        () -> gov.amendFoundingApplication().handle(new AmendFoundingApplication.Command(o.id(), v, registry.application())),
        () -> gov.establishOrganization().handle(new EstablishOrganization.Command(o.id(), v, Fixtures.PO_CODE)),
        () -> gov.recogniseOrganization().handle(new RecogniseOrganization.Command(o.id(), v, own)),
        () -> gov.suspendOrganization().handle(new SuspendOrganization.Command(o.id(), v, own, "暂停")),
        () -> gov.reinstateOrganization().handle(new ReinstateOrganization.Command(o.id(), v, own, "恢复")),
        () -> gov.revokeRecognition().handle(new RevokeRecognition.Command(o.id(), v, own, "撤销")),
        () -> gov.dissolveOrganization().handle(new DissolveOrganization.Command(o.id(), v, "注销")),
        () -> gov.appointToBody().handle(new AppointToBody.Command(o.id(), v, new BodyId("council"), Fixtures.seat("p-new", "新理事", SeatRole.MEMBER))),
        () -> gov.removeFromBody().handle(new RemoveFromBody.Command(o.id(), v, new BodyId("council"), new PersonId("p-liu"))));
    for (var command : commands) {
      assertThat(ruleIds(registry.rejected(command))).contains("A6-lifecycle");
    }
    assertThat(registry.stored(o.id())).isEqualTo(o);
  }
}
