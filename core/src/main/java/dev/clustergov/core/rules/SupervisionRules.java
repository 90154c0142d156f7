package dev.clustergov.core.rules;

import static dev.clustergov.core.rules.Severity.BLOCKING;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionFinding;
import dev.clustergov.core.supervision.MeasureId;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Chapter 5's supervision (监督) and Art.24(1)'s self-discipline: the rules over a PO's dossier —
 * rectifications not overdue (Art.25), a self-discipline mechanism in place (Art.24(1)) — and the
 * guards of the supervision commands: only the PO's own authority inspects and sanctions (Art.26),
 * findings and rectifications dated in order, self-discipline measures adopted by the decision layer
 * and disciplinary actions under a measure in force on members of the cluster (Art.27), sanctions
 * on grounds and lifted once (Art.29).
 */
public final class SupervisionRules {

  private SupervisionRules() {}

  public static final Citation ART25 = Citation.article(25);
  public static final Citation ART26 = Citation.article(26);
  public static final Citation ART27 = Citation.article(27);
  public static final Citation ART29 = Citation.article(29);
  public static final Citation ART24_1 = Citation.item(24, 1);

  /**
   * 切实加强事中事后监管 (Art.25): a finding of the authority's inspection still open after its
   * rectification deadline is a finding on the PO. Art.25 has no modal word; the finding is blocking by
   * decision (0261): the deadline is the authority's own order under Art.26, and the finding itself
   * cites a clause the PO broke and has not remedied in the time given.
   */
  /**
   * A problem an inspection found, in words, as A25's evidence and the dashboard name it: “2026年度专项监督检查（2026年8月20日）
   * 第1项问题” — the word 监督检查 once, no record id (review stop 27 item 17), no 的-chain (review stop 28 P12). The English
   * names the inspection by its day: its subject is the authority's Chinese title, which has no English, and a Chinese title
   * inside English prose is not English (review stop 28 E5).
   */
  public static Text finding(Inspection i, InspectionFinding f) {
    return Text.of(inspectionNamed(i.subject()) + "（" + Dates.zh(i.openedOn()) + "）第" + f.number() + "项问题",
        "problem " + f.number() + " of the inspection of " + Dates.en(i.openedOn()));
  }

  /**
   * An inspection named by its subject in a sentence: “2026年度专项监督检查” as it is, a subject that does not say what it is
   * in quotes with 监督检查 after it — the word said once (review stop 27 item 17).
   */
  static String inspectionNamed(String subject) {
    return subject.endsWith("检查") ? subject : "“" + subject + "”监督检查";
  }

  /** The day a report checks, as A25's evidence names it (核查日期, review stop 27 item 17). */
  static final Text CHECKED_ON = Text.of("核查日期", "checked on");

  public static final Rule RECTIFICATION_OVERDUE = Rule.defineDated("A25-rectification-overdue", ART25, BLOCKING,
      "监督检查发现的问题应在整改期限内整改完毕：逾期未整改的，列为该集群发展促进组织的问题",
      "A problem found by an inspection is rectified by its deadline: one still open after its deadline is listed as a finding on the PO",
      (d, p, date) -> {
        List<Evidence.Said> overdue = d.inspections().stream()
            .flatMap(i -> i.overdueOn(date).stream().map(f -> Evidence.said(i.id().value() + "#" + f.number() + " (" + f.clause().format()
                + ", due " + f.rectifyBy() + ")",
                finding(i, f).zh() + "（" + f.clause().formatChinese() + "，整改期限为" + Dates.zh(f.rectifyBy()) + "）",
                finding(i, f).en() + " (" + f.clause().format() + ", to be rectified by " + Dates.en(f.rectifyBy()) + ")")))
            .toList();
        long open = d.inspections().stream().mapToLong(i -> i.openFindings().size()).sum();
        return overdue.isEmpty()
            ? Outcome.pass(Evidence.of("openFindings", open))
            // the JSON keys stay; a person reads what the date is: the day of the check (review stop 27 item 17)
            : Outcome.fail(Evidence.of("overdue", overdue), Evidence.labelled("on", CHECKED_ON, date));
      })
      .alsoCiting(ART26);

