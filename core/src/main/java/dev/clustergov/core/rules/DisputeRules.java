package dev.clustergov.core.rules;

import static dev.clustergov.core.rules.Severity.ADVISORY;
import static dev.clustergov.core.rules.Severity.BLOCKING;

import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeState;
import dev.clustergov.core.dispute.Route;
import dev.clustergov.core.dispute.Step;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.policy.Parameters;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Art.15 (民主协商和内部矛盾调解): the rules over a PO's dossier, and the guards of the dispute
 * procedure — consultation first; internal mediation, and mediation, arbitration or litigation by
 * law, only for what consultation could not resolve; a resolved or closed dispute is final; every
 * step dated, in order, and taken in a capacity the procedure gives.
 */
public final class DisputeRules {

  private DisputeRules() {}

  public static final Citation ART15 = Citation.article(15);

  /**
   * 应当建立民主协商和内部矛盾调解制度: the system is a normative document like those of Art.9,
   * adopted by the PO; it must exist once the PO is recognised (decision 0241).
   */
  public static final Rule DISPUTE_SYSTEM = Rule.define("A15-dispute-system", ART15, BLOCKING,
      "应当建立民主协商和内部矛盾调解制度",
      "A democratic consultation and internal dispute mediation system must be adopted",
      (d, p) -> Outcome.when(d.organization().systemKinds().contains(ManagementSystemKind.DISPUTE_RESOLUTION),
          Evidence.of("systems", new java.util.TreeSet<>(d.organization().systemKinds()))))
      .at(LifecycleStage.RECOGNISED, LifecycleStage.SUSPENDED);

  /**
   * Consultation is the first way (民主协商); a dispute left raised or in consultation longer than the
   * policy's days is reported. Art.15 sets no limit, so the finding is advisory (decision 0242).
   */
  /**
   * What A15's overdue disputes are, as their evidence names them: the JSON key {@code overdue} is shared with A25's
   * inspection findings (逾期未整改的问题, Art.25), a different legal thing; a dispute is read under its own label (review
   * stop 28 R1). A dispute flagged is raised or in consultation (not yet through it) longer than the policy's days.
   */
  public static final Text OVERDUE_DISPUTES = Text.of("超过期限未完成民主协商的内部矛盾",
      "internal disputes not taken through democratic consultation in time");

  public static final Rule CONSULTATION_OVERDUE = Rule.defineDated("A15-consultation-overdue", ART15, ADVISORY,
      "内部矛盾应及时民主协商：提出后或处于协商阶段超过政策规定天数的，予以提示",
      "Internal disputes should be taken to democratic consultation promptly: one raised or in consultation longer than the policy's days is flagged",
      (d, p, date) -> {
        int max = p.get(Parameters.DISPUTE_CONSULTATION_MAX_DAYS);
        List<Evidence.Said> overdue = d.disputes().stream()
            .filter(x -> x.state().awaitingConsultation())
            .filter(x -> ChronoUnit.DAYS.between(x.raisedOn(), date) > max)
            .map(x -> {
              long days = ChronoUnit.DAYS.between(x.raisedOn(), date);
              return Evidence.said(x.id().value() + " (" + days + " days)", "“" + x.subject() + "”（已提出" + days + "天）",
                  "“" + x.subject() + "” (raised " + days + (days == 1 ? " day ago)" : " days ago)"));
            })
            .toList();
        return overdue.isEmpty()
            ? Outcome.pass(Evidence.of("policyMaximumDays", max))
            : Outcome.fail(Evidence.labelled("overdue", OVERDUE_DISPUTES, overdue), Evidence.of("policyMaximumDays", max));
      });

  public static final List<Rule> ALL = List.of(DISPUTE_SYSTEM, CONSULTATION_OVERDUE);

  // ---- guards of the procedure -------------------------------------------------------------------

  // The four guards of the procedure's order report one breach at a time, the most basic first: a final dispute
  // takes no step at all; short of that, what needs failed consultation needs it; short of that, a second
  // escalation needs a lawful route; short of that, the step must start from where the dispute stands.

  private static boolean isFinal(NextStep s) {
    return s.dispute().state().isFinal();
  }

  private static boolean beforeConsultationFailed(NextStep s) {
    return !isFinal(s) && s.step().kind().needsFailedConsultation() && !s.dispute().state().consultationFailed();
  }

  private static boolean escalatedAgain(NextStep s) {
    return s.step().kind() == StepKind.ESCALATED && s.dispute().state() == DisputeState.ESCALATED;
  }

  private static boolean noArrow(NextStep s) {
    return !isFinal(s) && !beforeConsultationFailed(s) && s.dispute().after(s.step()).isEmpty();
  }

  public static final Guard<NextStep> CONSULTATION_FIRST = Guard.of("A15-consultation-first", List.of(ART15),
      Text.of("内部矛盾经协商不能解决的，方可通过内部调解或依法通过调解、仲裁、诉讼等途径解决：须先经民主协商且协商不能解决",
          "Only what consultation cannot resolve goes to internal mediation or, by law, to mediation, arbitration or litigation: consultation must have been tried and failed"),
      DisputeRules::beforeConsultationFailed,
      s -> List.of(Evidence.of("state", s.dispute().state()), Evidence.of("step", s.step().kind())));

  public static final Guard<NextStep> DISPUTE_FINAL = Guard.of("A15-dispute-final", List.of(ART15),
      Text.of("已解决或已结案的内部矛盾不再进行任何处理步骤", "A resolved or closed internal dispute takes no further step"),
      DisputeRules::isFinal,
      s -> List.of(Evidence.of("state", s.dispute().state()), Evidence.of("step", s.step().kind())));

