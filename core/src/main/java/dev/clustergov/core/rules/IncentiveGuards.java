package dev.clustergov.core.rules;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.supervision.SanctionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * Art.29's incentive conditions (奖励条件): the eligibility gates a PO passes before any amount is
 * computed, and the guards of granting an award. The gates' thresholds are policy parameters
 * ({@code incentive.*}, {@code sanction.blocksIncentives}); each gate that fails gives a blocking
 * finding citing its clauses, and a PO that fails any gets nothing.
 */
public final class IncentiveGuards {

  private IncentiveGuards() {}

  public static final Citation ART29 = Citation.article(29);

  /**
   * What an eligibility gate looks at. Its evidence is the same whether the gate holds or not: the incentive's
   * explanation shows every gate with its evidence, and a gate that fails reports it in its finding.
   */
  public interface Gate {
    List<Evidence> evidence();
  }

  /** 组织架构完善: all five layers of Art.8(2) present. */
  public static final Guard<Layers> FIVE_LAYERS = Guard.of("A29-incentive-five-layers", List.of(ART29, Citation.item(8, 2)),
      Text.of("奖励面向组织架构完善的集群发展促进组织：须具备完整的“五位一体”组织架构，决策层、监督层、管理层、执行层和咨询层均须设立",
          "Incentives are for POs with a sound structure: all five governance layers must exist"),
      s -> s.required() && !s.missing().isEmpty(), Layers::evidence);

  /** The layers the PO lacks, and whether the policy requires all five ({@code incentive.requireFiveLayers}). */
  public record Layers(SortedSet<Layer> missing, boolean required) implements Gate {
    public Layers {
      missing = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(missing));
    }