  /**
   * 建立自律性机制 (Art.24(1), under 要积极促进集群自律规范): a recognised PO has a self-discipline mechanism in force — at
   * least one convention, code of conduct or the like. Art.24 is a duty of the operating PO (Chapter 4), not one of
   * Art.7's conditions of recognition, so it is treated as the function rules of Art.18–24 are: it applies once the PO
   * has been recognised for the policy's months ({@code operation.functionLookbackMonths}), and before that it is not
   * applicable, in the recognition preview and in compliance alike. It cites Art.24(1) alone: Art.27's 采取自律措施 is an
   * encouragement (鼓励) and binds nothing (review stop 27, item 4; decision 0617, replacing 0261's day-after rule).
   */
  public static final Rule SELF_DISCIPLINE = Rule.defineDated("A24.1-self-discipline", ART24_1, BLOCKING,
      "集群发展促进组织要建立自律性机制：认定满政策规定的期间（与第十八条至第二十四条的职能要求相同）后，须有至少一项有效的自律公约、行为规范等自律性机制",
      "A PO establishes a self-discipline mechanism: once recognised for the policy's period (the same as for the functions of Art.18 to Art.24), it must have at least one in force, such as a convention or a code of conduct",
      (d, p, date) -> {
        int months = p.get(dev.clustergov.core.policy.Parameters.OPERATION_FUNCTION_LOOKBACK_MONTHS);
        var recognisedOn = d.organization().recognisedOn();
        if (recognisedOn.isEmpty() || recognisedOn.get().isAfter(date)) {
          return Outcome.notApplicable("截至" + Dates.zh(date) + "尚未认定，" + ART24_1.formatChinese() + "的要求适用于已认定的集群发展促进组织",
              "not yet recognised on " + Dates.en(date) + "; " + ART24_1.format() + " is required of a recognised PO");
        }
        if (recognisedOn.get().isAfter(date.minusMonths(months))) {
          return OperationRules.recognisedTooRecently(recognisedOn.get(), date, months);
        }
        var inForce = d.selfDisciplineMeasures().stream().filter(m -> m.inForceOn(date))
            .map(m -> Evidence.document(m.id().value(), m.title(), m.adoptedOn())).toList();
        return Outcome.when(!inForce.isEmpty(), Evidence.of("measures", inForce), Evidence.of("recognisedOn", recognisedOn.get()));
      })
      .at(LifecycleStage.RECOGNISED, LifecycleStage.SUSPENDED);

  public static final List<Rule> ALL = List.of(RECTIFICATION_OVERDUE, SELF_DISCIPLINE);

  // ---- guards ------------------------------------------------------------------------------------

  /** Art.26 (谁主管、谁负责): only the PO's own supervising authority inspects it and sanctions it. */
  public static final Guard<Guard.Supervising> OWN_SUPERVISOR = Guard.of("A26-own-supervisor", List.of(ART26, ART25),
      Text.of(dev.clustergov.core.guideline.Guideline.principleZh() + "：只有集群发展促进组织的工业和信息化主管部门可以对其进行监督检查和作出处理决定",
          dev.clustergov.core.guideline.Guideline.principleEn() + ": only the PO's own supervising authority inspects it and decides sanctions on it"),
      s -> !s.acting().equals(s.supervising()),
      Guard.Supervising::evidence);

  /**
   * Art.25: supervision is recorded in order — an inspection, a self-discipline measure or a sanction not before
   * the PO was proposed; a finding not before its inspection, with its deadline not before it; a rectification not
   * before its finding — and none after today.
   */
  public static final Guard<SupervisionDate> SUPERVISION_DATES = new Guard<>("A25-supervision-dates", List.of(ART25),
      Text.of("监督记录须注明日期：检查不早于集群发展促进组织筹建之日，问题不早于检查开始之日，整改期限和整改日期不早于发现问题之日，均不晚于当天",
          "Supervision records are dated: an inspection not before the PO was proposed, a problem found not before its inspection began, a deadline and a rectification not before the problem was found, none after today"),
      SupervisionRules::misdated);