  public static final Guard<NextStep> DISPUTE_STEPS = Guard.of("A15-dispute-steps", List.of(ART15),
      // review stop 27 item 16: the sequence in words, not arrows
      Text.of("内部矛盾先经民主协商；协商不能解决的，可以进行内部调解；调解不成的，可以依法通过调解、仲裁或诉讼解决；解决后结案",
          "An internal dispute is first taken to democratic consultation; if consultation cannot resolve it, it may be mediated "
              + "internally; if mediation fails, it may be settled by mediation, arbitration or litigation under the law; once "
              + "resolved, it is closed"),
      s -> noArrow(s) && !escalatedAgain(s),
      s -> List.of(Evidence.of("state", s.dispute().state()), Evidence.of("step", s.step().kind()),
          Evidence.of("stepFrom", s.step().kind().from())));

  /**
   * After mediation outside the PO fails, arbitration or litigation remain open by law; an arbitral
   * award and a judgment leave no further route (decision 0350).
   */
  public static final Guard<NextStep> LAWFUL_ROUTE = Guard.of("A15-lawful-route", List.of(ART15),
      Text.of("经调解不成的，可以依法申请仲裁或者提起诉讼；仲裁实行一裁终局，诉讼依法终结后，不再寻求其他途径",
          "After mediation fails, arbitration or litigation may follow by law; arbitration is final and, once litigation has ended by law, no other route follows"),
      s -> noArrow(s) && escalatedAgain(s),
      s -> List.of(Evidence.of("route", s.dispute().route()),
          Evidence.of("nextRoute", s.step().route()),
          Evidence.of("openAfter", s.dispute().route().map(Route::openAfter).orElse(java.util.Set.of()))));

  /** {@code step} about to be taken on {@code dispute}. */
  public record NextStep(Dispute dispute, Step step) {
    public NextStep {
      java.util.Objects.requireNonNull(dispute, "dispute");
      java.util.Objects.requireNonNull(step, "step");
    }
  }

  public static final Guard<Taking> STEP_ACTOR = Guard.of("A15-step-actor", List.of(ART15),
      Text.of("每个处理步骤须由制度规定身份的人员作出并记录：成员单位或组织机构提出，秘书处或组织机构组织协商，调解员、秘书处或组织机构调解，当事方或秘书处寻求外部途径",
          "Each step is taken and recorded by someone in a capacity the procedure gives: raised by a member unit or a governance body, consultation organised by the secretariat or a body, mediation by a mediator, the secretariat or a body, external routes sought by a party or the secretariat"),
      t -> !t.step().takenBy().contains(t.capacity()),
      t -> List.of(Evidence.of("step", t.step()), Evidence.of("capacity", t.capacity()), Evidence.of("allowed", t.step().takenBy())));

  /** A step of kind {@code step} taken in {@code capacity}. */
  public record Taking(StepKind step, Capacity capacity) {
    public Taking {
      java.util.Objects.requireNonNull(step, "step");
      java.util.Objects.requireNonNull(capacity, "capacity");
    }
  }

  public static final Guard<StepDate> STEP_DATES = Guard.of("A15-step-dates", List.of(ART15),
      Text.of("处理步骤须注明日期：不得早于上一步骤，不得晚于当天", "Each step is dated: not before the previous step and not after today"),
      d -> d.on().isBefore(d.notBefore()) || d.on().isAfter(d.today()),
      StepDate::evidence);

  /** The date of a step, the day it cannot precede, and today. */
  public sealed interface StepDate {
    LocalDate on();

    LocalDate notBefore();

    LocalDate today();

    List<Evidence> evidence();

    /** A dispute raised on {@code on} in a PO proposed on {@code organizationProposedOn}. */
    record Raised(LocalDate on, LocalDate organizationProposedOn, LocalDate today) implements StepDate {
      public Raised {
        java.util.Objects.requireNonNull(on, "on");
        java.util.Objects.requireNonNull(organizationProposedOn, "organizationProposedOn");
        java.util.Objects.requireNonNull(today, "today");
      }

      @Override public LocalDate notBefore() {
        return organizationProposedOn;
      }

      @Override public List<Evidence> evidence() {
        return List.of(Evidence.of("on", on), Evidence.of("today", today), Evidence.of("organizationProposedOn", organizationProposedOn));
      }
    }

    /** A later step on {@code on}, after a step on {@code previousStepOn}. */
    record Next(LocalDate on, LocalDate previousStepOn, LocalDate today) implements StepDate {
      public Next {
        java.util.Objects.requireNonNull(on, "on");
        java.util.Objects.requireNonNull(previousStepOn, "previousStepOn");
        java.util.Objects.requireNonNull(today, "today");
      }

      @Override public LocalDate notBefore() {
        return previousStepOn;
      }

      @Override public List<Evidence> evidence() {
        return List.of(Evidence.of("on", on), Evidence.of("previousStepOn", previousStepOn), Evidence.of("today", today));
      }
    }
  }

  public static final List<Guard<?>> GUARDS = List.of(CONSULTATION_FIRST, DISPUTE_FINAL, DISPUTE_STEPS, LAWFUL_ROUTE, STEP_ACTOR,
      STEP_DATES);

  /** Disputes still open (neither resolved nor closed). */
  public static List<Dispute> open(Dossier d) {
    return d.disputes().stream().filter(x -> !x.state().isFinal()).toList();
  }
}