    @Override
    public List<Evidence> evidence() {
      return List.of(Evidence.of("missingLayers", missing), Evidence.of(Parameters.INCENTIVE_REQUIRE_FIVE_LAYERS.key(), required));
    }
  }

  /** 职能运作良好: at least the policy's number of the seven functions had activity in the period. */
  public static final Guard<Functions> ACTIVE_FUNCTIONS = Guard.of("A29-incentive-active-functions", List.of(ART29, Citation.article(17)),
      Text.of("奖励面向职能运作良好的集群发展促进组织：期内开展过服务活动的职能数须达到政策规定的数量",
          "Incentives are for POs whose functions work well: the policy's number of functions must have had activity in the period"),
      s -> s.active().size() < s.minimum(), Functions::evidence);

  /** The functions that had activity in the period, and the policy's minimum ({@code incentive.minimumActiveFunctions}). */
  public record Functions(Set<Function> active, int minimum) implements Gate {
    public Functions {
      active = active.isEmpty() ? java.util.Collections.unmodifiableSet(java.util.EnumSet.noneOf(Function.class))
          : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(active));
    }

    @Override
    public List<Evidence> evidence() {
      return List.of(Evidence.of("activeFunctions", active.size()), Evidence.of("functions", active),
          Evidence.of(Parameters.INCENTIVE_MINIMUM_ACTIVE_FUNCTIONS.key(), minimum));
    }
  }

  /**
   * A third-party rating (Art.28) in force (有效) and at least the policy's minimum. A rating withheld (暂停适用) under a
   * sanction or a suspended or revoked recognition is not in force: the gate fails while it is withheld, whatever its label
   * (review stop 27, item 7; decision 0616).
   */
  public static final Guard<Rated> RATING = Guard.of("A29-incentive-rating", List.of(ART29, Citation.article(28)),
      Text.of("获得奖励须持有不低于政策规定等级的有效第三方评价结果",
          "An incentive requires a third-party rating in force no lower than the policy's minimum"),
      s -> s.least() != Rating.NONE && (s.withheld().isPresent() || !s.rating().atLeast(s.least())), Rated::evidence);

  /**
   * The rating of the current evaluation on the day ({@code NONE} without one), the evaluation's id and last valid day if
   * there is one, why it is withheld (its standing's label, e.g. 因处理决定暂停适用) if it is, and the policy's least rating
   * ({@code incentive.minimumRating}).
   */
  public record Rated(Rating rating, Optional<Current> evaluation, Optional<Text> withheld, Rating least) implements Gate {
    public Rated {
      Objects.requireNonNull(rating, "rating");
      Objects.requireNonNull(evaluation, "evaluation");
      Objects.requireNonNull(withheld, "withheld");
      Objects.requireNonNull(least, "least");
      if (withheld.isPresent() && evaluation.isEmpty()) {
        throw new IllegalArgumentException("only a current evaluation's rating can be withheld");
      }
    }

    /** A rating not withheld. */
    public Rated(Rating rating, Optional<Current> evaluation, Rating least) {
      this(rating, evaluation, Optional.empty(), least);
    }

    @Override
    public List<Evidence> evidence() {
      List<Evidence> evidence = new ArrayList<>();
      // a withheld rating says so beside its label: 现行评价等级：银标（因处理决定暂停适用）
      evidence.add(Evidence.of("currentRating", withheld.<Object>map(w -> new Evidence.Said(rating + " WITHHELD",
          Text.of(rating.title().zh() + "（" + w.zh() + "）", rating.title().en() + " (" + w.en() + ")"))).orElse(rating)));
      evaluation.ifPresent(e -> {
        evidence.add(Evidence.of("evaluation", new Evidence.Said(e.id(), Text.of(Dates.zh(e.evaluatedOn()) + "作出的评价",
            "the evaluation of " + Dates.en(e.evaluatedOn())))));
        evidence.add(Evidence.of("validUntil", e.validUntil()));
      });
      evidence.add(Evidence.of(Parameters.INCENTIVE_MINIMUM_RATING.key(), least));
      return evidence;
    }
  }

  /** A current evaluation: its id, the day it was made (what a person names it by) and the last day its rating holds. */
  public record Current(String id, LocalDate evaluatedOn, LocalDate validUntil) {}

  /**
   * No sanction (处理决定) in force of a kind the policy says excludes incentives (依法依规予以处理). Worded as the condition
   * that holds, so 满足 means the incentive is not blocked (review stop 27, item 7).
   */
  public static final Guard<Sanctioned> NO_BLOCKING_SANCTION = Guard.of("A29-incentive-no-sanction", List.of(ART29),
      Text.of("获得奖励须无生效的排除奖励的处理决定：政策规定排除奖励的种类的处理决定生效期间，不予奖励",
          "An incentive requires no sanction in force that excludes incentives: while a sanction of a kind the policy says excludes incentives is in force, none is given"),
      s -> !s.blocking().isEmpty(), Sanctioned::evidence);

  /**
   * The sanctions in force on the day of a kind that blocks incentives ({@code "<id> <kind>"}), the kinds the
   * policy says block them ({@code sanction.blocksIncentives}), and how many sanctions are in force.
   */
  public record Sanctioned(List<?> blocking, io.vavr.collection.SortedSet<SanctionKind> blockingKinds, long inForce) implements Gate {
    public Sanctioned {
      blocking = List.copyOf(blocking);
      Objects.requireNonNull(blockingKinds, "blockingKinds");
    }

    @Override
    public List<Evidence> evidence() {
      return List.of(Evidence.of("blockingSanctions", blocking),
          Evidence.of(Parameters.SANCTION_BLOCKS_INCENTIVES.key(), blockingKinds), Evidence.of("sanctionsInForce", inForce));
    }
  }

  /** The PO is recognised (认定, Art.6) on the day. */
  public static final Guard<Recognition> RECOGNISED = Guard.of("A29-incentive-recognised", List.of(ART29, Citation.article(6)),
      Text.of("奖励面向已认定的集群发展促进组织：未认定、认定已暂停、认定已撤销或已注销的，不予奖励",
          "Incentives are for recognised POs: one not recognised, whose recognition is suspended or revoked, or dissolved, receives none"),
      s -> s.required() && s.stage() != LifecycleStage.RECOGNISED, Recognition::evidence);

  /**
   * The PO's stage on the day, and whether the policy requires recognition ({@code incentive.requireRecognition});
   * {@code everEstablished} decides the words of the stage (已终止筹建 for a PO dissolved never established, decision 0599).
   */
  public record Recognition(LifecycleStage stage, boolean required, boolean everEstablished) implements Gate {
    public Recognition {
      Objects.requireNonNull(stage, "stage");
    }

    /** A PO known by its stage alone, whose stage tells its history (see {@link Guard.Move}). */
    public Recognition(LifecycleStage stage, boolean required) {
      this(stage, required, true);
    }

    @Override
    public List<Evidence> evidence() {
      return List.of(Evidence.of("stage", Guard.stage(stage, everEstablished)),
          Evidence.of(Parameters.INCENTIVE_REQUIRE_RECOGNITION.key(), required));
    }
  }

  /** Art.26 with Art.29: the PO's own supervising authority grants (谁主管、谁负责). */
  public static final Guard<Guard.Supervising> OWN_AUTHORITY = Guard.of("A29-incentive-own-authority", List.of(ART29, Citation.article(26)),
      Text.of(dev.clustergov.core.guideline.Guideline.principleZh() + "：奖励由集群发展促进组织的工业和信息化主管部门给予",
          dev.clustergov.core.guideline.Guideline.principleEn() + ": an incentive is granted by the PO's own supervising authority"),
      s -> !s.acting().equals(s.supervising()),
      Guard.Supervising::evidence);

  /** One award per span of days: a period that overlaps an earlier award's is refused. */
  public static final Guard<Earlier> ONE_AWARD_PER_PERIOD = Guard.of("A29-incentive-one-per-period", List.of(ART29),
      Text.of("同一期间只给予一次奖励：奖励期间不得与已给予奖励的期间重叠",
          "One award per period: an award's period must not overlap an earlier award's"),
      s -> !s.period().from().isAfter(s.awardPeriod().to()) && !s.awardPeriod().from().isAfter(s.period().to()),
      s -> List.of(Evidence.of("award", s.award()), Evidence.of("awardPeriod", span(s.awardPeriod())),
          Evidence.of("period", span(s.period()))));

  /** An earlier award (its id and period) and the period of the award asked for. */
  public record Earlier(String award, Period awardPeriod, Period period) {
    public Earlier {
      Objects.requireNonNull(award, "award");
      Objects.requireNonNull(awardPeriod, "awardPeriod");
      Objects.requireNonNull(period, "period");
    }
  }

  /** The period has ended by the day of the grant: results are rewarded once they are in. */
  public static final Guard<Granting> PERIOD_ENDED = Guard.of("A29-incentive-period-ended", List.of(ART29),
      Text.of("奖励依据期内取得的成效：奖励期间须已结束，且不得早于集群发展促进组织筹建之日",
          "Incentives reward results achieved: the period must have ended, and must not start before the PO was proposed"),
      s -> !s.period().to().isBefore(s.today()) || s.period().from().isBefore(s.proposedOn()),
      s -> List.of(Evidence.of("period", span(s.period())), Evidence.of("today", s.today()),
          Evidence.of("organizationProposedOn", s.proposedOn())));

  /** The period an award is asked for, the day of the grant, and the day the PO was proposed. */
  public record Granting(Period period, LocalDate today, LocalDate proposedOn) {
    public Granting {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(today, "today");
      Objects.requireNonNull(proposedOn, "proposedOn");
    }
  }

  /** A period as evidence shows it: {@code from..to}. */
  static String span(Period p) {
    return p.from() + ".." + p.to();
  }

  /** The eligibility gates, in the order they are reported. */
  public static final List<Guard<?>> GATES = List.of(RECOGNISED, FIVE_LAYERS, ACTIVE_FUNCTIONS, RATING, NO_BLOCKING_SANCTION);

  public static final List<Guard<?>> GUARDS = List.of(RECOGNISED, FIVE_LAYERS, ACTIVE_FUNCTIONS, RATING, NO_BLOCKING_SANCTION,
      OWN_AUTHORITY, ONE_AWARD_PER_PERIOD, PERIOD_ENDED);
}