  private static Optional<List<Evidence>> misdated(SupervisionDate d) {
    if (d instanceof SupervisionDate.OfRecord r) {
      return r.on().isAfter(r.today()) || r.on().isBefore(r.proposedOn())
          ? Optional.of(List.of(Evidence.of("on", r.on()), Evidence.of("today", r.today()),
              Evidence.of("organizationProposedOn", r.proposedOn())))
          : Optional.empty();
    }
    if (d instanceof SupervisionDate.OfFinding f) {
      return f.on().isAfter(f.today()) || f.on().isBefore(f.inspectionOpenedOn()) || f.rectifyBy().isBefore(f.on())
          ? Optional.of(List.of(Evidence.of("on", f.on()), Evidence.of("inspectionOpenedOn", f.inspectionOpenedOn()),
              Evidence.of("rectifyBy", f.rectifyBy()), Evidence.of("today", f.today())))
          : Optional.empty();
    }
    if (d instanceof SupervisionDate.OfRectification r) {
      return r.on().isAfter(r.today()) || r.on().isBefore(r.findingNotedOn())
          ? Optional.of(List.of(Evidence.of("on", r.on()), Evidence.of("findingNotedOn", r.findingNotedOn()),
              Evidence.of("today", r.today())))
          : Optional.empty();
    }
    if (d instanceof SupervisionDate.OfAction a) {
      return a.on().isAfter(a.today())
          ? Optional.of(List.of(Evidence.of("on", a.on()), Evidence.of("today", a.today())))
          : Optional.empty();
    }
    SupervisionDate.OfSanction s = (SupervisionDate.OfSanction) d;
    return s.on().isAfter(s.today()) || s.on().isBefore(s.proposedOn()) || s.rectifyBy().map(r -> r.isBefore(s.on())).orElse(false)
        ? Optional.of(List.of(Evidence.of("on", s.on()), Evidence.of("today", s.today()),
            Evidence.of("organizationProposedOn", s.proposedOn()),
            Evidence.of("rectifyBy", s.rectifyBy())))
        : Optional.empty();
  }

  /** The day of a supervision record, with the days it is bounded by. */
  public sealed interface SupervisionDate {

    /** An inspection opened or a self-discipline measure adopted {@code on} a day, of a PO proposed on {@code proposedOn}. */
    record OfRecord(LocalDate on, LocalDate proposedOn, LocalDate today) implements SupervisionDate {}

    /** A finding noted {@code on} a day, in an inspection opened on {@code inspectionOpenedOn}, to be rectified by {@code rectifyBy}. */
    record OfFinding(LocalDate on, LocalDate inspectionOpenedOn, LocalDate rectifyBy, LocalDate today) implements SupervisionDate {}

    /** A rectification {@code on} a day of a finding noted on {@code findingNotedOn}. */
    record OfRectification(LocalDate on, LocalDate findingNotedOn, LocalDate today) implements SupervisionDate {}

    /** A disciplinary action taken {@code on} a day (its measure bounds it, see {@link #MEASURE_IN_FORCE}). */
    record OfAction(LocalDate on, LocalDate today) implements SupervisionDate {}

    /** A sanction decided {@code on} a day on a PO proposed on {@code proposedOn}, with the deadline of a rectification order. */
    record OfSanction(LocalDate on, LocalDate proposedOn, Optional<LocalDate> rectifyBy, LocalDate today) implements SupervisionDate {
      public OfSanction {
        Objects.requireNonNull(rectifyBy, "rectifyBy");
      }
    }
  }

  /** Art.25: a finding is rectified once (the finding is the situation). */
  public static final Guard<InspectionFinding> FINDING_OPEN = Guard.of("A25-finding-open", List.of(ART25),
      Text.of("已整改的问题不再重复整改", "A problem already rectified is not rectified again"),
      f -> f.rectification().isPresent(),
      f -> List.of(Evidence.of("finding", f.number()), Evidence.of("rectifiedOn", f.rectification().get().on())));

  /** Art.27: a disciplinary action rests on a self-discipline measure of the PO itself, in force on the action's day. */
  public static final Guard<UnderMeasure> MEASURE_IN_FORCE = new Guard<>("A27-measure-in-force", List.of(ART27),
      Text.of("自律惩戒须依据集群发展促进组织在惩戒当天已生效的自律措施", "A disciplinary action rests on a self-discipline measure of the PO in force on the day it is taken"),
      u -> {
        Optional<SelfDisciplineMeasure> own = u.found().filter(m -> m.organization().equals(u.organization()));
        return own.isPresent() && own.get().inForceOn(u.on()) ? Optional.empty()
            : Optional.of(List.of(Evidence.of("measure", u.measure().value()), Evidence.of("on", u.on()),
                Evidence.of("adoptedOn", own.<Object>map(m -> m.adoptedOn())
                .orElse(Text.of("非本组织的自律措施", "not the PO's measure")))));
      });

