package dev.clustergov.core.rules;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.supervision.EvaluatorId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The conditions on third-party evaluation (第三方评价, Art.28) as command guards: who may evaluate
 * (a registered evaluator independent of the PO), whom (a PO that holds its recognition) and when.
 * The scoring itself is {@code dev.clustergov.core.evaluation.EvaluationEngine}'s.
 */
public final class EvaluationRules {

  static final Citation ART28 = Citation.article(28);

  private EvaluationRules() {}

  /**
   * Art.28: 第三方机构 — the evaluator is a third party: not the PO itself, not a founder or member unit of
   * it, not its supervising authority or that authority's own unit, and not tied to it within the
   * policy's cooling-off period ({@code evaluation.coolingOffMonths}).
   */
  public static final Guard<Relation> INDEPENDENT = Guard.of("A28-independent-evaluator", List.of(ART28),
      Text.of("评价须由第三方机构进行：第三方评价机构不得是被评价的集群发展促进组织本身、其发起单位或成员单位、其工业和信息化主管部门或该主管部门所属单位，亦不得在回避期内与其存在利害关系",
          "Evaluation is by a third party: the third-party evaluator may not be the PO itself, its founder or member unit, its supervising authority or a unit under that authority, nor have had an interest in it within the recusal period"),
      s -> s.since().map(b -> !b.isAfter(s.day())).orElse(true)
          // the recusal period is counted from the day after the tie ended to the corresponding day of its last month,
          // or that month's last day (《民法典》第二百零一条、第二百零二条): day.minusMonths(n) would stretch it by up to three days
          && s.until().map(e -> !e.plusMonths(s.coolingOffMonths()).isBefore(s.day())).orElse(true),
      s -> {
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.of("reason", s.reason()));
        evidence.addAll(s.evidence());
        return evidence;
      });

  /**
   * One relation between an evaluator and the PO it would evaluate on {@code day} — the PO itself, a founder, a
   * member unit, the authority's own unit, a declared tie — with the day it began and the day it ended, if it
   * has either. It binds from the day it began (a founder, the PO itself, an authority's unit always) until the
   * policy's cooling-off period after it ended ({@code evaluation.coolingOffMonths}). {@code reason} and
   * {@code evidence} say what the relation is.
   */
  public record Relation(String reason, Optional<LocalDate> since, Optional<LocalDate> until, LocalDate day, int coolingOffMonths,
      List<Evidence> evidence) {
    public Relation {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(day, "day");
      evidence = List.copyOf(evidence);
    }

    /** A relation that binds while it lasts with no beginning or end: the PO itself, a founder, an authority's own unit. */
    public static Relation standing(String reason, LocalDate day, int coolingOffMonths, Evidence... evidence) {
      return new Relation(reason, Optional.empty(), Optional.empty(), day, coolingOffMonths, List.of(evidence));
    }
  }

  /** Art.28 with Art.6: the PO evaluated holds its recognition — it is recognised on the day. */
  public static final Guard<Evaluated> EVALUABLE = Guard.of("A28-recognised-organization", List.of(ART28, Citation.article(6)),
      Text.of("第三方评价的对象是已认定的集群发展促进组织：筹建中、已组建、认定已暂停、认定已撤销或已注销的，不予评价",
          "Third-party evaluation is of recognised POs: one proposed, established but not recognised, with recognition suspended or revoked, or dissolved is not evaluated"),
      s -> s.stage() != LifecycleStage.RECOGNISED,
      s -> List.of(Evidence.of("stage", Guard.stage(s.stage(), s.everEstablished()))));

  /** The stage of the PO an evaluation is of, and whether it was ever established (the words of its stage, decision 0599). */
  public record Evaluated(LifecycleStage stage, boolean everEstablished) {
    public Evaluated {
      Objects.requireNonNull(stage, "stage");
    }

    /** A PO known by its stage alone, whose stage tells its history (see {@link Guard.Move}). */
    public Evaluated(LifecycleStage stage) {
      this(stage, true);
    }

    /** The PO {@code o} evaluated. */
    public static Evaluated of(dev.clustergov.core.organization.PromotionOrganization o) {
      return new Evaluated(o.stage(), o.establishedOn().isPresent());
    }
  }

  /** An evaluation is dated on a day that has come, after the evaluator was registered and the PO recognised. */
  public static final Guard<Dated> EVALUATION_DATE = Guard.of("A28-evaluation-date", List.of(ART28),
      Text.of("评价日期不得晚于当天，且不得早于第三方评价机构录入本系统之日和集群发展促进组织认定之日",
          "An evaluation is dated no later than today and no earlier than the day the evaluator was entered in the system and the day the PO was recognised"),
      s -> s.day().isAfter(s.today()) || s.since().stream().anyMatch(b -> b.day().map(s.day()::isBefore).orElse(false)),
      s -> {
        List<Evidence> evidence = new ArrayList<>(List.of(Evidence.of(s.field(), s.day()), Evidence.of("today", s.today())));
        s.since().forEach(b -> evidence.add(Evidence.of(b.name(), b.day().<Object>map(x -> x).orElse(b.absent()))));
        return evidence;
      });

  /**
   * The day a command of evaluation states ({@code field}: an evaluation's or a registration's {@code on}, a
   * tie's {@code from}), today, and the days it may not come before.
   */
  public record Dated(String field, LocalDate day, LocalDate today, List<Since> since) {
    public Dated {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(today, "today");
      since = List.copyOf(since);
    }

    /** Only the day and today: the day must not be in the future. */
    public static Dated on(String field, LocalDate day, LocalDate today) {
      return new Dated(field, day, today, List.of());
    }
  }

  /** A day an evaluation may not come before, named as the evidence names it; {@code absent} is its text when there is none. */
  public record Since(String name, Optional<LocalDate> day, Text absent) {
    public Since {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(absent, "absent");
    }
  }

  /** The registry holds an evaluator once: one unified social credit code, one entry. */
  public static final Guard<Entry> ONE_ENTRY = Guard.of("A28-evaluator-once", List.of(ART28),
      Text.of("第三方评价机构按统一社会信用代码录入，每个机构只录入一次",
          "Third-party evaluators are entered by unified social credit code, each once"),
      s -> s.registeredAs().isPresent(),
      s -> List.of(Evidence.of("creditCode", s.creditCode()), Evidence.of("registeredAs", s.registeredAs().map(Object::toString).orElse(""))));

  /** A credit code to register, and the evaluator already registered under it, if any. */
  public record Entry(CreditCode creditCode, Optional<EvaluatorId> registeredAs) {
    public Entry {
      Objects.requireNonNull(creditCode, "creditCode");
      Objects.requireNonNull(registeredAs, "registeredAs");
    }
  }

  /**
   * {@link Guard#ACTOR_STANDING} where an evaluator acts (Art.28 with Art.26): an evaluator records its own
   * evaluations and declares its own ties; nobody — an authority, another evaluator — does so in its name.
   * The same id, clauses and message as the standing guard, over who acts and the evaluator the command names.
   */
  public static final Guard<ActingFor> EVALUATOR_IN_OWN_NAME = Guard.of(Guard.ACTOR_STANDING.id(), Guard.ACTOR_STANDING.clauses(),
      Guard.ACTOR_STANDING.message(),
      s -> !s.host() && !s.acting().map(a -> a.value().equals(s.named())).orElse(false),
      s -> List.of(Evidence.of("actor", s.actor()), Evidence.of("evaluator", s.named())));

  /**
   * Who acts — its label, whether it is the host system acting in its own right, the evaluator it is if it is
   * one — and the evaluator the command names (as given).
   */
  public record ActingFor(String actor, boolean host, Optional<EvaluatorId> acting, String named) {
    public ActingFor {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(acting, "acting");
      Objects.requireNonNull(named, "named");
    }
  }

  /**
   * Art.28 with Art.26: a third party evaluates a PO because the PO's supervising authority engaged it to — for a
   * period that has not ended, whose last day is not before its first (decision 0380).
   */
  public static final Guard<Period> ENGAGEMENT_PERIOD = Guard.of("A28-engagement-period", List.of(ART28),
      Text.of("委托第三方评价机构须明确评价期限：期限终止日不得早于起始日，亦不得早于当天",
          "An engagement of a third-party evaluator states its period: its last day is not before its first day, nor before today"),
      s -> s.until().isBefore(s.from()) || s.until().isBefore(s.today()),
      s -> List.of(Evidence.of("from", s.from()), Evidence.of("until", s.until()), Evidence.of("today", s.today())));

  /** The period an engagement states, and today. */
  public record Period(LocalDate from, LocalDate until, LocalDate today) {
    public Period {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(today, "today");
    }
  }

  /**
   * Art.28 with Art.26: an evaluator evaluates a PO only under an engagement by the PO's supervising authority that
   * runs both on the day evaluated and today (decision 0380).
   */
  public static final Guard<Engaged> ENGAGED = Guard.of("A28-engaged-evaluator", List.of(ART28, Citation.article(26)),
      Text.of("第三方评价机构须受被评价的集群发展促进组织的工业和信息化主管部门委托，并在委托期限内进行评价",
          "A third-party evaluator evaluates a PO only when engaged by the PO's supervising authority, within the engagement's period"),
      s -> s.periods().stream().noneMatch(p -> !p.from().isAfter(s.day()) && !p.until().isBefore(s.today())),
      s -> {
        List<Evidence> evidence = new ArrayList<>(List.of(Evidence.of("on", s.day()), Evidence.of("today", s.today())));
        evidence.add(Evidence.of("engagements", s.periods().isEmpty() ? "none"
            : String.join("; ", s.periods().stream().map(p -> p.from() + ".." + p.until()).toList())));
        return evidence;
      });

  /** The periods of the evaluator's engagements for the PO ({@code today} unused in them), the day evaluated and today. */
  public record Engaged(List<Period> periods, LocalDate day, LocalDate today) {
    public Engaged {
      periods = List.copyOf(periods);
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(today, "today");
    }
  }

  /**
   * Art.28 with Art.26 and Art.6: who commissions a third-party evaluation of a PO is the PO's own supervising
   * authority — not a broader or neighbouring one, not the PO or its members (a PO does not choose who rates it).
   */
  public static final Guard<Commissioning> COMMISSIONED_BY_OWN_AUTHORITY = Guard.of("A28-commissioned-by-own-authority",
      List.of(ART28, Citation.article(26), Citation.article(6)),
      Text.of(dev.clustergov.core.guideline.Guideline.principleZh() + "：第三方评价机构只能由被评价的集群发展促进组织的工业和信息化主管部门委托",
          dev.clustergov.core.guideline.Guideline.principleEn() + ": only the PO's own supervising authority engages a third-party evaluator for it"),
      s -> !s.host() && !s.acting().map(s.supervisor()::equals).orElse(false),
      s -> List.of(Evidence.of("actor", s.actor()), Evidence.of("supervisingAuthority", s.supervisor())));

  /** Who acts — its label, whether it is the host, the authority it is if it is one — and the PO's supervising authority. */
  public record Commissioning(String actor, boolean host, Optional<dev.clustergov.core.supervision.AuthorityId> acting,
      dev.clustergov.core.supervision.AuthorityId supervisor) {
    public Commissioning {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(acting, "acting");
      Objects.requireNonNull(supervisor, "supervisor");
    }
  }

  /**
   * Art.28 with Art.26 (decision 0475): only the authority that commissioned an engagement ends it — the one recorded as
   * {@code engagedBy}, or the host in its name.
   */
  public static final Guard<Commissioning> ENDED_BY_COMMISSIONING_AUTHORITY = Guard.of("A28-ended-by-commissioning-authority",
      List.of(ART28, Citation.article(26)),
      Text.of(dev.clustergov.core.guideline.Guideline.principleZh() + "：委托只能由委托该第三方评价机构的工业和信息化主管部门终止",
          dev.clustergov.core.guideline.Guideline.principleEn() + ": only the authority that engaged the third-party evaluator ends the engagement"),
      s -> !s.host() && !s.acting().map(s.supervisor()::equals).orElse(false),
      s -> List.of(Evidence.of("actor", s.actor()), Evidence.of("engagedBy", s.supervisor())));

  /** Art.28 (decision 0475): an engagement is ended once; an ended one stays ended, with the day and reason recorded. */
  public static final Guard<Ending> ENDED_ONCE = Guard.of("A28-engagement-ended-once", List.of(ART28),
      Text.of("该委托已终止，不能再次终止", "The engagement has already been ended; it is not ended twice"),
      s -> s.endedOn().isPresent(),
      s -> List.of(Evidence.of("engagement", s.engagement()), Evidence.of("endedOn", s.endedOn().map(Object::toString).orElse("")),
          Evidence.of("reason", s.reason().orElse(""))));

  /**
   * Art.28 (decision 0475): an engagement is ended from a day not before today — what the evaluator read and recorded
   * under it stands — and not after its last day (after that it has run out by itself).
   */
  public static final Guard<Ending> ENDING_DAY = Guard.of("A28-engagement-ending-day", List.of(ART28),
      Text.of("终止委托的日期不得早于当天，亦不得晚于委托期限终止日", "An engagement is ended from a day not before today and not after its last day"),
      s -> s.on().isBefore(s.today()) || s.on().isAfter(s.until()),
      s -> List.of(Evidence.of("on", s.on()), Evidence.of("today", s.today()), Evidence.of("until", s.until())));

  /** An engagement to end: its number, whether (on which day and why) it was ended, its last day; the day asked and today. */
  public record Ending(String engagement, Optional<LocalDate> endedOn, Optional<String> reason, LocalDate until, LocalDate on,
      LocalDate today) {
    public Ending {
      Objects.requireNonNull(engagement, "engagement");
      Objects.requireNonNull(endedOn, "endedOn");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(today, "today");
    }
  }

  public static final List<Guard<?>> GUARDS = List.of(INDEPENDENT, EVALUABLE, EVALUATION_DATE, ONE_ENTRY, ENGAGEMENT_PERIOD, ENGAGED,
      COMMISSIONED_BY_OWN_AUTHORITY, ENDED_BY_COMMISSIONING_AUTHORITY, ENDED_ONCE, ENDING_DAY);
}