  /** A disciplinary action in {@code organization} {@code on} a day under {@code measure}, and the measure found by that id, if any. */
  public record UnderMeasure(OrganizationId organization, MeasureId measure, Optional<SelfDisciplineMeasure> found, LocalDate on) {
    public UnderMeasure {
      Objects.requireNonNull(organization, "organization");
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(found, "found");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * Art.27 regulates the conduct of the cluster's member units: once the PO's member units are on record, the unit
   * disciplined is one of them on the day; a PO with no member units on record is not checked.
   */
  public static final Guard<Disciplined> CLUSTER_MEMBER = Guard.of("A27-cluster-member", List.of(ART27),
      Text.of("自律措施规范的是集群成员的行为：惩戒对象须为惩戒当天的成员单位",
          "Self-discipline regulates the conduct of the cluster's member units: the unit disciplined is a member unit on the day it is disciplined"),
      d -> !d.roll().isEmpty() && d.roll().stream().noneMatch(m -> m.id().equals(d.member()) && m.activeOn(d.on())),
      d -> List.of(Evidence.of("member", d.member().value()), Evidence.of("on", d.on())));

  /** The member unit disciplined {@code on} a day, and the PO's member units on record. */
  public record Disciplined(MembershipId member, LocalDate on, List<Membership> roll) {
    public Disciplined {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(on, "on");
      roll = List.copyOf(roll);
    }
  }

  /** Art.29: a sanction is lifted while it is in force, once, on a day between its decision and today. */
  public static final Guard<Lifting> SANCTION_LIFTED_ONCE = Guard.of("A29-sanction-in-force", List.of(ART29),
      Text.of("只能解除仍在生效的处理决定，解除日期不早于作出决定之日，不晚于当天；撤销认定的决定为终局决定，不予解除",
          "Only a sanction in force is lifted, on a day not before it was decided and not after today; a revocation is final and is not lifted"),
      l -> l.sanction().liftedOn().isPresent() || l.sanction().kind() == SanctionKind.REVOCATION
          || l.on().isBefore(l.sanction().decidedOn()) || l.on().isAfter(l.today()),
      l -> List.of(Evidence.of("kind", l.sanction().kind()), Evidence.of("decidedOn", l.sanction().decidedOn()),
          Evidence.of("liftedOn", l.sanction().liftedOn()),
          Evidence.of("on", l.on()), Evidence.of("today", l.today())));

  /** A sanction to be lifted {@code on} a day. */
  public record Lifting(Sanction sanction, LocalDate on, LocalDate today) {}

  /** Art.29: while a suspension sanction is in force the PO stays suspended; it is reinstated by lifting the sanction. */
  public static final Guard<Reinstating> SUSPENSION_SANCTION_IN_FORCE = new Guard<>("A29-suspension-in-force",
      List.of(ART29, Citation.article(6)),
      Text.of("暂停认定的处理决定生效期间不得恢复认定：须先解除该处理决定", "While a sanction suspending recognition is in force, recognition is not reinstated: the sanction must be lifted first"),
      r -> {
        List<Evidence.Said> inForce = r.sanctions().stream().filter(s -> s.kind() == SanctionKind.SUSPENSION && s.inForceOn(r.today()))
            .map(s -> new Evidence.Said(s.id().value(), Text.of(Dates.zh(s.decidedOn()) + "作出的" + s.kind().title().zh() + "决定",
                s.kind().title().en() + " decided on " + Dates.en(s.decidedOn())))).toList();
        return inForce.isEmpty() ? Optional.empty() : Optional.of(List.of(Evidence.of("sanctions", inForce)));
      });

  /** A PO's sanctions, as it is to be reinstated today. */
  public record Reinstating(List<Sanction> sanctions, LocalDate today) {
    public Reinstating {
      sanctions = List.copyOf(sanctions);
      Objects.requireNonNull(today, "today");
    }
  }

  public static final List<Guard<?>> GUARDS = List.of(OWN_SUPERVISOR, SUPERVISION_DATES, FINDING_OPEN, MEASURE_IN_FORCE,
      CLUSTER_MEMBER, SANCTION_LIFTED_ONCE, SUSPENSION_SANCTION_IN_FORCE);

  /** Every overdue finding of {@code inspections} on {@code day}. */
  public static long overdue(List<Inspection> inspections, LocalDate day) {
    return inspections.stream().mapToLong(i -> i.overdueOn(day).size()).sum();
  }
}
